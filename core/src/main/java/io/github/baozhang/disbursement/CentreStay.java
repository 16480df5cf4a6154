package io.github.baozhang.disbursement;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A worker's stay in an enterprise's re-employment centre (再就业服务中心): the day of entry
 * (进中心), the agreement if one was signed (签协议), the end of the worker's labour contract
 * when known, and the exit (出中心) if the worker has left.
 *
 * <p>Months count whole. The worker is in the centre in a month from the month of entry on,
 * until the month in which the exit's first day out falls — that month still counts unless the
 * exit is on its first day. An allowance is due for a month only when the worker is in the centre
 * and the agreement covers the month ({@link #isAllowanceDue}): no agreement, no allowance. The
 * year in the centre counts from the month of entry ({@link #yearInCentre}).
 *
 * <p>A stay holds what its sender said; {@link #check} reports what breaks the rules.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class CentreStay {

    CentreStay() {
    }

    /**
     * Returns a builder; worker, enterprise and entry must be set.
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
     * Returns the enterprise whose centre the worker is in.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the day the worker entered the centre.
     *
     * @return the date, not null
     */
    public abstract LocalDate enteredOn();

    /**
     * Returns the agreement, if one was signed.
     *
     * @return the agreement, or empty
     */
    public abstract Optional<Agreement> agreement();

    /**
     * Returns the day the worker's labour contract ends, when known; where the profile says so
     * ({@link ProvinceProfile#agreementCappedAtLabourContract()}) it caps the agreement.
     *
     * @return the date, or empty
     */
    public abstract Optional<LocalDate> labourContractEndsOn();

    /**
     * Returns the exit, if the worker has left.
     *
     * @return the exit, or empty
     */
    public abstract Optional<CentreExit> exit();

    /**
     * Returns a copy with the agreement signed.
     *
     * @param agreement  the agreement, not null
     * @return the copy, not null
     */
    public abstract CentreStay withAgreement(Agreement agreement);

    /**
     * Returns a copy with the end of the labour contract known.
     *
     * @param labourContractEndsOn  the day the labour contract ends, not null
     * @return the copy, not null
     */
    public abstract CentreStay withLabourContractEndsOn(LocalDate labourContractEndsOn);

    /**
     * Returns a copy in which the worker has left.
     *
     * @param exit  the exit, not null
     * @return the copy, not null
     */
    public abstract CentreStay withExit(CentreExit exit);

    /**
     * Returns whether the worker is in the centre for some of a month.
     *
     * @param period  the month, not null
     * @return true from the month of entry up to the month of exit (excluded when the exit is on
     *     its first day)
     */
    public boolean isInCentre(YearMonth period) {
        Objects.requireNonNull(period, "period");
        if (period.isBefore(YearMonth.from(enteredOn()))) {
            return false;
        }
        return exit().isEmpty() || period.atDay(1).isBefore(exit().get().on());
    }

    /**
     * Returns whether an allowance is due for a month: the worker is in the centre and an
     * agreement covers the month. No agreement, no allowance.
     *
     * @param period  the month, not null
     * @return true if due
     */
    public boolean isAllowanceDue(YearMonth period) {
        return isInCentre(period) && agreement().isPresent() && agreement().get().covers(period);
    }

    /**
     * Returns the year in the centre a month falls in: 1 for the month of entry and the eleven
     * after it, 2 for the next twelve, and so on.
     *
     * @param period  the month, not before the month of entry, not null
     * @return the year, 1 or more
     * @throws IllegalArgumentException if the month is before the month of entry
     */
    public int yearInCentre(YearMonth period) {
        Objects.requireNonNull(period, "period");
        long months = YearMonth.from(enteredOn()).until(period, ChronoUnit.MONTHS);
        if (months < 0) {
            throw new IllegalArgumentException(period + " is before the month of entry");
        }
        return (int) (months / 12 + 1);
    }

    /**
     * Returns the allowance due for a month under a profile: zero when none is due, else the rung
     * of the year in the centre on the ladder in force on the month's first day.
     *
     * @param period  the month, not null
     * @param profile  the profile, not null
     * @return the allowance, or empty when one is due but the profile has no standard in force
     */
    public Optional<Money> allowanceDue(YearMonth period, ProvinceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        if (!isAllowanceDue(period)) {
            return Optional.of(Money.zero());
        }
        Optional<AllowanceStandard> standard = profile.allowanceStandardFor(period);
        return standard.map(s -> s.ladder().forYearInCentre(yearInCentre(period)));
    }

    /**
     * Returns the longest term an agreement signed on a day may have: the profile's cap in force
     * that day and, where the profile caps agreements at the labour contract and its end is known,
     * the whole months from signing to that end (never below zero).
     *
     * @param signedOn  the day of signing, not null
     * @param profile  the profile, not null
     * @return the cap in months, from 0 to 36
     */
    public int maximumAgreementTerm(LocalDate signedOn, ProvinceProfile profile) {
        Objects.requireNonNull(signedOn, "signedOn");
        int cap = profile.agreementCapOn(signedOn);
        if (profile.agreementCappedAtLabourContract() && labourContractEndsOn().isPresent()) {
            long remaining = Math.max(0, ChronoUnit.MONTHS.between(signedOn, labourContractEndsOn().get()));
            cap = (int) Math.min(cap, remaining);
        }
        return cap;
    }

    /**
     * Returns how long a worker whose agreement expired draws unemployment benefit.
     *
     * @param contributionYears  whole years of contribution, zero or more
     * @return the months ({@link UnemploymentInsurance#benefitMonths}) if the worker left because
     *     the agreement expired, else empty
     * @throws IllegalArgumentException if the years are negative
     */
    public OptionalInt unemploymentInsuranceMonths(int contributionYears) {
        int months = UnemploymentInsurance.benefitMonths(contributionYears);
        boolean expired = exit().isPresent() && exit().get().reason() == ExitReason.AGREEMENT_EXPIRED;
        return expired ? OptionalInt.of(months) : OptionalInt.empty();
    }

    /**
     * Checks the stay against a profile, in this order:
     * {@link ProblemCode#CENTRE_ENTRY_AFTER_CLOSE} at {@code centreEnteredOn} (entry on or after
     * {@link ProvinceProfile#noNewCentresFrom()}); {@link ProblemCode#AGREEMENT_BEFORE_ENTRY} at
     * {@code agreementSignedOn}; {@link ProblemCode#AGREEMENT_TERM_OUT_OF_RANGE} at
     * {@code agreementTermMonths} (a term above {@link #maximumAgreementTerm}, argument
     * {@code max} that cap); {@link ProblemCode#CENTRE_EXIT_BEFORE_ENTRY} at {@code exitedOn}.
     *
     * @param profile  the profile, not null
     * @return the violations, unmodifiable, empty if none, not null
     */
    public List<Violation> check(ProvinceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        List<Violation> violations = new ArrayList<>(2);
        String entered = enteredOn().toString();
        if (!profile.acceptsCentreEntryOn(enteredOn())) {
            violations.add(Checks.violation(ProblemCode.CENTRE_ENTRY_AFTER_CLOSE, "centreEnteredOn",
                    "centreEnteredOn", entered, "closedFrom", profile.noNewCentresFrom().toString()));
        }
        if (agreement().isPresent()) {
            Agreement a = agreement().get();
            if (a.signedOn().isBefore(enteredOn())) {
                violations.add(Checks.violation(ProblemCode.AGREEMENT_BEFORE_ENTRY, "agreementSignedOn",
                        "agreementSignedOn", a.signedOn().toString(), "centreEnteredOn", entered));
            }
            int max = maximumAgreementTerm(a.signedOn(), profile);
            if (a.termMonths() > max) {
                violations.add(Checks.violation(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, "agreementTermMonths",
                        "months", Integer.toString(a.termMonths()), "max", Integer.toString(max)));
            }
        }
        if (exit().isPresent() && exit().get().on().isBefore(enteredOn())) {
            violations.add(Checks.violation(ProblemCode.CENTRE_EXIT_BEFORE_ENTRY, "exitedOn",
                    "exitedOn", exit().get().on().toString(), "centreEnteredOn", entered));
        }
        return List.copyOf(violations);
    }

    /** Builds a {@link CentreStay}. */
    public static final class Builder extends ImmutableCentreStay.Builder {
        Builder() {
        }
    }
}
