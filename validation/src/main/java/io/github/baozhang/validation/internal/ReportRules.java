package io.github.baozhang.validation.internal;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.WorkerRowTotals;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The business rules of a monthly report ({@code baozhang/monthly-reports@1}) that its structural
 * invariants leave open, as pure functions returning violations located at the interchange
 * field that is wrong. The constraint validators call these; so can a test.
 *
 * <p>This class is a stateless utility.
 */
public final class ReportRules {

    /** Beijing time, in which a report's period and submission are compared. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ReportRules() {
    }

    /**
     * Checks the rules of a report on its own: {@link ProblemCode#REPORT_IN_CENTRE_EXCEEDS_LAID_OFF}
     * at {@code inCentre}, {@link ProblemCode#REPORT_AGREEMENTS_EXCEED_IN_CENTRE} at
     * {@code agreementsSigned}, {@link ProblemCode#REPORT_PERIOD_AFTER_SUBMISSION} at
     * {@code period}. The funds plan is {@link #checkFunds}.
     *
     * @param report  the report, not null
     * @return the violations in that order, not null
     */
    public static List<Violation> check(MonthlyReport report) {
        Objects.requireNonNull(report, "report");
        List<Violation> violations = new ArrayList<>(3);
        if (report.inCentre() > report.laidOffWorkers()) {
            violations.add(violation(ProblemCode.REPORT_IN_CENTRE_EXCEEDS_LAID_OFF, "inCentre", report.inCentre(),
                    "inCentre", Long.toString(report.inCentre()),
                    "laidOffWorkers", Long.toString(report.laidOffWorkers())));
        }
        if (report.agreementsSigned() > report.inCentre()) {
            violations.add(violation(ProblemCode.REPORT_AGREEMENTS_EXCEED_IN_CENTRE, "agreementsSigned",
                    report.agreementsSigned(),
                    "agreementsSigned", Long.toString(report.agreementsSigned()),
                    "inCentre", Long.toString(report.inCentre())));
        }
        LocalDate submittedOn = report.submittedAt().atZoneSameInstant(BEIJING).toLocalDate();
        if (report.period().atDay(1).isAfter(submittedOn)) {
            violations.add(Violation.builder().code(ProblemCode.REPORT_PERIOD_AFTER_SUBMISSION)
                    .location(Location.ofField("period"))
                    .offendingValue(report.period().toString())
                    .putArguments("period", report.period().toString())
                    .putArguments("submittedAt", report.submittedAt().toString())
                    .build());
        }
        return violations;
    }

    /**
     * Checks that a funds plan is a three-thirds split: {@link ProblemCode#REPORT_FUNDS_PLAN_NOT_THREE_THIRDS}
     * at {@code plan.socialFen}, or {@link ProblemCode#AMOUNT_OUT_OF_RANGE} at {@code plan} when
     * the plan's total leaves the range of fen. Fields are relative to the {@code funds} object.
     *
     * @param funds  the funds, not null
     * @return the violation, or nothing, not null
     * @see #isThreeThirdsPlan(SourceAmounts)
     */
    public static List<Violation> checkFunds(FundsReport funds) {
        Objects.requireNonNull(funds, "funds");
        SourceAmounts plan = funds.plan();
        BigInteger total = plan.exactTotalFen();
        if (total.bitLength() > 63) {
            return List.of(Violation.builder().code(ProblemCode.AMOUNT_OUT_OF_RANGE)
                    .location(Location.ofField("plan"))
                    .putArguments("operation", "plan.enterpriseFen + plan.socialFen + plan.fiscalFen")
                    .build());
        }
        Optional<SourceAmounts> split = threeThirdsSplitLike(plan);
        if (split.isPresent() && split.get().equals(plan)) {
            return List.of();
        }
        Money expectedSocial = ThreeThirds.plan(Money.ofFen(total.longValueExact()), Ratio.ONE_THIRD).social();
        return List.of(Violation.builder().code(ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS)
                .location(Location.ofField("plan.socialFen"))
                .offendingValue(Long.toString(plan.social().fen()))
                .putArguments("socialFen", Long.toString(plan.social().fen()))
                .putArguments("expectedSocialFen", Long.toString(expectedSocial.fen()))
                .putArguments("totalFen", total.toString())
                .build());
    }

