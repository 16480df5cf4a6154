package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Severity;
import io.github.baozhang.problem.Violation;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of the funding rules v1 of INTERCHANGE.md, rule by rule, and one worked case per category. */
class ThreeThirdsTest {

    private static final long MAX = Long.MAX_VALUE;

    static FundingCase.Builder caseOf(FundingCategory category) {
        return FundingArbitraries.caseOf(category).id(category.name().toLowerCase(java.util.Locale.ROOT));
    }

    static SourceAmounts fen(long enterprise, long social, long fiscal) {
        return SourceAmounts.ofFen(enterprise, social, fiscal);
    }

    static BasisPoints bp(long value) {
        return BasisPoints.of(value);
    }

    static Finding gapFinding(String caseId, FundingSource source, Payer payer, long gapFen) {
        return Finding.of(ProblemCode.FUNDING_GAP, caseId,
                Map.of("source", source.name(), "payer", payer.name(), "gapFen", Long.toString(gapFen)));
    }

    static List<ProblemCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).collect(Collectors.toList());
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(v -> v.location().field().orElse("")).collect(Collectors.toList());
    }

    static FundingResult fund(FundingCase c) {
        FundingOutcome outcome = ThreeThirds.evaluate(c);
        assertTrue(outcome.isFunded(), () -> "rejected: " + outcome.violations());
        return outcome.result();
    }

    @Test
    void theConstantsAreThoseOfTheRules() {
        assertEquals(Ratio.of(1, 3), ThreeThirds.SOCIAL_RATIO);
        assertEquals(Ratio.of(2, 3), ThreeThirds.MAX_ENTERPRISE_RATIO);
        assertEquals(1_000_000L, ThreeThirds.ARRIVAL_CAP);
    }

    /** Rules 1 and 2: the ratios and the split by largest remainder. */
    @Nested
    class Plan {

        @Test
        void oneHundredFenAtThirdsIs33_33_34() {
            assertEquals(fen(33, 33, 34), ThreeThirds.plan(Money.ofFen(100), Ratio.ONE_THIRD));
        }

        @Test
        void oneHundredAndOneFenAtThirdsIs33_34_34() {
            assertEquals(fen(33, 34, 34), ThreeThirds.plan(Money.ofFen(101), Ratio.ONE_THIRD));
        }

        @Test
        void theOddFenGoFirstToFiscalThenToSocialNeverToTheEnterpriseAtThirds() {
            assertEquals(fen(0, 0, 1), ThreeThirds.plan(Money.ofFen(1), Ratio.ONE_THIRD));
            assertEquals(fen(0, 1, 1), ThreeThirds.plan(Money.ofFen(2), Ratio.ONE_THIRD));
            assertEquals(fen(1, 1, 1), ThreeThirds.plan(Money.ofFen(3), Ratio.ONE_THIRD));
        }

        @Test
        void zeroRequirementPlansZeroEverywhere() {
            assertEquals(SourceAmounts.zero(), ThreeThirds.plan(Money.zero(), Ratio.ONE_THIRD));
            assertEquals(SourceAmounts.zero(), ThreeThirds.plan(Money.zero(), Ratio.TWO_THIRDS));
        }

        @Test
        void enterpriseRatioZeroLeavesTwoThirdsToFinance() {
            // exact 0 / 33.33 / 66.67: the leftover fen goes to the largest fraction, fiscal
            assertEquals(fen(0, 33, 67), ThreeThirds.plan(Money.ofFen(100), Ratio.ZERO));
            assertEquals(Ratio.TWO_THIRDS, ThreeThirds.fiscalRatio(Ratio.ZERO));
        }

        @Test
        void enterpriseRatioOneHalfLeavesOneSixthToFinance() {
            // exact 50 / 33.33 / 16.67
            assertEquals(fen(50, 33, 17), ThreeThirds.plan(Money.ofFen(100), Ratio.of(1, 2)));
            // exact 50.5 / 33.67 / 16.83: two leftover fen, to the two largest fractions
            assertEquals(fen(50, 34, 17), ThreeThirds.plan(Money.ofFen(101), Ratio.of(1, 2)));
            assertEquals(Ratio.of(1, 6), ThreeThirds.fiscalRatio(Ratio.of(1, 2)));
        }

        @Test
        void enterpriseRatioTwoThirdsLeavesNothingToFinance() {
            // exact 66.67 / 33.33 / 0
            assertEquals(fen(67, 33, 0), ThreeThirds.plan(Money.ofFen(100), Ratio.TWO_THIRDS));
            // exact 67.33 / 33.67 / 0
            assertEquals(fen(67, 34, 0), ThreeThirds.plan(Money.ofFen(101), Ratio.TWO_THIRDS));
            assertEquals(Ratio.ZERO, ThreeThirds.fiscalRatio(Ratio.TWO_THIRDS));
        }

        @Test
        void twoSixthsIsOneThird() {
            Ratio twoSixths = Ratio.parse("2/6");
            assertEquals(Ratio.ONE_THIRD, twoSixths);
            assertEquals(Ratio.ONE_THIRD, ThreeThirds.fiscalRatio(twoSixths));
            assertEquals(ThreeThirds.plan(Money.ofFen(101), Ratio.ONE_THIRD), ThreeThirds.plan(Money.ofFen(101), twoSixths));
        }

        @Test
        void theLargestRequirementSplitsExactly() {
            // MAX = 3 × 3074457345618258602 + 1: the one odd fen goes to fiscal
            assertEquals(fen(3074457345618258602L, 3074457345618258602L, 3074457345618258603L),
                    ThreeThirds.plan(Money.ofFen(MAX), Ratio.ONE_THIRD));
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1/3", "-1/1000000", "3/4", "2000001/3000000", "1/1"})
        void planAndFiscalRatioRejectARatioOutsideZeroToTwoThirds(String ratio) {
            Ratio r = Ratio.parse(ratio);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ThreeThirds.plan(Money.ofFen(100), r));
            assertTrue(e.getMessage().endsWith(r.toString()), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> ThreeThirds.fiscalRatio(r));
        }

        @Test
        void planRejectsANegativeRequirement() {
            assertThrows(IllegalArgumentException.class, () -> ThreeThirds.plan(Money.ofFen(-1), Ratio.ONE_THIRD));
        }

        @Test
        void nullArgumentsThrowNamingTheParameter() {
            assertAll(
                    () -> assertEquals("requirement", assertThrows(NullPointerException.class,
                            () -> ThreeThirds.plan(null, Ratio.ONE_THIRD)).getMessage()),
                    () -> assertEquals("enterpriseRatio", assertThrows(NullPointerException.class,
                            () -> ThreeThirds.plan(Money.ofFen(1), null)).getMessage()),
                    () -> assertEquals("enterpriseRatio", assertThrows(NullPointerException.class,
                            () -> ThreeThirds.fiscalRatio(null)).getMessage()));
        }
    }

    /** Rule 7: arrival rates. */
    @Nested
    class ArrivalRate {

        private BasisPoints rate(long received, long plan) {
            return ThreeThirds.arrivalRate(BigInteger.valueOf(received), BigInteger.valueOf(plan));
        }

        @Test
        void aZeroPlanHasArrivedInFullWhateverWasReceived() {
            assertEquals(bp(10_000), rate(0, 0));
            assertEquals(bp(10_000), rate(5, 0));
        }

        @Test
        void theRateIsRoundedDown() {
            assertEquals(bp(6_666), rate(2, 3));
            assertEquals(bp(3_333), rate(1, 3));
            assertEquals(bp(0), rate(0, 3));
            assertEquals(bp(10_000), rate(3, 3));
        }

        @Test
        void theRateIsCappedAtAHundredTimesThePlan() {
            assertEquals(bp(999_999), rate(999_999, 10_000));
            assertEquals(bp(1_000_000), rate(1_000_000, 10_000));
            assertEquals(bp(1_000_000), rate(1_000_001, 10_000));
            assertEquals(bp(1_000_000), rate(301, 3));
            assertEquals(bp(1_000_000), rate(MAX, 1));
        }

        @Test
        void sumsBeyondSixtyFourBitsAreComputedExactly() {
            BigInteger threeMax = BigInteger.valueOf(MAX).multiply(BigInteger.valueOf(3));
            assertEquals(bp(30_000), ThreeThirds.arrivalRate(threeMax, BigInteger.valueOf(MAX)));
            assertEquals(bp(29_999), ThreeThirds.arrivalRate(threeMax.subtract(BigInteger.ONE), BigInteger.valueOf(MAX)));
        }

        @Test
        void negativeReceiptsOrPlanAreRejected() {
            assertThrows(IllegalArgumentException.class, () -> rate(-1, 10));
            assertThrows(IllegalArgumentException.class, () -> rate(10, -1));
            assertThrows(IllegalArgumentException.class, () -> rate(0, -1));
        }

        @Test
        void negativeReceiptsOverAZeroPlanAreRejectedNotFull() {
            assertThrows(IllegalArgumentException.class, () -> rate(-1, 0));
        }

        @Test
        void nullArgumentsThrowNamingTheParameter() {
            assertEquals("received", assertThrows(NullPointerException.class,
                    () -> ThreeThirds.arrivalRate(null, BigInteger.ONE)).getMessage());
            assertEquals("plan", assertThrows(NullPointerException.class,
                    () -> ThreeThirds.arrivalRate(BigInteger.ONE, null)).getMessage());
        }
    }

    /** A full worked case for each category, with partial receipts. */
    @Nested
    class WorkedCases {

        /**
         * A central metallurgy enterprise, thirds, R = ¥900.00: the enterprise and the UI pool
         * fall short, central finance sent more than its third. Central finance backstops both
         * gaps; the fiscal excess offsets neither.
         */
        @Test
        void centralEnterpriseEveryGapToCentralFinance() {
            FundingCase c = caseOf(FundingCategory.CENTRAL).id("c-1")
                    .requirement(Money.ofFen(90_000))
                    .received(fen(10_000, 25_000, 45_000))
                    .uiArrears(Money.ofFen(12_345))
                    .build();
            FundingResult r = fund(c);

            assertEquals("c-1", r.caseId());
            assertEquals(YearMonth.of(1999, 12), r.period());
            assertEquals(FundingCategory.CENTRAL, r.category());
            assertEquals(Money.ofFen(90_000), r.requirement());
            assertEquals(Ratio.ONE_THIRD, r.enterpriseRatio());
            assertEquals(Money.ofFen(12_345), r.uiArrears());
            assertEquals(fen(30_000, 30_000, 30_000), r.plan());
            assertEquals(Map.of(FundingSource.ENTERPRISE, Payer.ENTERPRISE, FundingSource.SOCIAL, Payer.UI_FUND_LOCAL,
                    FundingSource.FISCAL, Payer.FINANCE_CENTRAL), r.payers());
            assertEquals(fen(10_000, 25_000, 45_000), r.received());
            assertEquals(fen(20_000, 5_000, 0), r.gap());
            assertEquals(Money.ofFen(25_000), r.gapTotal());
            assertEquals(fen(0, 0, 15_000), r.excess());
            assertEquals(ArrivalRates.of(bp(3_333), bp(8_333), bp(15_000), bp(8_888)), r.arrival());
            assertEquals(List.of(
                    Backstop.of(FundingSource.ENTERPRISE, Payer.FINANCE_CENTRAL, Money.ofFen(20_000)),
                    Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_CENTRAL, Money.ofFen(5_000))), r.backstops());
            assertEquals(List.of(
                    gapFinding("c-1", FundingSource.ENTERPRISE, Payer.FINANCE_CENTRAL, 20_000),
                    gapFinding("c-1", FundingSource.SOCIAL, Payer.FINANCE_CENTRAL, 5_000),
                    Finding.of(ProblemCode.UI_PREMIUM_ARREARS, "c-1", Map.of("uiArrearsFen", "12345"))), r.findings());
        }

        /**
         * A local enterprise assessed able to carry half, R = 100001 fen: the enterprise and
         * local finance fall short, the UI pool overpays. Local finance backstops both gaps.
         */
        @Test
        void localEnterpriseEveryGapToLocalFinance() {
            FundingCase c = caseOf(FundingCategory.LOCAL).id("l-1")
                    .requirement(Money.ofFen(100_001))
                    .enterpriseRatio(Ratio.of(1, 2))
                    .received(fen(25_000, 40_000, 10_000))
                    .build();
            FundingResult r = fund(c);

            assertEquals(FundingCategory.LOCAL, r.category());
            assertEquals(Ratio.of(1, 2), r.enterpriseRatio());
            // exact 50000.5 / 33333.67 / 16666.83
            assertEquals(fen(50_000, 33_334, 16_667), r.plan());
            assertEquals(Map.of(FundingSource.ENTERPRISE, Payer.ENTERPRISE, FundingSource.SOCIAL, Payer.UI_FUND_LOCAL,
                    FundingSource.FISCAL, Payer.FINANCE_LOCAL), r.payers());
            assertEquals(fen(25_000, 0, 6_667), r.gap());
            assertEquals(Money.ofFen(31_667), r.gapTotal());
            assertEquals(fen(0, 6_666, 0), r.excess());
            assertEquals(ArrivalRates.of(bp(5_000), bp(11_999), bp(5_999), bp(7_499)), r.arrival());
            assertEquals(List.of(
                    Backstop.of(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, Money.ofFen(25_000)),
                    Backstop.of(FundingSource.FISCAL, Payer.FINANCE_LOCAL, Money.ofFen(6_667))), r.backstops());
            // no arrears, and a local enterprise's own gap is no matter for Shougang HQ
            assertEquals(List.of(
                    gapFinding("l-1", FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 25_000),
                    gapFinding("l-1", FundingSource.FISCAL, Payer.FINANCE_LOCAL, 6_667)), r.findings());
            assertEquals(Money.zero(), r.uiArrears());
        }

        /**
         * A Shougang external plant: 1200 workers for one month at the Beijing 1999 rates,
         * ¥361.00 allowance and ¥156.16 contributions, R = 1200 × 51716 = 62,059,200 fen. The
         * plant and the UI pool fall short, local finance overpays: Shougang HQ makes up the
         * plant's own gap, local finance the social one.
         */
        @Test
        void shougangExternalEnterpriseGapToShougangHqOthersToLocalFinance() {
            FundingCase c = caseOf(FundingCategory.SHOUGANG_EXTERNAL).id("sg-1")
                    .perWorker(PerWorkerCost.of(1_200, 1, Money.ofFen(36_100), Money.ofFen(15_616)))
                    .received(fen(12_000_000, 15_000_000, 25_000_000))
                    .uiArrears(Money.ofFen(3_000_000))
                    .build();
            FundingResult r = fund(c);

            assertEquals(FundingCategory.SHOUGANG_EXTERNAL, r.category());
            assertEquals(Money.ofFen(62_059_200), r.requirement());
            assertEquals(fen(20_686_400, 20_686_400, 20_686_400), r.plan());
            assertEquals(Map.of(FundingSource.ENTERPRISE, Payer.ENTERPRISE, FundingSource.SOCIAL, Payer.UI_FUND_LOCAL,
                    FundingSource.FISCAL, Payer.FINANCE_LOCAL), r.payers());
            assertEquals(fen(8_686_400, 5_686_400, 0), r.gap());
            assertEquals(Money.ofFen(14_372_800), r.gapTotal());
            assertEquals(fen(0, 0, 4_313_600), r.excess());
            assertEquals(ArrivalRates.of(bp(5_800), bp(7_251), bp(12_085), bp(8_379)), r.arrival());
            assertEquals(List.of(
                    Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(8_686_400)),
                    Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.ofFen(5_686_400))), r.backstops());
            assertEquals(List.of(
                    gapFinding("sg-1", FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, 8_686_400),
                    gapFinding("sg-1", FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 5_686_400),
                    Finding.of(ProblemCode.UI_PREMIUM_ARREARS, "sg-1", Map.of("uiArrearsFen", "3000000")),
                    Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "sg-1", Map.of("gapFen", "8686400"))), r.findings());
        }

        @Test
        void backstopsComeInTheOrderEnterpriseSocialFiscal() {
            FundingResult r = fund(caseOf(FundingCategory.SHOUGANG_EXTERNAL).id("sg-2")
                    .requirement(Money.ofFen(300)).received(fen(40, 0, 50)).build());
            assertEquals(fen(60, 100, 50), r.gap());
            assertEquals(List.of(
                    Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(60)),
                    Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.ofFen(100)),
                    Backstop.of(FundingSource.FISCAL, Payer.FINANCE_LOCAL, Money.ofFen(50))), r.backstops());
            assertEquals(ArrivalRates.of(bp(4_000), bp(0), bp(5_000), bp(3_000)), r.arrival());
            assertEquals(List.of(
                    gapFinding("sg-2", FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, 60),
                    gapFinding("sg-2", FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 100),
                    gapFinding("sg-2", FundingSource.FISCAL, Payer.FINANCE_LOCAL, 50),
                    Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "sg-2", Map.of("gapFen", "60"))), r.findings());
        }

        @Test
        void aShougangPlantThatPaidItsOwnShareHasNoShortfallForHeadquarters() {
            FundingResult r = fund(caseOf(FundingCategory.SHOUGANG_EXTERNAL).id("sg-3")
                    .requirement(Money.ofFen(300)).received(fen(100, 0, 100)).build());
            assertEquals(List.of(Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.ofFen(100))), r.backstops());
            assertEquals(List.of(gapFinding("sg-3", FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 100)), r.findings());
        }

        @Test
        void aCentralEnterpriseWithAnOwnGapHasNoShougangShortfall() {
            FundingResult r = fund(caseOf(FundingCategory.CENTRAL).id("c-2")
                    .requirement(Money.ofFen(300)).received(fen(0, 100, 100)).build());
            assertEquals(List.of(gapFinding("c-2", FundingSource.ENTERPRISE, Payer.FINANCE_CENTRAL, 100)), r.findings());
        }

        @Test
        void anExcessInOneSourceNeverOffsetsAnotherSourcesGap() {
            // receipts total the requirement exactly, yet the enterprise and the UI pool fall short
            FundingResult r = fund(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(300))
                    .received(fen(0, 50, 250)).build());
            assertEquals(fen(100, 50, 0), r.gap());
            assertEquals(fen(0, 0, 150), r.excess());
            assertEquals(Money.ofFen(150), r.gapTotal());
            assertEquals(bp(10_000), r.arrival().overall());
            assertEquals(2, r.backstops().size());
        }

        @Test
        void fullReceiptsLeaveNoGapNoBackstopAndNoFinding() {
            FundingResult r = fund(caseOf(FundingCategory.SHOUGANG_EXTERNAL).requirement(Money.ofFen(101))
                    .received(fen(33, 34, 34)).build());
            assertEquals(SourceAmounts.zero(), r.gap());
            assertEquals(SourceAmounts.zero(), r.excess());
            assertEquals(ArrivalRates.of(bp(10_000), bp(10_000), bp(10_000), bp(10_000)), r.arrival());
            assertEquals(List.of(), r.backstops());
            assertEquals(List.of(), r.findings());
        }

        @Test
        void aGapOfOneFenIsStillAGap() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(101))
                    .received(fen(33, 33, 34)).build());
            assertEquals(fen(0, 1, 0), r.gap());
            assertEquals(List.of(Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.ofFen(1))), r.backstops());
            assertEquals(bp(9_705), r.arrival().social());
        }

        @Test
        void arrearsNeverReduceTheSocialShareAndAreEchoedBesideIt() {
            FundingCase without = caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(300)).build();
            FundingResult a = fund(without);
            FundingResult b = fund(without.withUiArrears(Money.ofFen(1_000_000)));
            assertEquals(Money.ofFen(100), b.plan().social());
            assertEquals(a.plan(), b.plan());
            assertEquals(a.gap(), b.gap());
            assertEquals(a.backstops(), b.backstops());
            assertEquals(Money.ofFen(1_000_000), b.uiArrears());
            assertEquals(Finding.of(ProblemCode.UI_PREMIUM_ARREARS, without.id(), Map.of("uiArrearsFen", "1000000")),
                    b.findings().get(b.findings().size() - 1));
            assertFalse(a.findings().stream().anyMatch(f -> f.code() == ProblemCode.UI_PREMIUM_ARREARS));
        }

        @Test
        void aZeroRequirementHasArrivedInFull() {
            FundingResult r = fund(caseOf(FundingCategory.CENTRAL).requirement(Money.zero()).build());
            assertEquals(SourceAmounts.zero(), r.plan());
            assertEquals(ArrivalRates.of(bp(10_000), bp(10_000), bp(10_000), bp(10_000)), r.arrival());
            assertEquals(List.of(), r.backstops());
            assertEquals(List.of(), r.findings());

            FundingResult paid = fund(caseOf(FundingCategory.CENTRAL).requirement(Money.zero())
                    .received(fen(1, 2, 3)).build());
            assertEquals(fen(1, 2, 3), paid.excess());
            assertEquals(ArrivalRates.of(bp(10_000), bp(10_000), bp(10_000), bp(10_000)), paid.arrival());
        }

        @Test
        void arrivalRatesAreCappedWhenReceiptsExceedAHundredTimesThePlan() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(3))
                    .received(fen(101, 100, 99)).build());
            assertEquals(fen(1, 1, 1), r.plan());
            assertEquals(ArrivalRates.of(bp(1_000_000), bp(1_000_000), bp(990_000), bp(1_000_000)), r.arrival());
            assertEquals(fen(100, 99, 98), r.excess());
        }

        @Test
        void theLargestAmountWithTheLargestReceiptsInEverySourceIsExact() {
            FundingResult r = fund(caseOf(FundingCategory.CENTRAL).requirement(Money.ofFen(MAX))
                    .received(fen(MAX, MAX, MAX)).uiArrears(Money.ofFen(MAX)).build());
            assertEquals(fen(3074457345618258602L, 3074457345618258602L, 3074457345618258603L), r.plan());
            assertEquals(SourceAmounts.zero(), r.gap());
            assertEquals(fen(6148914691236517205L, 6148914691236517205L, 6148914691236517204L), r.excess());
            // Σ received = 3 × MAX does not fit a long: the overall rate is exactly 30000
            assertEquals(ArrivalRates.of(bp(30_000), bp(30_000), bp(29_999), bp(30_000)), r.arrival());
            assertEquals(List.of(Finding.of(ProblemCode.UI_PREMIUM_ARREARS, r.caseId(),
                    Map.of("uiArrearsFen", Long.toString(MAX)))), r.findings());
        }

        @Test
        void theLargestReceiptsOverASmallRequirementAreCapped() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(3))
                    .received(fen(MAX, MAX, MAX)).build());
            assertEquals(ArrivalRates.of(bp(1_000_000), bp(1_000_000), bp(1_000_000), bp(1_000_000)), r.arrival());
            assertEquals(fen(MAX - 1, MAX - 1, MAX - 1), r.excess());
        }

        @Test
        void theLargestRequirementWithNothingReceivedIsBackstoppedInFull() {
            FundingResult r = fund(caseOf(FundingCategory.CENTRAL).requirement(Money.ofFen(MAX)).build());
            assertEquals(r.plan(), r.gap());
            assertEquals(Money.ofFen(MAX), r.gapTotal());
            assertEquals(ArrivalRates.of(bp(0), bp(0), bp(0), bp(0)), r.arrival());
            assertEquals(3, r.backstops().size());
        }

        @Test
        void thePerWorkerFormAloneGivesTheRequirement() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL)
                    .perWorker(PerWorkerCost.of(3, 2, Money.ofFen(300), Money.ofFen(200))).build());
            assertEquals(Money.ofFen(3_000), r.requirement());
        }

        @Test
        void bothFormsThatAgreeAreAccepted() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(3_000))
                    .perWorker(PerWorkerCost.of(3, 2, Money.ofFen(300), Money.ofFen(200))).build());
            assertEquals(Money.ofFen(3_000), r.requirement());
        }

        @Test
        void aPerWorkerRequirementOfExactlyLongMaxValueIsInRange() {
            FundingResult r = fund(caseOf(FundingCategory.LOCAL)
                    .perWorker(PerWorkerCost.of(1, 1, Money.ofFen(MAX - 5), Money.ofFen(5))).build());
            assertEquals(Money.ofFen(MAX), r.requirement());
        }

        @Test
        void theRatioBoundsZeroAndTwoThirdsAreValid() {
            assertTrue(ThreeThirds.evaluate(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(9))
                    .enterpriseRatio(Ratio.ZERO).build()).isFunded());
            assertTrue(ThreeThirds.evaluate(caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(9))
                    .enterpriseRatio(Ratio.TWO_THIRDS).build()).isFunded());
        }
    }

    /** Every violation of a case, with its code and field. */
    @Nested
    class Violations {

        private Violation only(FundingCase c) {
            List<Violation> violations = ThreeThirds.check(c);
            assertEquals(1, violations.size(), violations::toString);
            FundingOutcome outcome = ThreeThirds.evaluate(c);
            assertFalse(outcome.isFunded());
            assertEquals(c.id(), outcome.caseId());
            assertEquals(violations, outcome.violations());
            return violations.get(0);
        }

        private FundingCase.Builder valid() {
            return caseOf(FundingCategory.LOCAL).id("v").requirement(Money.ofFen(300));
        }

        @Test
        void aValidCaseHasNoViolation() {
            assertEquals(List.of(), ThreeThirds.check(valid().build()));
        }

        @Test
        void aShougangExternalEnterpriseDeclaredCentral() {
            Violation v = only(valid().affiliation(Affiliation.CENTRAL).shougangExternal(true).build());
            assertEquals(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, v.code());
            assertEquals(Optional.of("shougangExternal"), v.location().field());
            assertEquals(Severity.ERROR, v.severity());
        }

        @Test
        void aNegativeEnterpriseRatio() {
            Violation v = only(valid().enterpriseRatio(Ratio.of(-1, 3)).build());
            assertEquals(ProblemCode.RATIO_OUT_OF_RANGE, v.code());
            assertEquals(Optional.of("enterpriseRatio"), v.location().field());
            assertEquals(Optional.of("-1/3"), v.offendingValue());
            assertEquals(Map.of("value", "-1/3", "min", "0/1", "max", "2/3"), v.arguments());
        }

        @Test
        void anEnterpriseRatioAboveTwoThirds() {
            Violation v = only(valid().enterpriseRatio(Ratio.of(3, 4)).build());
            assertEquals(ProblemCode.RATIO_OUT_OF_RANGE, v.code());
            assertEquals(Optional.of("enterpriseRatio"), v.location().field());
            assertEquals(Optional.of("3/4"), v.offendingValue());
            assertEquals(Map.of("value", "3/4", "min", "0/1", "max", "2/3"), v.arguments());
        }

        @Test
        void noRequirementInEitherForm() {
            Violation v = only(caseOf(FundingCategory.LOCAL).build());
            assertEquals(ProblemCode.FUNDING_REQUIREMENT_MISSING, v.code());
            assertEquals(Optional.of("requirementFen"), v.location().field());
            assertEquals(Map.of("missing", "requirementFen"), v.arguments());
        }

        @Test
        void bothFormsThatDisagree() {
            Violation v = only(valid().requirement(Money.ofFen(3_001))
                    .perWorker(PerWorkerCost.of(3, 2, Money.ofFen(300), Money.ofFen(200))).build());
            assertEquals(ProblemCode.FUNDING_REQUIREMENT_MISMATCH, v.code());
            assertEquals(Optional.of("requirementFen"), v.location().field());
            assertEquals(Map.of("requirementFen", "3001", "computedFen", "3000"), v.arguments());
        }

        @Test
        void bothFormsWhereThePerWorkerFormLeavesSixtyFourBitsDisagree() {
            Violation v = only(valid().requirement(Money.ofFen(MAX))
                    .perWorker(PerWorkerCost.of(2, 1, Money.ofFen(MAX), Money.zero())).build());
            assertEquals(ProblemCode.FUNDING_REQUIREMENT_MISMATCH, v.code());
            assertEquals(BigInteger.valueOf(MAX).shiftLeft(1).toString(), v.arguments().get("computedFen"));
        }

        @Test
        void aPerWorkerRequirementBeyondLongMaxValue() {
            Violation v = only(caseOf(FundingCategory.LOCAL)
                    .perWorker(PerWorkerCost.of(1, 1, Money.ofFen(MAX - 4), Money.ofFen(5))).build());
            assertEquals(ProblemCode.AMOUNT_OUT_OF_RANGE, v.code());
            assertEquals(Optional.of("requirementFen"), v.location().field());
            assertTrue(v.arguments().get("operation").contains("workers"), v.arguments()::toString);
        }

        @ParameterizedTest
        @ValueSource(strings = {"requirementFen", "workers", "months", "allowancePerWorkerFen",
            "contributionsPerWorkerFen", "received.enterpriseFen", "received.socialFen", "received.fiscalFen",
            "uiArrearsFen"})
        void aNegativeValue(String field) {
            Violation v = only(withMinusOne(field));
            assertEquals(ProblemCode.VALUE_NEGATIVE, v.code());
            assertEquals(Optional.of(field), v.location().field());
            assertEquals(Optional.of("-1"), v.offendingValue());
            assertEquals(Map.of("value", "-1"), v.arguments());
        }

        @Test
        void theMostNegativeValueIsReportedAsItIs() {
            Violation v = only(valid().uiArrears(Money.ofFen(Long.MIN_VALUE)).build());
            assertEquals(Map.of("value", Long.toString(Long.MIN_VALUE)), v.arguments());
        }

        /** A case that is valid but for one field, set to −1 (the other per-worker fields stay 1). */
        private FundingCase withMinusOne(String field) {
            long workers = field.equals("workers") ? -1 : 1;
            long months = field.equals("months") ? -1 : 1;
            long allowance = field.equals("allowancePerWorkerFen") ? -1 : 1;
            long contributions = field.equals("contributionsPerWorkerFen") ? -1 : 1;
            FundingCase.Builder b = caseOf(FundingCategory.LOCAL).id("neg");
            if (field.equals("requirementFen")) {
                b.requirement(Money.ofFen(-1));
            } else {
                b.perWorker(PerWorkerCost.of(workers, months, Money.ofFen(allowance), Money.ofFen(contributions)));
            }
            b.received(fen(field.equals("received.enterpriseFen") ? -1 : 0,
                    field.equals("received.socialFen") ? -1 : 0,
                    field.equals("received.fiscalFen") ? -1 : 0));
            b.uiArrears(Money.ofFen(field.equals("uiArrearsFen") ? -1 : 0));
            return b.build();
        }

        @Test
        void everyViolationOfACaseIsReportedNotOnlyTheFirst() {
            FundingCase c = caseOf(FundingCategory.CENTRAL).id("many").shougangExternal(true)
                    .enterpriseRatio(Ratio.of(3, 4))
                    .requirement(Money.ofFen(-5))
                    .received(fen(-1, -2, -3))
                    .uiArrears(Money.ofFen(-4))
                    .build();
            List<Violation> violations = ThreeThirds.check(c);
            assertEquals(List.of(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, ProblemCode.RATIO_OUT_OF_RANGE,
                    ProblemCode.VALUE_NEGATIVE, ProblemCode.VALUE_NEGATIVE, ProblemCode.VALUE_NEGATIVE,
                    ProblemCode.VALUE_NEGATIVE, ProblemCode.VALUE_NEGATIVE), codes(violations));
            assertEquals(List.of("shougangExternal", "enterpriseRatio", "requirementFen", "received.enterpriseFen",
                    "received.socialFen", "received.fiscalFen", "uiArrearsFen"), fields(violations));
            assertEquals(violations, ThreeThirds.evaluate(c).violations());
        }

        @Test
        void everyNegativeValueOfBothFormsIsReportedAndNoMismatchBesideThem() {
            FundingCase c = caseOf(FundingCategory.LOCAL).requirement(Money.ofFen(-1))
                    .perWorker(PerWorkerCost.of(-1, -2, Money.ofFen(-3), Money.ofFen(-4))).build();
            List<Violation> violations = ThreeThirds.check(c);
            assertEquals(List.of("requirementFen", "workers", "months", "allowancePerWorkerFen",
                    "contributionsPerWorkerFen"), fields(violations));
            assertEquals(List.of("-1", "-1", "-2", "-3", "-4"),
                    violations.stream().map(v -> v.arguments().get("value")).collect(Collectors.toList()));
        }

        @Test
        void aNegativePerWorkerValueIsNotAlsoReportedAsOutOfRange() {
            FundingCase c = caseOf(FundingCategory.LOCAL)
                    .perWorker(PerWorkerCost.of(-1, MAX, Money.ofFen(MAX), Money.ofFen(MAX))).build();
            assertEquals(List.of(ProblemCode.VALUE_NEGATIVE), codes(ThreeThirds.check(c)));
        }

        @Test
        void aMissingRequirementIsReportedBesideOtherViolations() {
            FundingCase c = caseOf(FundingCategory.LOCAL).enterpriseRatio(Ratio.of(-1, 3))
                    .received(fen(0, -1, 0)).build();
            assertEquals(List.of(ProblemCode.RATIO_OUT_OF_RANGE, ProblemCode.FUNDING_REQUIREMENT_MISSING,
                    ProblemCode.VALUE_NEGATIVE), codes(ThreeThirds.check(c)));
        }

        @Test
        void aValidRequirementBesideAnotherViolationIsStillRejected() {
            FundingOutcome outcome = ThreeThirds.evaluate(valid().shougangExternal(true)
                    .affiliation(Affiliation.CENTRAL).build());
            assertFalse(outcome.isFunded());
            assertEquals(List.of(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL), codes(outcome.violations()));
        }

        @Test
        void checkReturnsAnUnmodifiableList() {
            List<Violation> violations = ThreeThirds.check(caseOf(FundingCategory.LOCAL).build());
            assertThrows(UnsupportedOperationException.class, violations::clear);
        }

        @Test
        void checkAndEvaluateRejectANullCaseNamingIt() {
            assertEquals("fundingCase", assertThrows(NullPointerException.class,
                    () -> ThreeThirds.check(null)).getMessage());
            assertEquals("fundingCase", assertThrows(NullPointerException.class,
                    () -> ThreeThirds.evaluate(null)).getMessage());
        }

        @Test
        void evaluatingTheSameCaseTwiceGivesEqualOutcomes() {
            FundingCase c = valid().received(fen(1, 2, 3)).build();
            FundingOutcome first = ThreeThirds.evaluate(c);
            assertEquals(first, ThreeThirds.evaluate(c));
            assertSame(c.id(), first.caseId());
        }
    }
}
