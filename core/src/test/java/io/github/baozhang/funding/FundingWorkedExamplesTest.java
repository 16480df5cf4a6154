package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/funding.md and the README, figure for figure. */
class FundingWorkedExamplesTest {

    private static ArrivalRates rates(long e, long s, long f, long overall) {
        return ArrivalRates.of(BasisPoints.of(e), BasisPoints.of(s), BasisPoints.of(f), BasisPoints.of(overall));
    }

    private static List<ProblemCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void thirdsOfOneHundredAndOneHundredAndOneFen() {
        assertEquals(SourceAmounts.ofFen(33, 33, 34), ThreeThirds.plan(Money.ofFen(100), Ratio.ONE_THIRD));
        assertEquals(SourceAmounts.ofFen(33, 34, 34), ThreeThirds.plan(Money.ofFen(101), Ratio.ONE_THIRD));
    }

    @Test
    void aLocalEnterpriseOfOneMillionYuan() {
        FundingResult r = ThreeThirds.evaluate(FundingCase.builder().id("a").affiliation(Affiliation.LOCAL)
                .period(YearMonth.of(1999, 12)).requirement(Money.ofFen(100_000_000))
                .received(SourceAmounts.ofFen(20_000_000, 33_333_333, 40_000_000)).build()).result();
        assertEquals(SourceAmounts.ofFen(33_333_333, 33_333_333, 33_333_334), r.plan());
        assertEquals(SourceAmounts.ofFen(13_333_333, 0, 0), r.gap());
        assertEquals(SourceAmounts.ofFen(0, 0, 6_666_666), r.excess());
        assertEquals(rates(6000, 10000, 11999, 9333), r.arrival());
        assertEquals(List.of(Backstop.of(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, Money.ofFen(13_333_333))),
                r.backstops());
        assertEquals(List.of(Finding.of(ProblemCode.FUNDING_GAP, "a",
                Map.of("source", "ENTERPRISE", "payer", "FINANCE_LOCAL", "gapFen", "13333333"))), r.findings());
        assertEquals(List.of("source", "payer", "gapFen"), List.copyOf(r.findings().get(0).arguments().keySet()));
    }

    @Test
    void aCentralEnterpriseInPremiumArrears() {
        FundingResult r = ThreeThirds.evaluate(FundingCase.builder().id("b").affiliation(Affiliation.CENTRAL)
                .period(YearMonth.of(1999, 12))
                .perWorker(PerWorkerCost.of(2000, 1, Money.parse("286.00"), Money.parse("156.16")))
                .received(SourceAmounts.ofFen(10_000_000, 29_477_333, 0))
                .uiArrears(Money.ofFen(5_000_000)).build()).result();
        assertEquals(Money.ofFen(88_432_000), r.requirement());
        assertEquals(SourceAmounts.ofFen(29_477_333, 29_477_333, 29_477_334), r.plan());
        assertEquals(List.of(
                Backstop.of(FundingSource.ENTERPRISE, Payer.FINANCE_CENTRAL, Money.ofFen(19_477_333)),
                Backstop.of(FundingSource.FISCAL, Payer.FINANCE_CENTRAL, Money.ofFen(29_477_334))), r.backstops());
        assertEquals(List.of(ProblemCode.FUNDING_GAP, ProblemCode.FUNDING_GAP, ProblemCode.UI_PREMIUM_ARREARS),
                codes(r.findings()));
        assertEquals(rates(3392, 10000, 0, 4464), r.arrival());
        assertEquals(Payer.FINANCE_CENTRAL, r.payers().get(FundingSource.FISCAL));
        assertEquals(Money.ofFen(5_000_000), r.uiArrears());
    }

    @Test
    void aShougangExternalPlantCarryingHalf() {
        FundingResult r = ThreeThirds.evaluate(FundingCase.builder().id("c").affiliation(Affiliation.LOCAL)
                .shougangExternal(true).period(YearMonth.of(2000, 3)).requirement(Money.ofFen(101))
                .enterpriseRatio(Ratio.parse("1/2")).received(SourceAmounts.ofFen(20, 34, 17)).build()).result();
        assertEquals(SourceAmounts.ofFen(50, 34, 17), r.plan());
        assertEquals(List.of(Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(30))), r.backstops());
        assertEquals(List.of(ProblemCode.FUNDING_GAP, ProblemCode.SHOUGANG_HQ_SHORTFALL), codes(r.findings()));
        assertEquals(Payer.FINANCE_LOCAL, r.payers().get(FundingSource.FISCAL));
    }

    @Test
    void anInvalidCaseIsAnOutcomeWithEveryViolation() {
        FundingOutcome o = ThreeThirds.evaluate(FundingCase.builder().id("d").affiliation(Affiliation.CENTRAL)
                .shougangExternal(true).period(YearMonth.of(2000, 3)).enterpriseRatio(Ratio.parse("3/4")).build());
        List<Violation> v = o.violations();
        assertEquals(List.of(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, ProblemCode.RATIO_OUT_OF_RANGE,
                ProblemCode.FUNDING_REQUIREMENT_MISSING), v.stream().map(Violation::code).collect(Collectors.toList()));
        assertEquals(List.of("shougangExternal", "enterpriseRatio", "requirementFen"),
                v.stream().map(x -> x.location().field().orElseThrow()).collect(Collectors.toList()));
        assertEquals(Map.of("value", "3/4", "min", "0/1", "max", "2/3"), v.get(1).arguments());
    }

    @Test
    void theReadmeExample() {
        FundingOutcome outcome = ThreeThirds.evaluate(FundingCase.builder()
                .id("130100-1999-12")
                .affiliation(Affiliation.LOCAL)
                .period(YearMonth.of(1999, 12))
                .requirement(Money.parse("1000000.00"))
                .build());
        assertEquals(SourceAmounts.ofFen(33_333_333, 33_333_333, 33_333_334), outcome.result().plan());
        assertEquals(List.of(FundingSource.ENTERPRISE, FundingSource.SOCIAL, FundingSource.FISCAL),
                outcome.result().backstops().stream().map(Backstop::source).collect(Collectors.toList()));
        assertEquals(List.of(Payer.FINANCE_LOCAL, Payer.FINANCE_LOCAL, Payer.FINANCE_LOCAL),
                outcome.result().backstops().stream().map(Backstop::payer).collect(Collectors.toList()));
    }
}
