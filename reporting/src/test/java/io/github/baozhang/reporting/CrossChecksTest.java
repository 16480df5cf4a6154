package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CrossChecksTest {

    private static final MonthlyReport REPORT = report(1).build();

    private static EnterpriseMonthSummary rows(long rows, long allowancePaid, long contributionsDue) {
        return EnterpriseMonthSummary.of(id(1), PERIOD, DisbursementSummary.ofTotals(rows, rows, rows,
                DueAndPaid.ofFen(66_785_000, allowancePaid), DueAndPaid.ofFen(contributionsDue, 20_000_000)));
    }

    @Test
    void matchingControlTotalsFindNothing() {
        assertEquals(List.of(), CrossChecks.againstRows(REPORT, rows(1900, 66_785_000, 28_889_600)));
    }

    @Test
    void eachDifferingFigureIsAFinding() {
        List<Finding> f = CrossChecks.againstRows(REPORT, rows(1899, 66_784_999, 28_889_601));
        assertEquals(List.of("rows", "allowance.paidFen", "contributions.dueFen"),
                f.stream().map(x -> x.arguments().get("figure")).collect(Collectors.toList()));
        assertEquals(ProblemCode.REPORT_CONTROL_TOTAL_DIFFERS, f.get(0).code());
        assertEquals("1900", f.get(0).arguments().get("declared"));
        assertEquals("1899", f.get(0).arguments().get("computed"));
        assertEquals(id(1).toString(), f.get(0).subject());
    }

    @Test
    void rowsOfAnotherEnterpriseOrMonthAreRefused() {
        EnterpriseMonthSummary other = EnterpriseMonthSummary.of(id(2), PERIOD, DisbursementSummary.identity());
        assertThrows(IllegalArgumentException.class, () -> CrossChecks.againstRows(REPORT, other));
        EnterpriseMonthSummary otherMonth = EnterpriseMonthSummary.of(id(1), PERIOD.plusMonths(1),
                DisbursementSummary.identity());
        assertThrows(IllegalArgumentException.class, () -> CrossChecks.againstRows(REPORT, otherMonth));
    }

    @Test
    void aPlanThatIsTheThreeThirdsSplitFindsNothing() {
        MonthlyReport r = report(1).funds(FundsReport.of(SourceAmounts.ofFen(33, 34, 34), SourceAmounts.zero())).build();
        assertEquals(List.of(), CrossChecks.againstThreeThirds(r, Ratio.ONE_THIRD));
    }

    @Test
    void aPlanOffTheThreeThirdsIsAFindingPerSource() {
        MonthlyReport r = report(1).funds(FundsReport.of(SourceAmounts.ofFen(50, 25, 26), SourceAmounts.zero())).build();
        List<Finding> f = CrossChecks.againstThreeThirds(r, Ratio.ONE_THIRD);
        assertEquals(List.of("ENTERPRISE:50:33", "SOCIAL:25:34", "FISCAL:26:34"), f.stream()
                .map(x -> x.arguments().get("source") + ":" + x.arguments().get("declaredFen") + ":"
                        + x.arguments().get("expectedFen")).collect(Collectors.toList()));
        assertEquals(ProblemCode.REPORT_FUNDS_PLAN_DIFFERS, f.get(0).code());
        assertEquals(List.of(), CrossChecks.againstThreeThirds(
                report(1).funds(FundsReport.of(SourceAmounts.ofFen(60, 33, 7), SourceAmounts.zero())).build(),
                Ratio.of(3, 5)));
    }

    @Test
    void aPlanIsComparedWithAComputedFundingPlan() {
        MonthlyReport r = report(1).funds(FundsReport.of(SourceAmounts.ofFen(300, 300, 300), SourceAmounts.zero()))
                .build();
        assertEquals(List.of(), CrossChecks.againstPlan(r, SourceAmounts.ofFen(300, 300, 300)));
        assertEquals(1, CrossChecks.againstPlan(r, SourceAmounts.ofFen(300, 300, 301)).size());
    }
}
