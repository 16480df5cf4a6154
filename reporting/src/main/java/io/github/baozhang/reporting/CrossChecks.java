package io.github.baozhang.reporting;

import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.MonthlyReport;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cross-checks of a monthly report against other sources of the same enterprise and month. A
 * mismatch is a finding, not a violation: the report stays valid and counts.
 *
 * <ul>
 *   <li>{@link #againstRows}: the control totals against the summary of the worker rows
 *       ({@code disbursements@1}, {@code disbursement-summary@1}): {@code inCentre} against the
 *       rows (one row per worker in the centre and month), the allowance and contributions due
 *       and paid against their sums — {@link ProblemCode#REPORT_CONTROL_TOTAL_DIFFERS}, one per
 *       figure, in that order.</li>
 *   <li>{@link #againstPlan(MonthlyReport, SourceAmounts)}: the funds plan against a funding
 *       plan (a {@code funding-results@1} {@code plan}); {@link #againstThreeThirds}: against the
 *       three-thirds split of the report's own plan total at the enterprise ratio
 *       ({@link ThreeThirds#plan}) — {@link ProblemCode#REPORT_FUNDS_PLAN_DIFFERS}, one per
 *       source, in the order ENTERPRISE, SOCIAL, FISCAL.</li>
 * </ul>
 *
 * <p>Pure functions. This class is a stateless utility.
 */
public final class CrossChecks {

    private CrossChecks() {
    }

    /**
     * Checks a report's control totals against the summary of the enterprise's worker rows.
     *
     * @param report  the report, not null
     * @param rows  the summary of the same enterprise's rows for the same month, not null
     * @return the findings, subject the enterprise id, unmodifiable, not null
     * @throws IllegalArgumentException if the rows are of another enterprise or month
     */
    public static List<Finding> againstRows(MonthlyReport report, EnterpriseMonthSummary rows) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rows, "rows");
        if (!report.enterpriseId().equals(rows.enterpriseId()) || !report.period().equals(rows.period())) {
            throw new IllegalArgumentException("rows of " + rows.enterpriseId() + " " + rows.period()
                    + " do not belong to the report of " + report.enterpriseId() + " " + report.period());
        }
        List<Finding> out = new ArrayList<>();
        DueAndPaid allowance = rows.summary().allowance();
        DueAndPaid contributions = rows.summary().contributions();
        compare(out, report, "rows", BigInteger.valueOf(report.inCentre()), BigInteger.valueOf(rows.summary().rows()));
        compare(out, report, "allowance.dueFen", fen(report.allowance().due()), allowance.dueFen());
        compare(out, report, "allowance.paidFen", fen(report.allowance().paid()), allowance.paidFen());
        compare(out, report, "contributions.dueFen", fen(report.contributions().due()), contributions.dueFen());
        compare(out, report, "contributions.paidFen", fen(report.contributions().paid()), contributions.paidFen());
        return List.copyOf(out);
    }

    private static BigInteger fen(Money m) {
        return BigInteger.valueOf(m.fen());
    }

    private static void compare(List<Finding> out, MonthlyReport report, String figure, BigInteger declared,
            BigInteger computed) {
        if (!declared.equals(computed)) {
            out.add(Finding.of(ProblemCode.REPORT_CONTROL_TOTAL_DIFFERS, report.enterpriseId().toString(),
                    SubmissionLedger.args("enterpriseId", report.enterpriseId().toString(),
                            "period", report.period().toString(), "figure", figure,
                            "declared", declared.toString(), "computed", computed.toString())));
        }
    }

    /**
     * Checks a report's funds plan against a funding plan, source by source.
     *
     * @param report  the report, not null
     * @param plan  the plan it should declare, not null
     * @return the findings, subject the enterprise id, unmodifiable, not null
     */
    public static List<Finding> againstPlan(MonthlyReport report, SourceAmounts plan) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(plan, "plan");
        List<Finding> out = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            Money declared = report.funds().plan().get(source);
            Money expected = plan.get(source);
            if (!declared.equals(expected)) {
                out.add(Finding.of(ProblemCode.REPORT_FUNDS_PLAN_DIFFERS, report.enterpriseId().toString(),
                        SubmissionLedger.args("enterpriseId", report.enterpriseId().toString(),
                                "period", report.period().toString(), "source", source.name(),
                                "declaredFen", Long.toString(declared.fen()),
                                "expectedFen", Long.toString(expected.fen()))));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Checks that a report's funds plan is the three-thirds split of its own total at an
     * enterprise ratio (1/3 unless the assessment of the enterprise's capacity set another).
     *
     * @param report  the report, not null
     * @param enterpriseRatio  the enterprise ratio, 0 to 2/3, not null
     * @return the findings, unmodifiable, not null
     * @throws ArithmeticException if the plan's total leaves the {@code long} range of fen
     * @throws IllegalArgumentException if the ratio is out of range
     */
    public static List<Finding> againstThreeThirds(MonthlyReport report, Ratio enterpriseRatio) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(enterpriseRatio, "enterpriseRatio");
        return againstPlan(report, ThreeThirds.plan(report.funds().plan().total(), enterpriseRatio));
    }
}
