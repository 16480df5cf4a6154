package io.github.baozhang.validation;

import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.money.Money;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The sums of a monthly report's worker rows ({@code baozhang/disbursements@1}: one row per
 * worker in the centre and month) that the report's control totals must equal: the number of
 * rows ({@code inCentre}), the rows with a signed agreement ({@code agreementsSigned}, when
 * counted), and the allowance and contributions due and paid, compared as exact sums in fen
 * ({@link #allowanceDueFen()} and the like, which a summary of many rows may carry beyond the
 * {@code long} range).
 *
 * <p>Core's row summaries adapt with {@link #of(DisbursementSummary)} and
 * {@link #of(EnterpriseMonthSummary)}; they do not count agreements ({@link #countsAgreements()} is false), so that figure
 * is not checked against them. Figures given by hand adapt with {@link #of(long, long, Money, Money,
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
     * Returns the number of rows with a signed agreement; meaningful only when
     * {@link #countsAgreements()}.
     *
     * @return the count, zero or more (zero when agreements were not counted)
     */
    long agreementsSigned();

    /**
     * Returns whether the rows' agreements were counted; when not, a report's
     * {@code agreementsSigned} is not checked against {@link #agreementsSigned()}. By default
     * true.
     *
     * @return true if {@link #agreementsSigned()} is a count of the rows
     */
    default boolean countsAgreements() {
        return true;
    }

    /**
     * Returns the sum of the allowance due.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range of fen (see
     *     {@link #allowanceDueFen()})
     */
    Money allowanceDue();

    /**
     * Returns the sum of the allowance paid.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range of fen
     */
    Money allowancePaid();

    /**
     * Returns the sum of the contributions due.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range of fen
     */
    Money contributionsDue();

    /**
     * Returns the sum of the contributions paid.
     *
     * @return the amount, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range of fen
     */
    Money contributionsPaid();

    /**
     * Returns the exact sum of the allowance due, which the control totals compare; by default
     * {@link #allowanceDue()}.
     *
     * @return the sum in fen, possibly beyond the {@code long} range, not null
     */
    default BigInteger allowanceDueFen() {
        return BigInteger.valueOf(allowanceDue().fen());
    }

    /**
     * Returns the exact sum of the allowance paid; by default {@link #allowancePaid()}.
     *
     * @return the sum in fen, not null
     */
    default BigInteger allowancePaidFen() {
        return BigInteger.valueOf(allowancePaid().fen());
    }

    /**
     * Returns the exact sum of the contributions due; by default {@link #contributionsDue()}.
     *
     * @return the sum in fen, not null
     */
    default BigInteger contributionsDueFen() {
        return BigInteger.valueOf(contributionsDue().fen());
    }

    /**
     * Returns the exact sum of the contributions paid; by default {@link #contributionsPaid()}.
     *
     * @return the sum in fen, not null
     */
    default BigInteger contributionsPaidFen() {
        return BigInteger.valueOf(contributionsPaid().fen());
    }

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
        return new Totals(workers, agreementsSigned, true,
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
        return new Totals(summary.rows(), 0, false, summary.allowance().dueFen(),
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

/** The value the factories of {@link WorkerRowTotals} return: exact sums. */
record Totals(long workers, long agreementsSigned, boolean countsAgreements, BigInteger allowanceDueFen,
        BigInteger allowancePaidFen, BigInteger contributionsDueFen, BigInteger contributionsPaidFen)
        implements WorkerRowTotals {

    @Override
    public Money allowanceDue() {
        return Money.ofFen(allowanceDueFen.longValueExact());
    }

    @Override
    public Money allowancePaid() {
        return Money.ofFen(allowancePaidFen.longValueExact());
    }

    @Override
    public Money contributionsDue() {
        return Money.ofFen(contributionsDueFen.longValueExact());
    }

    @Override
    public Money contributionsPaid() {
        return Money.ofFen(contributionsPaidFen.longValueExact());
    }
}