    /**
     * Returns whether a plan (each amount zero or more) is {@code ThreeThirds.plan(total, r)} for
     * some enterprise ratio r from 0 to 2/3, where total is the sum of the plan.
     *
     * <p>Decided exactly with one candidate ratio: r = enterprise / total, or 2/3 when that is
     * larger (a total of 3q + 1 fen gives the enterprise 2q + 1 fen at 2/3). At r = enterprise /
     * total the enterprise's exact share is a whole number of fen, so the split gives it exactly
     * that; the social share of a largest-remainder split does not depend on r at all (it is
     * floor(total / 3), plus one when total mod 3 is 2). Hence a plan is a three-thirds split if
     * and only if its social share is that third — the enterprise and fiscal shares may divide
     * the rest in any proportion.
     *
     * @param plan  the plan, each amount zero or more, total within the range of fen, not null
     * @return true if the plan is a three-thirds split
     * @throws IllegalArgumentException if an amount is negative
     * @throws ArithmeticException if the total leaves the range of fen
     */
    public static boolean isThreeThirdsPlan(SourceAmounts plan) {
        Objects.requireNonNull(plan, "plan");
        if (plan.enterprise().isNegative() || plan.social().isNegative() || plan.fiscal().isNegative()) {
            throw new IllegalArgumentException("negative amount in " + plan);
        }
        Optional<SourceAmounts> split = threeThirdsSplitLike(plan);
        return split.isPresent() && split.get().equals(plan);
    }

    /** The split of the plan's total at the one candidate ratio; empty when the total overflows. */
    private static Optional<SourceAmounts> threeThirdsSplitLike(SourceAmounts plan) {
        BigInteger exact = plan.exactTotalFen();
        if (exact.bitLength() > 63) {
            return Optional.empty();
        }
        long total = exact.longValueExact();
        if (total == 0) {
            return Optional.of(SourceAmounts.zero());
        }
        Ratio ratio = Ratio.of(plan.enterprise().fen(), total);
        if (ratio.compareTo(ThreeThirds.MAX_ENTERPRISE_RATIO) > 0) {
            ratio = ThreeThirds.MAX_ENTERPRISE_RATIO;
        }
        return Optional.of(ThreeThirds.plan(Money.ofFen(total), ratio));
    }

    /**
     * Checks a report against its registry: {@link ProblemCode#REPORT_ENTERPRISE_NOT_IN_REGISTRY}
     * at {@code enterpriseId} when the registry does not list the enterprise, otherwise
     * {@link ProblemCode#LAID_OFF_EXCEEDS_EMPLOYEES} at {@code laidOffWorkers} when the report
     * counts more laid-off workers than the registry counts employees. Nothing without a
     * registry.
     *
     * @param report  the report, not null
     * @param context  the context with or without a registry, not null
     * @return the violations, not null
     */
    public static List<Violation> checkAgainstRegistry(MonthlyReport report, RuleContext context) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(context, "context");
        if (!context.hasRegistry()) {
            return List.of();
        }
        Optional<Enterprise> enterprise = context.enterprise(report.enterpriseId());
        if (enterprise.isEmpty()) {
            return List.of(Violation.builder().code(ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY)
                    .location(Location.ofField("enterpriseId"))
                    .offendingValue(report.enterpriseId().toString())
                    .putArguments("enterpriseId", report.enterpriseId().toString())
                    .build());
        }
        long employees = enterprise.get().employees();
        if (report.laidOffWorkers() > employees) {
            return List.of(violation(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers", report.laidOffWorkers(),
                    "laidOffWorkers", Long.toString(report.laidOffWorkers()),
                    "employees", Long.toString(employees)));
        }
        return List.of();
    }

    /**
     * Checks a report's control totals against the sum of its worker rows:
     * {@link ProblemCode#REPORT_CONTROL_TOTAL_MISMATCH} at each figure that differs —
     * {@code inCentre} (the number of rows: one per worker in the centre and month),
     * {@code agreementsSigned} (rows with an agreement; only when the totals count them), {@code allowance.dueFen},
     * {@code allowance.paidFen}, {@code contributions.dueFen}, {@code contributions.paidFen}.
     *
     * @param report  the report, not null
     * @param rows  the totals of its worker rows, not null
     * @return the violations in that order, not null
     */
    public static List<Violation> checkControlTotals(MonthlyReport report, WorkerRowTotals rows) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rows, "rows");
        List<Violation> violations = new ArrayList<>();
        total(violations, "inCentre", report.inCentre(), BigInteger.valueOf(rows.workers()));
        if (rows.countsAgreements()) {
            total(violations, "agreementsSigned", report.agreementsSigned(), BigInteger.valueOf(rows.agreementsSigned()));
        }
        total(violations, "allowance.dueFen", report.allowance().due().fen(), rows.allowanceDueFen());
        total(violations, "allowance.paidFen", report.allowance().paid().fen(), rows.allowancePaidFen());
        total(violations, "contributions.dueFen", report.contributions().due().fen(), rows.contributionsDueFen());
        total(violations, "contributions.paidFen", report.contributions().paid().fen(), rows.contributionsPaidFen());
        return violations;
    }

    private static void total(List<Violation> violations, String field, long declared, BigInteger computed) {
        if (!computed.equals(BigInteger.valueOf(declared))) {
            violations.add(violation(ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, field, declared,
                    "declared", Long.toString(declared), "computed", computed.toString()));
        }
    }

    private static Violation violation(ProblemCode code, String field, long offending, String... namesAndValues) {
        Violation.Builder b = Violation.builder();
        b.code(code).location(Location.ofField(field)).offendingValue(Long.toString(offending));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.putArguments(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }
}
