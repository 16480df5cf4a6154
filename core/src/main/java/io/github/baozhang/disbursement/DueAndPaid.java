package io.github.baozhang.disbursement;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The summed due and paid amounts of a summary, in fen, exact: a sum of many rows may exceed
 * the {@code long} range, and it is kept whole rather than wrapped or capped. {@link #due()} and
 * {@link #paid()} give {@link Money} when the sum fits; a writer reports a sum that does not with
 * {@link io.github.baozhang.problem.ProblemCode#AMOUNT_OUT_OF_RANGE}
 * ({@link DisbursementSummary#check()}).
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class DueAndPaid {

    private static final DueAndPaid ZERO = new DueAndPaid(BigInteger.ZERO, BigInteger.ZERO);

    private final BigInteger dueFen;
    private final BigInteger paidFen;

    private DueAndPaid(BigInteger dueFen, BigInteger paidFen) {
        this.dueFen = dueFen;
        this.paidFen = paidFen;
    }

    /** Returns the pair of two exact sums, each zero or more. */
    static DueAndPaid of(BigInteger dueFen, BigInteger paidFen) {
        return dueFen.signum() == 0 && paidFen.signum() == 0 ? ZERO : new DueAndPaid(dueFen, paidFen);
    }

    /**
     * Returns a pair in fen.
     *
     * @param dueFen  the amount due, zero or more
     * @param paidFen  the amount paid, zero or more
     * @return the pair, not null
     * @throws IllegalArgumentException if an amount is negative
     */
    public static DueAndPaid ofFen(long dueFen, long paidFen) {
        if (dueFen < 0 || paidFen < 0) {
            throw new IllegalArgumentException("amounts must be zero or more");
        }
        return of(BigInteger.valueOf(dueFen), BigInteger.valueOf(paidFen));
    }

    /**
     * Returns the amount due in fen, exact.
     *
     * @return the amount, zero or more, not null
     */
    public BigInteger dueFen() {
        return dueFen;
    }

    /**
     * Returns the amount paid in fen, exact.
     *
     * @return the amount, zero or more, not null
     */
    public BigInteger paidFen() {
        return paidFen;
    }

    /**
     * Returns the amount due.
     *
     * @return the amount, not null
     * @throws ArithmeticException if it leaves the {@code long} range of fen
     */
    public Money due() {
        return Money.ofFen(dueFen.longValueExact());
    }

    /**
     * Returns the amount paid.
     *
     * @return the amount, not null
     * @throws ArithmeticException if it leaves the {@code long} range of fen
     */
    public Money paid() {
        return Money.ofFen(paidFen.longValueExact());
    }

    /**
     * Returns whether both amounts fit a {@code long} of fen.
     *
     * @return true if {@link #due()} and {@link #paid()} succeed
     */
    public boolean isWithinLongRange() {
        return dueFen.bitLength() < 64 && paidFen.bitLength() < 64;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof DueAndPaid)) {
            return false;
        }
        DueAndPaid other = (DueAndPaid) obj;
        return dueFen.equals(other.dueFen) && paidFen.equals(other.paidFen);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueFen, paidFen);
    }

    /**
     * Returns the two amounts in fen, such as {@code {dueFen=36100, paidFen=30100}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "{dueFen=" + dueFen + ", paidFen=" + paidFen + "}";
    }
}
