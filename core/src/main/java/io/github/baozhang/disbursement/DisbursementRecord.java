package io.github.baozhang.disbursement;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One worker's month, the record of the interchange kind {@code disbursements@1}: the worker,
 * the enterprise, the period, the allowance (due, paid, paid date) and the contributions (due,
 * paid), the day the worker entered the centre and the day the agreement was signed.
 *
 * <p><b>On time</b> ({@link #isOnTime}): nothing was due (allowance and contributions both
 * zero), or the allowance's paid date is on or before the profile's pay date of the period's
 * month — the 15th by default; it never moves for a holiday. <b>In full</b>
 * ({@link #isInFull()}): the allowance paid reaches its due and the contributions paid reach
 * theirs.
 *
 * <p>A record holds what its sender said; {@link #check()} reports what makes it invalid and
 * {@link #findings()} the trouble a valid record shows.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class DisbursementRecord {

    DisbursementRecord() {
    }

    /**
     * Returns a builder; every attribute but the agreement must be set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the worker.
     *
     * @return the worker, not null
     */
    public abstract Worker worker();

    /**
     * Returns the enterprise whose centre paid.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the month.
     *
     * @return the period, not null
     */
    public abstract YearMonth period();

    /**
     * Returns the allowance: due, paid and the day it was paid.
     *
     * @return the allowance, not null
     */
    public abstract Payment allowance();

    /**
     * Returns the contributions paid on the worker's behalf: due and paid.
     *
     * @return the contributions, not null
     */
    public abstract Payment contributions();

    /**
     * Returns the day the worker entered the centre.
     *
     * @return the date, not null
     */
    public abstract LocalDate centreEnteredOn();

    /**
     * Returns the day the agreement was signed.
     *
     * @return the date, or empty if none was
     */
    public abstract Optional<LocalDate> agreementSignedOn();

    /**
     * Returns a copy with another allowance.
     *
     * @param allowance  the allowance, not null
     * @return the copy, not null
     */
    public abstract DisbursementRecord withAllowance(Payment allowance);

    /**
     * Returns a copy with other contributions.
     *
     * @param contributions  the contributions, not null
     * @return the copy, not null
     */
    public abstract DisbursementRecord withContributions(Payment contributions);

    /**
     * Returns whether a row was on time: nothing was due, or it was paid on or before the pay
     * date. The rule for readers of rows that are not records, such as the national CSV.
     *
     * @param allowanceDueFen  the allowance due
     * @param contributionsDueFen  the contributions due
     * @param paidOn  the day paid, not null
     * @param payDate  the pay date of the row's period, not null
     * @return true if on time
     */
    public static boolean isOnTime(long allowanceDueFen, long contributionsDueFen, Optional<LocalDate> paidOn,
            LocalDate payDate) {
        Objects.requireNonNull(paidOn, "paidOn");
        Objects.requireNonNull(payDate, "payDate");
        if (allowanceDueFen == 0 && contributionsDueFen == 0) {
            return true;
        }
        return paidOn.isPresent() && !paidOn.get().isAfter(payDate);
    }

    /**
     * Returns whether this month was on time against a pay date.
     *
     * @param payDate  the pay date of the period, not null
     * @return true if nothing was due or the allowance was paid on or before the pay date
     */
    public boolean isOnTime(LocalDate payDate) {
        return isOnTime(allowance().due().fen(), contributions().due().fen(), allowance().paidOn(), payDate);
    }

    /**
     * Returns whether this month was on time against the profile's pay date of the period.
     *
     * @param profile  the profile, not null
     * @return true if on time
     */
    public boolean isOnTime(ProvinceProfile profile) {
        return isOnTime(profile.payDate(period()));
    }

    /**
     * Returns whether this month was paid in full: both paid amounts reach their due amounts.
     *
     * @return true if in full
     */
    public boolean isInFull() {
        return allowance().isInFull() && contributions().isInFull();
    }

    /**
     * Checks the record, in this order: {@link ProblemCode#VALUE_NEGATIVE} at
     * {@code allowance.dueFen}, {@code allowance.paidFen}; {@link ProblemCode#PAID_ON_MISSING} at
     * {@code allowance.paidOn} when an allowance was paid without a date;
     * {@link ProblemCode#VALUE_NEGATIVE} at {@code contributions.dueFen},
     * {@code contributions.paidFen}; {@link ProblemCode#AGREEMENT_BEFORE_ENTRY} at
     * {@code agreementSignedOn}.
     *
     * @return the violations, unmodifiable, empty if the record is valid, not null
     */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>(1);
        allowance().check("allowance", true, violations);
        contributions().check("contributions", false, violations);
        if (agreementSignedOn().isPresent() && agreementSignedOn().get().isBefore(centreEnteredOn())) {
            violations.add(Checks.violation(ProblemCode.AGREEMENT_BEFORE_ENTRY, "agreementSignedOn",
                    "agreementSignedOn", agreementSignedOn().get().toString(),
                    "centreEnteredOn", centreEnteredOn().toString()));
        }
        return List.copyOf(violations);
    }

    /**
     * Returns the trouble this month shows: {@link ProblemCode#ALLOWANCE_WITHOUT_AGREEMENT} when
     * an allowance is due or paid but no agreement was signed by the end of the month (no
     * agreement, no allowance); argument {@code allowanceFen} is the larger of due and paid. The
     * subject is the worker's masked ID.
     *
     * @return the findings, unmodifiable, empty if none, not null
     */
    public List<Finding> findings() {
        long amount = Math.max(allowance().due().fen(), allowance().paid().fen());
        boolean signed = agreementSignedOn().isPresent() && !agreementSignedOn().get().isAfter(period().atEndOfMonth());
        if (amount <= 0 || signed) {
            return List.of();
        }
        return List.of(Checks.finding(ProblemCode.ALLOWANCE_WITHOUT_AGREEMENT, worker().maskedId(),
                "period", period().toString(), "enterpriseId", enterpriseId().toString(),
                "allowanceFen", Long.toString(amount)));
    }

    /** Builds a {@link DisbursementRecord}. */
    public static final class Builder extends ImmutableDisbursementRecord.Builder {
        Builder() {
        }
    }
}
