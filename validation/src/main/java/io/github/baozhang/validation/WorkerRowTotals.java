package io.github.baozhang.validation;

import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.money.Money;
import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The sums of a monthly report's worker rows ({@code baozhang/disbursements@1}: one row per
 * worker in the centre and month) that the report's control totals must equal: the number of
 * rows ({@code inCentre}), the rows with a signed agreement ({@code agreementsSigned}, when
 * counted), and the allowance and contributions due and paid, as exact sums in fen.
 *
 * <p>Core's row summaries adapt with {@link #of(DisbursementSummary)} and
 * {@link #of(EnterpriseMonthSummary)}; they do not count agreements, so that figure is not
 * checked against them. Figures given by hand adapt with {@link #of(long, long, Money, Money,
 * Money, Money)}; any other summary by implementing this interface.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface WorkerRowTotals {

    /**
     * Returns the number of worker rows: workers in the centre this month.
     *
     * @return the count, zero or more
     */
    long workers();

    /**
     * Returns the number of rows with a signed agreement, when the rows were counted so.
     *
     * @return the count, zero or more, or empty when not counted (then not checked)
     */
    OptionalLong agreementsSigned();

    /**
     * Returns the exact sum of the allowance due.
     *
     * @return the sum in fen, zero or more, possibly beyond the {@code long} range, not null
     */
    BigInteger allowanceDueFen();

    /**
     * Returns the exact sum of the allowance paid.
     *
     * @return the sum in fen, not null
     */
    BigInteger allowancePaidFen();

    /**
     * Returns the exact sum of the contributions due.
     *
     * @return the sum in fen, not null
     */
    BigInteger contributionsDueFen();

    /**
     * Returns the exact sum of the contributions paid.
     *
     * @return the sum in fen, not null
     */
    BigInteger contributionsPaidFen();

    /**
     * Returns totals of the given figures.
     *
     * @param workers  the number of rows, zero or more
     * @param agreementsSigned  the rows with a signed agreement, zero or more
     * @param allowanceDue  the allowance due, not null
     * @param allowancePaid  the allowance paid, not null
     * @param contributionsDue  the contributions due, not null
     * @param contributionsPaid  the contributions paid, not null
     * @return the totals, immutable, not null
     * @throws IllegalArgumentException if a count is negative
     */
    static WorkerRowTotals of(long workers, long agreementsSigned, Money allowanceDue, Money allowancePaid,
            Money contributionsDue, Money contributionsPaid) {
        if (workers < 0 || agreementsSigned < 0) {
            throw new IllegalArgumentException("counts must be zero or more: " + workers + ", " + agreementsSigned);
        }
        return new Totals(workers, OptionalLong.of(agreementsSigned),
                fen(Objects.requireNonNull(allowanceDue, "allowanceDue")),
                fen(Objects.requireNonNull(allowancePaid, "allowancePaid")),
                fen(Objects.requireNonNull(contributionsDue, "contributionsDue")),
                fen(Objects.requireNonNull(contributionsPaid, "contributionsPaid")));
    }

    /**
     * Returns the totals of core's summary of worker rows: {@code rows} workers, the allowance and
     * contributions due and paid; agreements are not counted.
     *
     * @param summary  the summary of one enterprise's rows for one period, not null
     * @return the totals, immutable, not null
     */
    static WorkerRowTotals of(DisbursementSummary summary) {
        Objects.requireNonNull(summary, "summary");
        return new Totals(summary.rows(), OptionalLong.empty(), summary.allowance().dueFen(),
                summary.allowance().paidFen(), summary.contributions().dueFen(), summary.contributions().paidFen());
    }

    /**
     * Returns the totals of core's summary of one enterprise's worker rows for one period (its
     * {@link EnterpriseMonthSummary#summary()}). Checking a report against it is the caller's
     * pairing: the same enterprise and period.
     *
     * @param summary  the summary, not null
     * @return the totals, immutable, not null
     */
    static WorkerRowTotals of(EnterpriseMonthSummary summary) {
        return of(Objects.requireNonNull(summary, "summary").summary());
    }

    private static BigInteger fen(Money amount) {
        return BigInteger.valueOf(amount.fen());
    }
}

/** The value the factories of {@link WorkerRowTotals} return. */
record Totals(long workers, OptionalLong agreementsSigned, BigInteger allowanceDueFen, BigInteger allowancePaidFen,
        BigInteger contributionsDueFen, BigInteger contributionsPaidFen) implements WorkerRowTotals {
}
