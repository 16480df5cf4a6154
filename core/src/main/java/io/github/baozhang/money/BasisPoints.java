package io.github.baozhang.money;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A rate in basis points: hundredths of a percent, so 10000 is 100 %.
 *
 * <p>Rates are computed exactly from exact inputs: {@link #floorOf(Ratio)} of a received amount
 * over a planned one never goes through floating point, however large the amounts.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class BasisPoints implements Comparable<BasisPoints> {

    /** The number of basis points in one whole: 10000. */
    public static final long ONE_WHOLE = 10_000L;

    private static final BigInteger BIG_ONE_WHOLE = BigInteger.valueOf(ONE_WHOLE);

    private final long value;

    private BasisPoints(long value) {
        this.value = value;
    }

    /**
     * Returns a rate of the given number of basis points.
     *
     * @param basisPoints  the rate, zero or more
     * @return the rate, not null
     * @throws IllegalArgumentException if negative
     */
    public static BasisPoints of(long basisPoints) {
        if (basisPoints < 0) {
            throw new IllegalArgumentException("basis points must be zero or more: " + basisPoints);
        }
        return new BasisPoints(basisPoints);
    }

    /**
     * Returns {@code floor(10000 × ratio)}, computed exactly.
     *
     * @param ratio  the ratio, zero or more, not null
     * @return the rate, not null
     * @throws IllegalArgumentException if the ratio is negative
     * @throws ArithmeticException if the rate exceeds {@code Long.MAX_VALUE} basis points
     */
    public static BasisPoints floorOf(Ratio ratio) {
        return of(floor(ratio).longValueExact());
    }

    /**
     * Returns {@code min(floor(10000 × ratio), cap)}, computed exactly, however large the ratio.
     *
     * @param ratio  the ratio, zero or more, not null
     * @param cap  the largest rate returned, zero or more
     * @return the rate, not null
     * @throws IllegalArgumentException if the ratio or the cap is negative
     */
    public static BasisPoints floorOf(Ratio ratio, long cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must be zero or more: " + cap);
        }
        return of(floor(ratio).min(BigInteger.valueOf(cap)).longValueExact());
    }

    private static BigInteger floor(Ratio ratio) {
        Objects.requireNonNull(ratio, "ratio");
        if (ratio.signum() < 0) {
            throw new IllegalArgumentException("ratio is negative: " + ratio);
        }
        return ratio.numerator().multiply(BIG_ONE_WHOLE).divide(ratio.denominator());
    }

    /**
     * Returns the rate in basis points.
     *
     * @return the basis points, zero or more
     */
    public long value() {
        return value;
    }

    /**
     * Returns this rate as an exact ratio: {@code value / 10000}.
     *
     * @return the ratio, not null
     */
    public Ratio toRatio() {
        return Ratio.of(value, ONE_WHOLE);
    }

    /**
     * Applies this rate to an amount: {@code amount × value / 10000}, computed exactly and then
     * rounded to a fen.
     *
     * @param amount  the amount, not null
     * @param rounding  how to round to a fen, not null
     * @return the result, not null
     * @throws ArithmeticException if the result leaves the {@code long} range, or rounding is
     *     {@link RoundingMode#UNNECESSARY} and the result is not a whole fen
     */
    public Money applyTo(Money amount, RoundingMode rounding) {
        return amount.multipliedBy(toRatio(), rounding);
    }

    @Override
    public int compareTo(BasisPoints other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BasisPoints && ((BasisPoints) obj).value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    /**
     * Returns the rate as digits followed by {@code "bp"}, such as {@code "3333bp"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value + "bp";
    }
}
