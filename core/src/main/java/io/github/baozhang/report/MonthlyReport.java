package io.github.baozhang.report;

import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The monthly report (月报) of one monitored enterprise for one period, as
 * {@code baozhang/monthly-reports@1} carries it; each attribute is named as its interchange
 * field.
 *
 * <p>Structural invariants are checked when the value is built, and {@link Builder#build()}
 * throws {@link io.github.baozhang.problem.InvalidValueException} when one fails: the revision
 * is 1 or more ({@link ProblemCode#REPORT_REVISION_INVALID}); every count and every amount is
 * zero or more ({@link ProblemCode#VALUE_NEGATIVE}), the allowance and contributions
 * due and paid included. Business rules across fields — in centre
 * ≤ laid off, agreements ≤ in centre, the period not after the submission, the funds plan
 * consistent with the three-thirds rule — are not invariants; the validation module reports
 * them.
 *
 * <p>Revisions: the highest revision of an enterprise and period counts; the same revision
 * sent again with the same content ({@link #sameContentAs}) counts once; two different reports
 * with one revision are a conflict. The reporting module's ledger applies these rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class MonthlyReport {

    MonthlyReport() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the reporting enterprise's id.
     *
     * @return the id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the period reported.
     *
     * @return the period, not null
     */
    public abstract YearMonth period();

    /**
     * Returns the revision: 1 for the first report of a period, then 2, 3, …
     *
     * @return the revision, 1 or more
     */
    public abstract int revision();

    /**
     * Returns when the report was submitted, with the sender's offset.
     *
     * @return the instant, not null
     */
    public abstract OffsetDateTime submittedAt();

    /**
     * Returns the reporting unit's division code, if given.
     *
     * @return the unit, or empty
     */
    public abstract Optional<DivisionCode> submittedBy();

    /**
     * Returns the laid-off workers at the end of the period.
     *
     * @return the count, zero or more
     */
    public abstract long laidOffWorkers();

    /**
     * Returns the laid-off workers in the re-employment service centre (进中心).
     *
     * @return the count, zero or more
     */
    public abstract long inCentre();

    /**
     * Returns the workers in the centre who signed the agreement (签协议).
     *
     * @return the count, zero or more
     */
    public abstract long agreementsSigned();

    /**
     * Returns the basic living allowance due and paid this period.
     *
     * @return the payment, not null
     */
    public abstract Payment allowance();

    /**
     * Returns the social-insurance contributions paid on the workers' behalf, due and paid.
     *
     * @return the payment, not null
     */
    public abstract Payment contributions();

    /**
     * Returns the funds planned and received, by source.
     *
     * @return the funds, not null
     */
    public abstract FundsReport funds();

    /**
     * Returns whether the standard and the recipient list were posted publicly (张榜公布).
     *
     * @return true if posted
     */
    public abstract boolean postedPublicly();

    /**
     * Returns the workers re-employed this period.
     *
     * @return the count, zero or more
     */
    public abstract long reemployed();

    /**
     * Returns the workers who left the centre this period, for any reason.
     *
     * @return the count, zero or more
     */
    public abstract long leftCentre();

    /**
     * Returns the mass incidents (群体性突发事件) this period.
     *
     * @return the count, zero or more
     */
    public abstract long incidents();

    /**
     * Returns whether another report says the same about the same enterprise and period at the
     * same revision: every attribute equal but {@link #submittedAt()} and {@link #submittedBy()}.
     *
     * @param other  the other report, not null
     * @return true if the content is the same
     */
    public boolean sameContentAs(MonthlyReport other) {
        return withSubmittedAt(other.submittedAt()).withSubmittedBy(other.submittedBy()).equals(other);
    }

    /**
     * Returns a copy with another submission instant.
     *
     * @param submittedAt  the instant, not null
     * @return the report, not null
     */
    public abstract MonthlyReport withSubmittedAt(OffsetDateTime submittedAt);

    /**
     * Returns a copy with another reporting unit.
     *
     * @param submittedBy  the unit, or empty, not null
     * @return the report, not null
     */
    public abstract MonthlyReport withSubmittedBy(Optional<? extends DivisionCode> submittedBy);

    /**
     * Returns a copy with another revision.
     *
     * @param revision  the revision, 1 or more
     * @return the report, not null
     */
    public abstract MonthlyReport withRevision(int revision);

    @Value.Check
    void check() {
        if (revision() < 1) {
            Parsed.invalid(ProblemCode.REPORT_REVISION_INVALID, "revision", Integer.toString(revision())).orElseThrow();
        }
        long[] counts = {laidOffWorkers(), inCentre(), agreementsSigned(), reemployed(), leftCentre(), incidents()};
        for (long count : counts) {
            nonNegative(count);
        }
        for (Payment p : new Payment[] {allowance(), contributions()}) {
            nonNegative(p.due().fen());
            nonNegative(p.paid().fen());
        }
        for (FundingSource source : FundingSource.values()) {
            nonNegative(funds().plan().get(source).fen());
            nonNegative(funds().received().get(source).fen());
        }
    }

    private static void nonNegative(long value) {
        if (value < 0) {
            Parsed.invalid(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(value)).orElseThrow();
        }
    }

    /** Builds a {@link MonthlyReport}. */
    public static final class Builder extends ImmutableMonthlyReport.Builder {
        Builder() {
        }
    }
}
