package io.github.baozhang.validation.internal;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.Contributions;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that hold a worker row ({@code baozhang/disbursements@1}) or a monthly report to a
 * {@link ProvinceProfile}: the allowance within the ladder, at least the unemployment benefit and
 * below the minimum wage, and the contributions as the contribution policy computes them. Pure
 * functions returning violations located at the interchange field ({@code allowance.dueFen},
 * {@code contributions.dueFen}).
 *
 * <p><b>A worker row</b> (period P, the standard and policy in force on P's first day):
 * <ul>
 *   <li>The allowance rules apply when the row owes an allowance or the worker signed the
 *       agreement by the end of P (an agreement entitles to the allowance; no agreement, no
 *       allowance): the allowance due is at least the unemployment benefit
 *       ({@link ProblemCode#ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT}), below the minimum wage
 *       ({@link ProblemCode#ALLOWANCE_NOT_BELOW_MINIMUM_WAGE}) and not above the ladder's rung
 *       for the worker's year in the centre ({@link ProblemCode#ALLOWANCE_ABOVE_LADDER}). The
 *       year counts the month of entry as month 1 of year 1: entered in 1999-03, the period
 *       2000-02 is year 1 and 2000-03 year 2. A rung is a ceiling, not a price: it includes
 *       supplements not every worker draws (Beijing's 361 yuan has 5 yuan for an only child).</li>
 *   <li>The contributions rule applies when the row owes contributions or the allowance rules
 *       apply: contributions due equal, to the fen, the total that
 *       {@link ProvinceProfile#contributionsFor(YearMonth)} computes
 *       ({@link ProblemCode#CONTRIBUTIONS_NOT_AS_POLICY}). No tolerance: the policy has one
 *       rounding rule (half-up per part, the total the sum of the rounded parts).</li>
 *   <li>Nothing is checked when the profile has no standard (or policy, or previous year's
 *       average wage) in force for P.</li>
 * </ul>
 *
 * <p><b>A monthly report</b> carries totals, not rows, so it is held to what the row rules imply
 * for any set of rows that adds up to it — a necessary condition, decided exactly on integers
 * (n = {@code inCentre}, s = {@code agreementsSigned}, A = allowance due, C = contributions due,
 * c = the policy's amount for one worker):
 * <ul>
 *   <li>A ≥ s × unemployment benefit ({@link ProblemCode#REPORT_ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT});</li>
 *   <li>A &lt; n × minimum wage when A &gt; 0 ({@link ProblemCode#REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE});</li>
 *   <li>A ≤ n × the ladder's highest rung ({@link ProblemCode#REPORT_ALLOWANCE_ABOVE_LADDER});</li>
 *   <li>C = k × c for a whole k from 0 to n ({@link ProblemCode#REPORT_CONTRIBUTIONS_NOT_AS_POLICY}):
 *       each row owes nothing or exactly c.</li>
 * </ul>
 *
 * <p>This class is a stateless utility.
 */
public final class ProfileRules {

    /** The field of the allowance due. */
    public static final String ALLOWANCE_DUE = "allowance.dueFen";
    /** The field of the contributions due. */
    public static final String CONTRIBUTIONS_DUE = "contributions.dueFen";

    private ProfileRules() {
    }

    /**
     * Returns the worker's year in the centre in a period, the month of entry being month 1 of
     * year 1.
     *
     * @param centreEnteredOn  the day the worker entered the centre, not null
     * @param period  the period, not null
     * @return the year, from 1, or empty when the period is before the month of entry
     */
    public static Optional<Integer> yearInCentre(LocalDate centreEnteredOn, YearMonth period) {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(centreEnteredOn), period);
        if (months < 0) {
            return Optional.empty();
        }
        return Optional.of((int) Math.min(Integer.MAX_VALUE, months / 12 + 1));
    }

    /**
     * Checks a worker row against a profile (see the class description).
     *
     * @param row  the row, not null
     * @param profile  the profile of the row's province, not null
     * @return the violations, allowance first, not null
     */
    public static List<Violation> checkRow(DisbursementRecord row, ProvinceProfile profile) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(profile, "profile");
        List<Violation> violations = new ArrayList<>(0);
        YearMonth period = row.period();
        long allowance = row.allowance().due().fen();
        boolean signed = row.agreementSignedOn().isPresent()
                && !row.agreementSignedOn().get().isAfter(period.atEndOfMonth());
        boolean entitled = allowance > 0 || signed;
        Optional<AllowanceStandard> standard = profile.allowanceStandardFor(period);
        if (entitled && standard.isPresent()) {
            AllowanceStandard s = standard.get();
            Optional<Integer> year = yearInCentre(row.centreEnteredOn(), period);
            String yearText = year.map(String::valueOf).orElse("?");
            String allowanceText = Long.toString(allowance);
            if (allowance < s.unemploymentBenefit().fen()) {
                violations.add(violation(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, ALLOWANCE_DUE, allowanceText,
                        "year", yearText, "allowanceFen", allowanceText,
                        "unemploymentBenefitFen", Long.toString(s.unemploymentBenefit().fen())));
            }
            if (allowance >= s.minimumWage().fen()) {
                violations.add(violation(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ALLOWANCE_DUE, allowanceText,
                        "year", yearText, "allowanceFen", allowanceText,
                        "minimumWageFen", Long.toString(s.minimumWage().fen())));
            }
            if (year.isPresent()) {
                Money step = s.ladder().forYearInCentre(year.get());
                if (allowance > step.fen()) {
                    violations.add(violation(ProblemCode.ALLOWANCE_ABOVE_LADDER, ALLOWANCE_DUE, allowanceText,
                            "allowanceFen", allowanceText, "stepFen", Long.toString(step.fen()), "year", yearText));
                }
            }
        }
        long contributions = row.contributions().due().fen();
        if (entitled || contributions > 0) {
            Optional<Contributions> expected = contributionsFor(profile, period, violations);
            if (expected.isPresent() && expected.get().total().fen() != contributions) {
                String due = Long.toString(contributions);
                violations.add(violation(ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY, CONTRIBUTIONS_DUE, due,
                        "dueFen", due, "expectedFen", Long.toString(expected.get().total().fen())));
            }
        }
        return violations;
    }

    /**
     * Checks a monthly report against a profile (see the class description).
     *
     * @param report  the report, not null
     * @param profile  the profile of the report's province, not null
     * @return the violations, allowance first, not null
     */
    public static List<Violation> checkReport(MonthlyReport report, ProvinceProfile profile) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(profile, "profile");
        List<Violation> violations = new ArrayList<>(0);
        BigInteger inCentre = BigInteger.valueOf(report.inCentre());
        BigInteger signed = BigInteger.valueOf(report.agreementsSigned());
        long allowance = report.allowance().due().fen();
        BigInteger a = BigInteger.valueOf(allowance);
        String allowanceText = Long.toString(allowance);
        Optional<AllowanceStandard> standard = profile.allowanceStandardFor(report.period());
        if (standard.isPresent()) {
            AllowanceStandard s = standard.get();
            long benefit = s.unemploymentBenefit().fen();
            if (a.compareTo(signed.multiply(BigInteger.valueOf(benefit))) < 0) {
                violations.add(violation(ProblemCode.REPORT_ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, ALLOWANCE_DUE,
                        allowanceText, "allowanceFen", allowanceText,
                        "agreementsSigned", Long.toString(report.agreementsSigned()),
                        "unemploymentBenefitFen", Long.toString(benefit)));
            }
            long minimumWage = s.minimumWage().fen();
            if (allowance > 0 && a.compareTo(inCentre.multiply(BigInteger.valueOf(minimumWage))) >= 0) {
                violations.add(violation(ProblemCode.REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ALLOWANCE_DUE,
                        allowanceText, "allowanceFen", allowanceText, "inCentre", Long.toString(report.inCentre()),
                        "minimumWageFen", Long.toString(minimumWage)));
            }
            long top = 0;
            for (Money rung : s.ladder().rungs()) {
                top = Math.max(top, rung.fen());
            }
            if (a.compareTo(inCentre.multiply(BigInteger.valueOf(top))) > 0) {
                violations.add(violation(ProblemCode.REPORT_ALLOWANCE_ABOVE_LADDER, ALLOWANCE_DUE, allowanceText,
                        "allowanceFen", allowanceText, "inCentre", Long.toString(report.inCentre()),
                        "stepFen", Long.toString(top)));
            }
        }
        Optional<Contributions> expected = contributionsFor(profile, report.period(), violations);
        if (expected.isPresent()) {
            long perWorker = expected.get().total().fen();
            long due = report.contributions().due().fen();
            boolean consistent;
            if (perWorker == 0) {
                consistent = due == 0;
            } else {
                consistent = due % perWorker == 0 && due / perWorker <= report.inCentre();
            }
            if (!consistent) {
                String dueText = Long.toString(due);
                violations.add(violation(ProblemCode.REPORT_CONTRIBUTIONS_NOT_AS_POLICY, CONTRIBUTIONS_DUE, dueText,
                        "dueFen", dueText, "perWorkerFen", Long.toString(perWorker),
                        "inCentre", Long.toString(report.inCentre())));
            }
        }
        return violations;
    }

    /** The policy's contributions for one worker, or empty; an overflow is a violation. */
    private static Optional<Contributions> contributionsFor(ProvinceProfile profile, YearMonth period,
            List<Violation> violations) {
        try {
            return profile.contributionsFor(period);
        } catch (ArithmeticException overflow) {
            violations.add(Violation.builder().code(ProblemCode.AMOUNT_OUT_OF_RANGE)
                    .location(Location.ofField(CONTRIBUTIONS_DUE))
                    .putArguments("operation", "contributions of " + profile.name() + " for " + period)
                    .build());
            return Optional.empty();
        }
    }

    private static Violation violation(ProblemCode code, String field, String offending, String... namesAndValues) {
        Violation.Builder b = Violation.builder();
        b.code(code).location(Location.ofField(field)).offendingValue(offending);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.putArguments(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }
}
