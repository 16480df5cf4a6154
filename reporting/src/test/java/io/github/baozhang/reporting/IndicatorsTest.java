package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.RiskAssessment;
import io.github.baozhang.incident.RiskFactors;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.ReportSummary;
import io.github.baozhang.enterprise.ProductionStatus;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static ReportSummary summary(long laidOff, long inCentre, long agreements, long reemployed) {
        return ReportSummary.builder().monitored(4).reported(3).onTime(2).laidOffWorkers(laidOff).inCentre(inCentre)
                .agreementsSigned(agreements).reemployed(reemployed).allowance(Money.ofFen(1000), Money.ofFen(900))
                .contributions(Money.ofFen(500), Money.ofFen(600))
                .funds(SourceAmounts.ofFen(300, 300, 0), SourceAmounts.ofFen(100, 600, 5)).build();
    }

    @Test
    void everyIndicatorKeepsItsNumeratorAndDenominator() {
        Indicators i = Indicators.of(summary(2000, 1900, 1850, 100));
        assertEquals("3/4", i.completeness().toString());
        assertEquals("2/4", i.timeliness().toString());
        assertEquals("1900/2000", i.inCentreShare().toString());
        assertEquals(Optional.of(BasisPoints.of(9500)), i.inCentreShare().basisPoints());
        assertEquals("1850/1900", i.agreementShare().toString());
        assertEquals(Optional.of(BasisPoints.of(9736)), i.agreementShare().basisPoints());
        assertEquals(Optional.of(Ratio.of(37, 38)), i.agreementShare().ratio());
        assertEquals("900/1000", i.allowancePaidShare().toString());
        assertEquals("600/500", i.contributionsPaidShare().toString());
        assertEquals(Money.ofFen(100), i.allowanceArrears());
        assertEquals(Money.zero(), i.contributionsArrears());
    }

    @Test
    void theReemploymentRateIsReemployedOverLaidOffPlusReemployed() {
        Indicators i = Indicators.of(summary(1900, 1800, 1700, 100));
        assertEquals(100, i.reemployed());
        assertEquals("100/2000", i.reemploymentRate().toString());
        assertEquals(Optional.of(BasisPoints.of(500)), i.reemploymentRate().basisPoints());
    }

    @Test
    void aShareWithNothingBelowHasNoRate() {
        Indicators i = Indicators.of(ReportSummary.identity());
        assertEquals(Optional.empty(), i.inCentreShare().basisPoints());
        assertEquals(Optional.empty(), i.completeness().ratio());
    }

    @Test
    void arrivalRatesFollowRuleSeven() {
        Indicators i = Indicators.of(summary(1, 1, 1, 0));
        assertEquals(Optional.of(BasisPoints.of(3333)), i.arrival(FundingSource.ENTERPRISE).basisPoints());
        assertEquals(Optional.of(BasisPoints.of(20000)), i.arrival(FundingSource.SOCIAL).basisPoints());
        assertEquals(Optional.of(BasisPoints.of(10000)), i.arrival(FundingSource.FISCAL).basisPoints());
        assertEquals("705/600", i.arrivalOverall().toString());
        assertEquals(Optional.of(BasisPoints.of(11750)), i.arrivalOverall().basisPoints());
        assertTrue(i.arrivalOverall().isArrivalRate());
        assertEquals(Optional.of(BasisPoints.of(1_000_000)), Indicator.arrival(1000, 1).basisPoints());
    }

    @Test
    void newAndReducedLaidOffCompareWithThePreviousMonth() {
        Indicators up = Indicators.of(summary(2100, 0, 0, 0), Optional.of(summary(2000, 0, 0, 0)));
        assertEquals(Optional.of(100L), up.newLaidOff());
        assertEquals(Optional.of(0L), up.reducedLaidOff());
        Indicators down = Indicators.of(summary(1950, 0, 0, 0), Optional.of(summary(2000, 0, 0, 0)));
        assertEquals(Optional.of(0L), down.newLaidOff());
        assertEquals(Optional.of(50L), down.reducedLaidOff());
        assertEquals(Optional.empty(), Indicators.of(summary(1, 0, 0, 0)).newLaidOff());
    }

    @Test
    void paidOnTimeAndInFullComeFromTheWorkerRows() {
        DisbursementSummary rows = DisbursementSummary.ofTotals(10, 7, 9, DueAndPaid.ofFen(100, 90),
                DueAndPaid.ofFen(50, 50));
        assertEquals("9/10", Indicators.paidOnTime(rows).toString());
        assertEquals("7/10", Indicators.paidInFull(rows).toString());
    }

    @Test
    void riskLevelsAreCountedForEveryLevel() {
        OrganizationCode id = Samples.id(1);
        RiskAssessment green = RiskAssessment.assess(id, PERIOD, RiskFactors.none(), RiskThresholds.defaults());
        RiskAssessment orange = RiskAssessment.assess(Samples.id(2), PERIOD,
                RiskFactors.builder().production(ProductionStatus.STOPPED).build(), RiskThresholds.defaults());
        Map<RiskLevel, Long> counts = Indicators.riskLevels(List.of(green, orange, green));
        assertEquals(Map.of(RiskLevel.GREEN, 2L, RiskLevel.YELLOW, 0L, RiskLevel.ORANGE, 1L, RiskLevel.RED, 0L), counts);
        assertEquals(List.of(RiskLevel.values()), new ArrayList<>(counts.keySet()));
    }

    @Test
    void theOverallArrivalRateIsExactBeyondTheLongRange() {
        ReportSummary big = ReportSummary.builder()
                .funds(SourceAmounts.ofFen(Long.MAX_VALUE, Long.MAX_VALUE, 0), SourceAmounts.ofFen(Long.MAX_VALUE, 0, 0))
                .build();
        Indicator overall = Indicators.of(big).arrivalOverall();
        assertEquals(java.math.BigInteger.valueOf(Long.MAX_VALUE).multiply(java.math.BigInteger.TWO), overall.denominator());
        assertEquals(Optional.of(BasisPoints.of(5000)), overall.basisPoints());
    }

    @Test
    void aNegativeIndicatorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Indicator.share(-1, 2));
    }

    private static Bulletin bulletin(YearMonth period, Map<DivisionCode, ReportSummary> provinces) {
        ReportSummary national = provinces.values().stream().reduce(ReportSummary.identity(), ReportSummary::merge);
        return Bulletin.of(period, national, provinces, Map.of(), List.of());
    }

    private static ReportSummary funds(long monitored, long onTime, long received, long plan) {
        return ReportSummary.builder().monitored(monitored).reported(monitored).onTime(onTime)
                .funds(SourceAmounts.ofFen(plan, 0, 0), SourceAmounts.ofFen(received, 0, 0)).build();
    }

    @Test
    void provincesAreRankedByArrivalThenTimelinessThenCompletenessTiesShareARank() {
        DivisionCode a = DivisionCode.parse("110000");
        DivisionCode b = DivisionCode.parse("210000");
        DivisionCode c = DivisionCode.parse("310000");
        DivisionCode d = DivisionCode.parse("440000");
        DivisionCode e = DivisionCode.parse("510000");
        Bulletin bulletin = bulletin(PERIOD, Map.of(
                a, funds(2, 1, 50, 100),
                b, funds(2, 2, 90, 100),
                c, funds(2, 1, 90, 100),
                d, funds(4, 2, 9, 10),
                e, funds(1, 1, 0, 0)));
        List<String> order = ProvinceRanking.of(bulletin).entries().stream()
                .map(x -> x.rank() + ":" + x.province()).collect(Collectors.toList());
        assertEquals(List.of("1:510000", "2:210000", "3:310000", "3:440000", "5:110000"), order);
    }

    @Property(tries = 100)
    void theRankingIsAPermutationWithNonDecreasingRanks(@ForAll @IntRange(min = 0, max = 12) int n,
            @ForAll @LongRange(min = 0, max = 5) long seed) {
        java.util.Random random = new java.util.Random(seed * 31 + n);
        Map<DivisionCode, ReportSummary> provinces = new java.util.TreeMap<>();
        String[] codes = {"110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000", "310000",
            "320000", "330000", "340000"};
        for (int k = 0; k < n; k++) {
            provinces.put(DivisionCode.parse(codes[k]), funds(1 + random.nextInt(3), random.nextInt(2),
                    random.nextInt(4), random.nextInt(4)));
        }
        List<ProvinceRanking.Entry> entries = ProvinceRanking.of(bulletin(PERIOD, provinces)).entries();
        assertEquals(provinces.keySet(), entries.stream().map(ProvinceRanking.Entry::province)
                .collect(Collectors.toSet()));
        for (int k = 0; k < entries.size(); k++) {
            assertTrue(entries.get(k).rank() <= k + 1);
            assertTrue(k == 0 || entries.get(k).rank() >= entries.get(k - 1).rank());
        }
    }

    @Test
    void theTrendListsTheMonthsOfTheYearInOrderWithThePreviousMonth() {
        List<Bulletin> bulletins = new ArrayList<>();
        DivisionCode p = DivisionCode.parse("210000");
        bulletins.add(bulletin(YearMonth.of(2000, 3), Map.of(p, summary(1900, 0, 0, 0))));
        bulletins.add(bulletin(YearMonth.of(1999, 12), Map.of(p, summary(2000, 0, 0, 0))));
        bulletins.add(bulletin(YearMonth.of(2000, 1), Map.of(p, summary(2050, 0, 0, 0))));
        bulletins.add(bulletin(YearMonth.of(2001, 1), Map.of(p, summary(1, 0, 0, 0))));
        Trend t = Trend.of(Year.of(2000), bulletins);
        assertEquals(List.of(YearMonth.of(2000, 1), YearMonth.of(2000, 3)), t.periods());
        assertEquals(Optional.of(50L), t.months().get(YearMonth.of(2000, 1)).newLaidOff());
        assertEquals(Optional.empty(), t.months().get(YearMonth.of(2000, 3)).newLaidOff());
        assertThrows(IllegalArgumentException.class, () -> Trend.of(Year.of(2000),
                List.of(bulletins.get(0), bulletins.get(0))));
    }

    @Test
    void indicatorsOfARolledUpBulletinAddUp() {
        Bulletin b = RollUp.buildBulletin(PERIOD, List.of(enterprise(1, "210000", Industry.METALLURGY),
                enterprise(2, "220000", Industry.OTHER)), List.of(report(1).funds(FundsReport.of(
                        SourceAmounts.ofFen(300, 300, 300), SourceAmounts.ofFen(300, 300, 300))).build()),
                HolidayCalendar.weekendsOnly());
        BulletinView v = BulletinView.of(b);
        assertEquals("1/2", v.national().completeness().toString());
        assertEquals("1900/2000", v.provinces().get(DivisionCode.parse("210000")).inCentreShare().toString());
        assertEquals("0/0", v.provinces().get(DivisionCode.parse("220000")).inCentreShare().toString());
        assertEquals(2, v.ranking().entries().size());
    }
}
