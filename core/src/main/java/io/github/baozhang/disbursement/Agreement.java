package io.github.baozhang.disbursement;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The basic living guarantee and re-employment agreement (《基本生活保障和再就业协议》) a worker
 * signs on entering the centre: the day it is signed and its term in months, at most three years.
 * No agreement, no allowance.
 *
 * <p>The agreement covers whole months: the month it is signed and the following ones,
 * {@link #termMonths()} in all ({@link #firstPeriod()} to {@link #lastPeriod()}). A lower cap a
 * province sets is a policy check ({@link CentreStay#check}), not an invariant.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Agreement {

    private final LocalDate signedOn;
    private final int termMonths;

    private Agreement(LocalDate signedOn, int termMonths) {
        this.signedOn = signedOn;
        this.termMonths = termMonths;
    }

    /**
     * Returns an agreement.
     *
     * @param signedOn  the day it is signed, not null
     * @param termMonths  its term, from 1 to {@link ProvinceProfile#MAX_AGREEMENT_MONTHS} (36)
     * @return the agreement, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#AGREEMENT_TERM_OUT_OF_RANGE} if the term is outside 1–36
     */
    public static Agreement of(LocalDate signedOn, int termMonths) {
        Objects.requireNonNull(signedOn, "signedOn");
        if (termMonths < 1 || termMonths > ProvinceProfile.MAX_AGREEMENT_MONTHS) {
            Checks.fail(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, "months", Integer.toString(termMonths),
                    "max", Integer.toString(ProvinceProfile.MAX_AGREEMENT_MONTHS));
        }
        return new Agreement(signedOn, termMonths);
    }

    /**
     * Returns the day the agreement is signed.
     *
     * @return the date, not null
     */
    public LocalDate signedOn() {
        return signedOn;
    }

    /**
     * Returns the term in months.
     *
     * @return the term, from 1 to 36
     */
    public int termMonths() {
        return termMonths;
    }

    /**
     * Returns the first month covered: the month of signing.
     *
     * @return the period, not null
     */
    public YearMonth firstPeriod() {
        return YearMonth.from(signedOn);
    }

    /**
     * Returns the last month covered: {@code termMonths − 1} months after the month of signing.
     *
     * @return the period, not null
     */
    public YearMonth lastPeriod() {
        return firstPeriod().plusMonths(termMonths - 1L);
    }

    /**
     * Returns the day the agreement expires: {@code termMonths} after signing.
     *
     * @return the date, not null
     */
    public LocalDate expiresOn() {
        return signedOn.plusMonths(termMonths);
    }

    /**
     * Returns whether the agreement covers a month.
     *
     * @param period  the month, not null
     * @return true if it lies from {@link #firstPeriod()} to {@link #lastPeriod()}
     */
    public boolean covers(YearMonth period) {
        Objects.requireNonNull(period, "period");
        return !period.isBefore(firstPeriod()) && !period.isAfter(lastPeriod());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Agreement)) {
            return false;
        }
        Agreement other = (Agreement) obj;
        return signedOn.equals(other.signedOn) && termMonths == other.termMonths;
    }

    @Override
    public int hashCode() {
        return Objects.hash(signedOn, termMonths);
    }

    /**
     * Returns the date and term, such as {@code Agreement[1999-07-01, 36 months]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Agreement[" + signedOn + ", " + termMonths + " months]";
    }
}
