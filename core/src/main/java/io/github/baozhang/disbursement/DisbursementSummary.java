package io.github.baozhang.disbursement;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * The summary of worker rows that {@code disbursement-summary@1} writes for an enterprise, a
 * province and the nation: {@code rows}, {@code paidInFull}, {@code onTime}, and
 * {@code allowance} and {@code contributions} each with {@code dueFen} and {@code paidFen} —
 * the control totals a monthly report declares, equal to the sum of its rows.
 *
 * <p>Summaries form a commutative monoid: {@link #merge} is associative and commutative and
 * {@link #identity()} is its identity, so rows can be summed in any order and grouping — per
 * thread, per enterprise, then per province — with the same result. Counts are {@code long}s.
 * Amounts are exact: a sum beyond the {@code long} range (each row may carry up to
 * {@code Long.MAX_VALUE} fen) is kept whole, never wrapped or capped; {@link #check()} reports
 * it as {@link ProblemCode#AMOUNT_OUT_OF_RANGE} for a writer that must emit {@code long}s. For
 * millions of rows use a {@link DisbursementAccumulator}, which allocates nothing per row.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class DisbursementSummary {

    private static final DisbursementSummary IDENTITY = new DisbursementSummary(new long[11]);
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    /** rows, paidInFull, onTime, then lo and hi (unsigned 128 bits) of the four amounts. */
    private final long[] state;

    DisbursementSummary(long[] state) {
        this.state = state;
    }

    /** Returns a copy of the state, for the accumulator. */
    long[] state() {
        return state.clone();
    }

    /**
     * Returns the summary of no rows: the identity of {@link #merge}.
     *
     * @return the empty summary, not null
     */
    public static DisbursementSummary identity() {
        return IDENTITY;
    }

    /**
     * Returns the summary of one record against the pay date of its period.
     *
     * @param record  the record, with no negative amount, not null
     * @param payDate  the pay date of its period, not null
     * @return the summary, not null
     * @throws IllegalArgumentException if an amount of the record is negative
     */
    public static DisbursementSummary of(DisbursementRecord record, LocalDate payDate) {
        return DisbursementAccumulator.create().add(record, payDate).toSummary();
    }

    /**
     * Returns the summary of one record against the profile's pay date of its period.
     *
     * @param record  the record, with no negative amount, not null
     * @param profile  the profile, not null
     * @return the summary, not null
     * @throws IllegalArgumentException if an amount of the record is negative
     */
    public static DisbursementSummary of(DisbursementRecord record, ProvinceProfile profile) {
        return DisbursementAccumulator.create().add(record, profile).toSummary();
    }

    /**
     * Returns the summary of one row given by its amounts.
     *
     * @param allowanceDueFen  the allowance due, zero or more
     * @param allowancePaidFen  the allowance paid, zero or more
     * @param contributionsDueFen  the contributions due, zero or more
     * @param contributionsPaidFen  the contributions paid, zero or more
     * @param onTime  whether the row was on time
     * @return the summary, not null
     * @throws IllegalArgumentException if an amount is negative
     */
    public static DisbursementSummary ofRow(long allowanceDueFen, long allowancePaidFen, long contributionsDueFen,
            long contributionsPaidFen, boolean onTime) {
        return DisbursementAccumulator.create()
                .add(allowanceDueFen, allowancePaidFen, contributionsDueFen, contributionsPaidFen, onTime)
                .toSummary();
    }

    /**
     * Returns a summary of declared totals, such as the control totals of a report.
     *
     * @param rows  the rows, zero or more
     * @param paidInFull  the rows paid in full, from 0 to {@code rows}
     * @param onTime  the rows on time, from 0 to {@code rows}
     * @param allowance  the allowance due and paid, each within the {@code long} range, not null
     * @param contributions  the contributions due and paid, each within the {@code long} range,
     *     not null
     * @return the summary, not null
     * @throws IllegalArgumentException if a count is negative or exceeds the rows, or there are
     *     amounts without rows
     * @throws ArithmeticException if an amount leaves the {@code long} range
     */
    public static DisbursementSummary ofTotals(long rows, long paidInFull, long onTime, DueAndPaid allowance,
            DueAndPaid contributions) {
        Objects.requireNonNull(allowance, "allowance");
        Objects.requireNonNull(contributions, "contributions");
        long[] amounts = {allowance.due().fen(), allowance.paid().fen(), contributions.due().fen(),
            contributions.paid().fen()};
        if (rows < 0 || paidInFull < 0 || onTime < 0 || paidInFull > rows || onTime > rows) {
            throw new IllegalArgumentException("counts must be from 0 to the rows");
        }
        long[] state = new long[11];
        state[0] = rows;
        state[1] = paidInFull;
        state[2] = onTime;
        for (int i = 0; i < 4; i++) {
            if (amounts[i] > 0 && rows == 0) {
                throw new IllegalArgumentException("there are no amounts without rows");
            }
            state[3 + 2 * i] = amounts[i];
        }
        return new DisbursementSummary(state);
    }

    /**
     * Returns a collector that sums records, each against the profile's pay date of its period;
     * it runs in parallel streams by merging.
     *
     * @param profile  the profile, not null
     * @return the collector, not null
     */
    public static Collector<DisbursementRecord, DisbursementAccumulator, DisbursementSummary> collector(
            ProvinceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return Collector.of(DisbursementAccumulator::create, (acc, r) -> acc.add(r, profile),
                DisbursementAccumulator::combine, DisbursementAccumulator::toSummary,
                Collector.Characteristics.UNORDERED);
    }

    /**
     * Returns the summary of this summary's rows and another's.
     *
     * @param other  the other summary, not null
     * @return the merged summary, not null
     * @throws ArithmeticException if the row count would exceed {@code Long.MAX_VALUE}
     */
    public DisbursementSummary merge(DisbursementSummary other) {
        Objects.requireNonNull(other, "other");
        if (other.state[0] == 0) {
            return this;
        }
        if (state[0] == 0) {
            return other;
        }
        return DisbursementAccumulator.create().add(this).add(other).toSummary();
    }

    /**
     * Returns the number of rows.
     *
     * @return the count, zero or more
     */
    public long rows() {
        return state[0];
    }

    /**
     * Returns the number of rows paid in full.
     *
     * @return the count, from 0 to {@link #rows()}
     */
    public long paidInFull() {
        return state[1];
    }

    /**
     * Returns the number of rows paid on time.
     *
     * @return the count, from 0 to {@link #rows()}
     */
    public long onTime() {
        return state[2];
    }

    /**
     * Returns the summed allowance due and paid.
     *
     * @return the amounts, exact, not null
     */
    public DueAndPaid allowance() {
        return DueAndPaid.of(amount(3), amount(5));
    }

    /**
     * Returns the summed contributions due and paid.
     *
     * @return the amounts, exact, not null
     */
    public DueAndPaid contributions() {
        return DueAndPaid.of(amount(7), amount(9));
    }

    private BigInteger amount(int lo) {
        BigInteger low = BigInteger.valueOf(state[lo]);
        if (state[lo] < 0) {
            low = low.add(TWO_TO_64);
        }
        return state[lo + 1] == 0 ? low : BigInteger.valueOf(state[lo + 1]).shiftLeft(64).add(low);
    }

    /**
     * Checks that every amount fits the {@code long} range of fen that the interchange format
     * writes: {@link ProblemCode#AMOUNT_OUT_OF_RANGE} at {@code allowance.dueFen},
     * {@code allowance.paidFen}, {@code contributions.dueFen}, {@code contributions.paidFen}
     * (argument {@code operation} is {@code "sum"}).
     *
     * @return the violations, unmodifiable, empty if every amount fits, not null
     */
    public List<Violation> check() {
        String[] fields = {"allowance.dueFen", "allowance.paidFen", "contributions.dueFen", "contributions.paidFen"};
        List<Violation> violations = new ArrayList<>(0);
        for (int i = 0; i < 4; i++) {
            int lo = 3 + 2 * i;
            if (state[lo + 1] != 0 || state[lo] < 0) {
                violations.add(Checks.violation(ProblemCode.AMOUNT_OUT_OF_RANGE, fields[i], "operation", "sum"));
            }
        }
        return List.copyOf(violations);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DisbursementSummary && Arrays.equals(((DisbursementSummary) obj).state, state);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(state);
    }

    /**
     * Returns the counts and amounts, such as
     * {@code DisbursementSummary{rows=2, paidInFull=1, onTime=2, allowance={dueFen=72200, paidFen=66200},
     * contributions={dueFen=31232, paidFen=31232}}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DisbursementSummary{rows=" + rows() + ", paidInFull=" + paidInFull() + ", onTime=" + onTime()
                + ", allowance=" + allowance() + ", contributions=" + contributions() + "}";
    }
}
