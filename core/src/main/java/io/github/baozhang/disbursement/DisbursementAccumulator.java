package io.github.baozhang.disbursement;

import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The mutable hot path of {@link DisbursementSummary}: adds worker rows one at a time with no
 * allocation, and gives an immutable snapshot ({@link #toSummary()}) at any time.
 *
 * <p>Counts are {@code long}s (exceeding {@code Long.MAX_VALUE} rows throws
 * {@link ArithmeticException}). Amounts are summed exactly on 128 bits — two {@code long}s
 * each, unsigned — so no sum of rows ever wraps or loses a fen, and adding in any order or
 * grouping gives the same result. Amounts must be zero or more: {@link DisbursementRecord#check()}
 * a record first.
 *
 * <p>This class is <b>not</b> thread-safe: give each thread its own and merge the snapshots
 * ({@link DisbursementSummary#merge}) or the accumulators ({@link #add(DisbursementSummary)},
 * {@link #combine}).
 */
public final class DisbursementAccumulator {

    private long rows;
    private long paidInFull;
    private long onTime;
    private long allowanceDueLo;
    private long allowanceDueHi;
    private long allowancePaidLo;
    private long allowancePaidHi;
    private long contributionsDueLo;
    private long contributionsDueHi;
    private long contributionsPaidLo;
    private long contributionsPaidHi;

    private DisbursementAccumulator() {
    }

    /**
     * Returns an empty accumulator: no rows.
     *
     * @return a new accumulator, not null
     */
    public static DisbursementAccumulator create() {
        return new DisbursementAccumulator();
    }

    /**
     * Adds one row. It is paid in full when both paid amounts reach their due amounts.
     *
     * @param allowanceDueFen  the allowance due, zero or more
     * @param allowancePaidFen  the allowance paid, zero or more
     * @param contributionsDueFen  the contributions due, zero or more
     * @param contributionsPaidFen  the contributions paid, zero or more
     * @param onTime  whether the row was on time ({@link DisbursementRecord#isOnTime(long, long,
     *     java.util.Optional, LocalDate)})
     * @return this accumulator, not null
     * @throws IllegalArgumentException if an amount is negative; nothing is added then
     * @throws ArithmeticException if the row count would exceed {@code Long.MAX_VALUE}
     */
    public DisbursementAccumulator add(long allowanceDueFen, long allowancePaidFen, long contributionsDueFen,
            long contributionsPaidFen, boolean onTime) {
        if ((allowanceDueFen | allowancePaidFen | contributionsDueFen | contributionsPaidFen) < 0) {
            throw new IllegalArgumentException("amounts must be zero or more");
        }
        rows = Math.incrementExact(rows);
        if (allowancePaidFen >= allowanceDueFen && contributionsPaidFen >= contributionsDueFen) {
            paidInFull++;
        }
        if (onTime) {
            this.onTime++;
        }
        long s = allowanceDueLo + allowanceDueFen;
        if (Long.compareUnsigned(s, allowanceDueLo) < 0) {
            allowanceDueHi++;
        }
        allowanceDueLo = s;
        s = allowancePaidLo + allowancePaidFen;
        if (Long.compareUnsigned(s, allowancePaidLo) < 0) {
            allowancePaidHi++;
        }
        allowancePaidLo = s;
        s = contributionsDueLo + contributionsDueFen;
        if (Long.compareUnsigned(s, contributionsDueLo) < 0) {
            contributionsDueHi++;
        }
        contributionsDueLo = s;
        s = contributionsPaidLo + contributionsPaidFen;
        if (Long.compareUnsigned(s, contributionsPaidLo) < 0) {
            contributionsPaidHi++;
        }
        contributionsPaidLo = s;
        return this;
    }

    /**
     * Adds one record against the pay date of its period.
     *
     * @param record  the record, with no negative amount, not null
     * @param payDate  the pay date of the record's period, not null
     * @return this accumulator, not null
     * @throws IllegalArgumentException if an amount of the record is negative
     */
    public DisbursementAccumulator add(DisbursementRecord record, LocalDate payDate) {
        Objects.requireNonNull(record, "record");
        return add(record.allowance().due().fen(), record.allowance().paid().fen(),
                record.contributions().due().fen(), record.contributions().paid().fen(), record.isOnTime(payDate));
    }

    /**
     * Adds one record against the profile's pay date of its period.
     *
     * @param record  the record, with no negative amount, not null
     * @param profile  the profile, not null
     * @return this accumulator, not null
     * @throws IllegalArgumentException if an amount of the record is negative
     */
    public DisbursementAccumulator add(DisbursementRecord record, ProvinceProfile profile) {
        Objects.requireNonNull(record, "record");
        return add(record, profile.payDate(record.period()));
    }

    /**
     * Adds every row a summary counts.
     *
     * @param summary  the summary, not null
     * @return this accumulator, not null
     * @throws ArithmeticException if a count would exceed {@code Long.MAX_VALUE}; nothing is
     *     added then
     */
    public DisbursementAccumulator add(DisbursementSummary summary) {
        Objects.requireNonNull(summary, "summary");
        long[] other = summary.state();
        long newRows = Math.addExact(rows, other[0]);
        rows = newRows;
        paidInFull += other[1];
        onTime += other[2];
        long[] mine = state();
        for (int i = 0; i < 4; i++) {
            int lo = 3 + 2 * i;
            long s = mine[lo] + other[lo];
            long carry = Long.compareUnsigned(s, mine[lo]) < 0 ? 1 : 0;
            mine[lo] = s;
            mine[lo + 1] = mine[lo + 1] + other[lo + 1] + carry;
        }
        allowanceDueLo = mine[3];
        allowanceDueHi = mine[4];
        allowancePaidLo = mine[5];
        allowancePaidHi = mine[6];
        contributionsDueLo = mine[7];
        contributionsDueHi = mine[8];
        contributionsPaidLo = mine[9];
        contributionsPaidHi = mine[10];
        return this;
    }

    /**
     * Adds every row another accumulator has counted; the other is left as it is.
     *
     * @param other  the other accumulator, not null
     * @return this accumulator, not null
     * @throws ArithmeticException if a count would exceed {@code Long.MAX_VALUE}
     */
    public DisbursementAccumulator combine(DisbursementAccumulator other) {
        return add(Objects.requireNonNull(other, "other").toSummary());
    }

    /**
     * Returns the number of rows added so far.
     *
     * @return the count, zero or more
     */
    public long rows() {
        return rows;
    }

    /**
     * Returns an immutable snapshot of what has been added so far.
     *
     * @return the summary, not null
     */
    public DisbursementSummary toSummary() {
        return new DisbursementSummary(state());
    }

    /** The state: rows, paidInFull, onTime, then lo and hi of each of the four amounts. */
    private long[] state() {
        return new long[] {rows, paidInFull, onTime, allowanceDueLo, allowanceDueHi, allowancePaidLo,
            allowancePaidHi, contributionsDueLo, contributionsDueHi, contributionsPaidLo, contributionsPaidHi};
    }

    /**
     * Returns the snapshot's text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return toSummary().toString();
    }
}
