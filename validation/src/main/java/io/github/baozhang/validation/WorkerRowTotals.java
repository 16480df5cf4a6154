package io.github.baozhang.validation;

import io.github.baozhang.money.Money;
import java.util.Objects;

/**
 * The sums of a monthly report's worker rows ({@code baozhang/disbursements@1}: one row per
 * worker in the centre and month) that the report's control totals must equal: the number of
 * rows ({@code inCentre}), the rows with a signed agreement ({@code agreementsSigned}), and the
 * allowance and contributions due and paid.
 *
 * <p>The worker rows and their summary are core values still to come (package
 * {@code disbursement}); until they land, this small interface is what
 * {@link BaozhangValidator#validate(io.github.baozhang.report.MonthlyReport,
 * io.github.baozhang.enterprise.Enterprise, WorkerRowTotals)} checks a report against. Any
 * summary type can be adapted with {@link #of} or by implementing this interface.
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
     * Returns the number of rows with a signed agreement.
     *
     * @return the count, zero or more
     */
    long agreementsSigned();

    /**
     * Returns the sum of the allowance due.
     *
     * @return the amount, not null
     */
    Money allowanceDue();

    /**
     * Returns the sum of the allowance paid.
     *
     * @return the amount, not null
     */
    Money allowancePaid();

    /**
     * Returns the sum of the contributions due.
     *
     * @return the amount, not null
     */
    Money contributionsDue();

    /**
     * Returns the sum of the contributions paid.
     *
     * @return the amount, not null
     */
    Money contributionsPaid();

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
        return new Totals(workers, agreementsSigned,
                Objects.requireNonNull(allowanceDue, "allowanceDue"),
                Objects.requireNonNull(allowancePaid, "allowancePaid"),
                Objects.requireNonNull(contributionsDue, "contributionsDue"),
                Objects.requireNonNull(contributionsPaid, "contributionsPaid"));
    }
}

/** The value {@link WorkerRowTotals#of} returns. */
record Totals(long workers, long agreementsSigned, Money allowanceDue, Money allowancePaid,
        Money contributionsDue, Money contributionsPaid) implements WorkerRowTotals {
}
