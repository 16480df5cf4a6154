package io.github.baozhang.validation;

import static io.github.baozhang.validation.BaozhangValidatorTest.codes;
import static io.github.baozhang.validation.BaozhangValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceLadder;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.ContributionPart;
import io.github.baozhang.profile.ContributionPolicy;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.internal.ProfileRules;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules that hold worker rows and reports to a province profile, each passing and failing. */
class ProfileRulesTest {

    private static final BaozhangValidator VALIDATOR = BaozhangValidator.shared();
    private static final DivisionCode LIAONING = DivisionCode.parse("210000");
    private static final YearMonth DECEMBER = YearMonth.of(1999, 12);

    /** From 1999-07-01: 286 yuan in year one, 260 from year two; benefit 200, minimum wage 320. */
    static AllowanceStandard standard() {
        return AllowanceStandard.of(AllowanceLadder.of(Money.ofFen(28_600), Money.ofFen(26_000)),
                Money.ofFen(20_000), Money.ofFen(32_000), Money.ofFen(16_000));
    }

    /** Fixed contributions of 156.16 yuan a month (pension 100, unemployment 6, illness pool 50.16). */
    static ContributionPolicy policy() {
        return ContributionPolicy.builder()
                .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, Money.ofFen(10_000))
                .putFixedAmounts(ContributionPart.UNEMPLOYMENT_EMPLOYER, Money.ofFen(600))
                .putFixedAmounts(ContributionPart.MEDICAL_EMPLOYER, Money.ofFen(5_016))
                .build();
    }

    static ProvinceProfile profile(AllowanceStandard standard) {
        return ProvinceProfile.builder()
                .name("liaoning")
                .province(LIAONING)
                .allowanceStandards(Timeline.of(LocalDate.of(1999, 7, 1), standard))
                .contributionPolicies(Timeline.of(LocalDate.of(1999, 7, 1), policy()))
                .putAverageMonthlyWages(Year.of(1998), Money.ofFen(62_325))
                .putAverageMonthlyWages(Year.of(1999), Money.ofFen(69_550))
                .build();
    }

    static ProvinceProfile profile() {
        return profile(standard());
    }

    /** 王建国, in the centre since 1999-03-10 with an agreement, paid 286 + 156.16 yuan for 1999-12. */
    static DisbursementRecord.Builder row() {
        return DisbursementRecord.builder()
                .worker(Worker.of(CitizenId.parse("11010519491231002X"), "王建国"))
                .enterpriseId(Fixtures.ANSHAN_ID)
                .period(DECEMBER)
                .allowance(Payment.ofFen(28_600, 28_600, LocalDate.of(1999, 12, 15)))
                .contributions(Payment.ofFen(15_616, 15_616, LocalDate.of(1999, 12, 15)))
                .centreEnteredOn(LocalDate.of(1999, 3, 10))
                .agreementSignedOn(LocalDate.of(1999, 3, 10));
    }

    @Nested
    class Profiles {

        @Test
        void aProfileThatKeepsItsPolicyIsValid() {
            assertEquals(List.of(), VALIDATOR.validate(profile()));
            assertEquals(List.of(), VALIDATOR.validate(ProvinceProfile.national()));
        }

        @Test
        void aRisingLadderIsReportedAtItsRung() {
            AllowanceStandard rising = standard().withLadder(AllowanceLadder.of(Money.ofFen(26_000), Money.ofFen(28_600)));
            Violation v = single(VALIDATOR.validate(profile(rising)), ProblemCode.ALLOWANCE_LADDER_INCREASING,
                    "allowanceStandards[0].ladder[1]");
            assertEquals("2", v.arguments().get("year"));
        }

        @Test
        void everyRungIsBetweenTheBenefitAndTheMinimumWage() {
            AllowanceStandard tight = standard().withUnemploymentBenefit(Money.ofFen(27_000))
                    .withMinimumWage(Money.ofFen(28_600));
            List<Violation> violations = VALIDATOR.validate(profile(tight));
            assertEquals(List.of(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT),
                    codes(violations), violations::toString);
            assertEquals("allowanceStandards[0].ladder[0]", violations.get(0).location().field().orElseThrow());
            assertEquals("allowanceStandards[0].ladder[1]", violations.get(1).location().field().orElseThrow());
        }
    }

    @Nested
    class Rows {

        @Test
        void aRowAsTheProfileSaysIsValid() {
            assertEquals(List.of(), VALIDATOR.validate(row().build(), profile()));
        }

        @Test
        void theYearInTheCentreCountsTheMonthOfEntryAsMonthOne() {
            assertEquals(Optional.of(1), ProfileRules.yearInCentre(LocalDate.of(1999, 3, 31), YearMonth.of(1999, 3)));
            assertEquals(Optional.of(1), ProfileRules.yearInCentre(LocalDate.of(1999, 3, 1), YearMonth.of(2000, 2)));
            assertEquals(Optional.of(2), ProfileRules.yearInCentre(LocalDate.of(1999, 3, 1), YearMonth.of(2000, 3)));
            assertEquals(Optional.empty(), ProfileRules.yearInCentre(LocalDate.of(1999, 3, 1), YearMonth.of(1999, 2)));
        }

        @Test
        void theAllowanceIsNotAboveTheRungOfTheWorkersYear() {
            DisbursementRecord yearTwo = row().centreEnteredOn(LocalDate.of(1998, 12, 1))
                    .agreementSignedOn(LocalDate.of(1998, 12, 1)).build();
            Violation v = single(VALIDATOR.validate(yearTwo, profile()), ProblemCode.ALLOWANCE_ABOVE_LADDER,
                    "allowance.dueFen");
            assertEquals(Map.of("allowanceFen", "28600", "stepFen", "26000", "year", "2"), v.arguments());
            assertEquals(Optional.of("28600"), v.offendingValue());
            DisbursementRecord stillYearOne = row().centreEnteredOn(LocalDate.of(1999, 1, 1))
                    .agreementSignedOn(LocalDate.of(1999, 1, 1)).build();
            assertEquals(List.of(), VALIDATOR.validate(stillYearOne, profile()));
            DisbursementRecord lessThanTheRung = row().allowance(Payment.ofFen(28_100, 28_100, LocalDate.of(1999, 12, 15)))
                    .build();
            assertEquals(List.of(), VALIDATOR.validate(lessThanTheRung, profile()));
        }

        @Test
        void theAllowanceIsAtLeastTheUnemploymentBenefit() {
            DisbursementRecord low = row().allowance(Payment.ofFen(19_999, 19_999, LocalDate.of(1999, 12, 15))).build();
            Violation v = single(VALIDATOR.validate(low, profile()), ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT,
                    "allowance.dueFen");
            assertEquals(Map.of("year", "1", "allowanceFen", "19999", "unemploymentBenefitFen", "20000"), v.arguments());
            DisbursementRecord atTheBenefit = row().allowance(Payment.ofFen(20_000, 20_000, LocalDate.of(1999, 12, 15)))
                    .build();
            assertEquals(List.of(), VALIDATOR.validate(atTheBenefit, profile()));
        }

        @Test
        void aWorkerWithAnAgreementIsOwedTheAllowance() {
            DisbursementRecord nothing = row().allowance(Payment.none()).build();
            Violation v = single(VALIDATOR.validate(nothing, profile()), ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT,
                    "allowance.dueFen");
            assertEquals("0", v.arguments().get("allowanceFen"));
        }

        @Test
        void aWorkerWithoutAnAgreementAndWithoutAllowanceIsNotHeldToTheLadder() {
            DisbursementRecord unsigned = row().agreementSignedOn(Optional.empty()).allowance(Payment.none()).build();
            assertEquals(List.of(), VALIDATOR.validate(unsigned, profile()));
            DisbursementRecord signedLater = row().agreementSignedOn(LocalDate.of(2000, 1, 3)).allowance(Payment.none())
                    .build();
            assertEquals(List.of(), VALIDATOR.validate(signedLater, profile()));
            DisbursementRecord nothingAtAll = row().agreementSignedOn(Optional.empty()).allowance(Payment.none())
                    .contributions(Payment.none()).build();
            assertEquals(List.of(), VALIDATOR.validate(nothingAtAll, profile()));
        }

        @Test
        void theAllowanceIsBelowTheMinimumWage() {
            ProvinceProfile low = profile(standard().withMinimumWage(Money.ofFen(28_600)));
            Violation v = single(VALIDATOR.validate(row().build(), low), ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE,
                    "allowance.dueFen");
            assertEquals(Map.of("year", "1", "allowanceFen", "28600", "minimumWageFen", "28600"), v.arguments());
            ProvinceProfile justAbove = profile(standard().withMinimumWage(Money.ofFen(28_601)));
            assertEquals(List.of(), VALIDATOR.validate(row().build(), justAbove));
        }

        @Test
        void contributionsAreExactlyWhatThePolicyComputes() {
            DisbursementRecord off = row().contributions(Payment.ofFen(15_615, 15_615, LocalDate.of(1999, 12, 15))).build();
            Violation v = single(VALIDATOR.validate(off, profile()), ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY,
                    "contributions.dueFen");
            assertEquals(Map.of("dueFen", "15615", "expectedFen", "15616"), v.arguments());
            DisbursementRecord none = row().contributions(Payment.none()).build();
            single(VALIDATOR.validate(none, profile()), ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY, "contributions.dueFen");
        }

        @Test
        void contributionsOfARateOnTheBaseAreComputedByTheProfile() {
            ProvinceProfile national = ProvinceProfile.national().withAllowanceStandards(
                    Timeline.of(LocalDate.of(1999, 7, 1), standard()));
            long expected = national.contributionsFor(DECEMBER).orElseThrow().total().fen();
            DisbursementRecord exact = row().contributions(Payment.ofFen(expected, expected, LocalDate.of(1999, 12, 15)))
                    .build();
            assertEquals(List.of(), VALIDATOR.validate(exact, national));
            DisbursementRecord oneFenMore = row().contributions(
                    Payment.ofFen(expected + 1, expected + 1, LocalDate.of(1999, 12, 15))).build();
            single(VALIDATOR.validate(oneFenMore, national), ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY,
                    "contributions.dueFen");
        }

        @Test
        void nothingIsCheckedWhenTheProfileHasNothingInForce() {
            DisbursementRecord early = row().period(YearMonth.of(1999, 6)).contributions(Payment.ofFen(1, 1,
                    LocalDate.of(1999, 6, 15))).allowance(Payment.ofFen(1, 1, LocalDate.of(1999, 6, 15))).build();
            assertEquals(List.of(), VALIDATOR.validate(early, profile()));
        }

        @Test
        void theRowsOwnChecksAreReportedToo() {
            DisbursementRecord noDate = row().allowance(Payment.of(Money.ofFen(28_600), Money.ofFen(28_600),
                    Optional.empty())).build();
            single(VALIDATOR.validate(noDate, profile()), ProblemCode.PAID_ON_MISSING, "allowance.paidOn");
        }

        @Test
        void everyViolationOfARowIsReported() {
            DisbursementRecord bad = row().allowance(Payment.ofFen(40_000, 40_000, LocalDate.of(1999, 12, 15)))
                    .contributions(Payment.none()).build();
            assertEquals(List.of(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ProblemCode.ALLOWANCE_ABOVE_LADDER,
                    ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY), codes(VALIDATOR.validate(bad, profile())));
        }

        @Test
        void aDisbursementsDocumentLocatesEachRowByPointer() {
            DisbursementRecord good = row().build();
            DisbursementRecord bad = row().allowance(Payment.ofFen(19_000, 19_000, LocalDate.of(1999, 12, 15))).build();
            List<Violation> violations = VALIDATOR.validateDisbursements(List.of(good, bad, good), profile());
            Violation v = single(violations, ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, "allowance.dueFen");
            assertEquals(Optional.of("/records/1/allowance/dueFen"), v.location().pointer());
            assertEquals(List.of(), VALIDATOR.validateDisbursements(List.of(good, good), profile()));
        }
    }

    @Nested
    class Reports {

        private final Enterprise enterprise = Fixtures.enterprise().build();
        private final MonthlyReport report = Fixtures.report().build();

        @Test
        void aReportWhoseTotalsRowsAsTheProfileSaysCouldMakeIsValid() {
            assertEquals(List.of(), VALIDATOR.validate(report, enterprise, profile()));
        }

        @Test
        void theAllowanceCoversTheBenefitOfEveryWorkerWithAnAgreement() {
            ProvinceProfile high = profile(standard().withUnemploymentBenefit(Money.ofFen(29_100)));
            Violation v = single(VALIDATOR.validate(report, enterprise, high),
                    ProblemCode.REPORT_ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, "allowance.dueFen");
            assertEquals(Map.of("allowanceFen", "858000000", "agreementsSigned", "29500",
                    "unemploymentBenefitFen", "29100"), v.arguments());
            ProvinceProfile justEnough = profile(standard().withUnemploymentBenefit(Money.ofFen(29_084)));
            assertEquals(List.of(), VALIDATOR.validate(report, enterprise, justEnough));
        }

        @Test
        void theAllowanceIsBelowTheMinimumWageOfEveryWorker() {
            ProvinceProfile low = profile(standard().withMinimumWage(Money.ofFen(28_600)));
            Violation v = single(VALIDATOR.validate(report, enterprise, low),
                    ProblemCode.REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, "allowance.dueFen");
            assertEquals(Map.of("allowanceFen", "858000000", "inCentre", "30000", "minimumWageFen", "28600"),
                    v.arguments());
        }

        @Test
        void theAllowanceIsNotAboveTheTopRungForEveryWorker() {
            ProvinceProfile lower = profile(standard().withLadder(AllowanceLadder.of(Money.ofFen(28_599))));
            Violation v = single(VALIDATOR.validate(report, enterprise, lower), ProblemCode.REPORT_ALLOWANCE_ABOVE_LADDER,
                    "allowance.dueFen");
            assertEquals(Map.of("allowanceFen", "858000000", "inCentre", "30000", "stepFen", "28599"), v.arguments());
        }

        @Test
        void contributionsAreAWholeNumberOfWorkersContributions() {
            MonthlyReport offByOne = Fixtures.report().contributions(Payment.ofFen(30_000L * 15_616 + 1,
                    30_000L * 15_616 + 1, LocalDate.of(1999, 12, 15))).build();
            Violation v = single(VALIDATOR.validate(offByOne, enterprise, profile()),
                    ProblemCode.REPORT_CONTRIBUTIONS_NOT_AS_POLICY, "contributions.dueFen");
            assertEquals(Map.of("dueFen", "468480001", "perWorkerFen", "15616", "inCentre", "30000"), v.arguments());
            MonthlyReport oneWorkerTooMany = Fixtures.report().contributions(Payment.ofFen(30_001L * 15_616,
                    30_001L * 15_616, LocalDate.of(1999, 12, 15))).build();
            single(VALIDATOR.validate(oneWorkerTooMany, enterprise, profile()),
                    ProblemCode.REPORT_CONTRIBUTIONS_NOT_AS_POLICY, "contributions.dueFen");
            MonthlyReport fewerWorkers = Fixtures.report().contributions(Payment.ofFen(29_000L * 15_616,
                    29_000L * 15_616, LocalDate.of(1999, 12, 15))).build();
            assertEquals(List.of(), VALIDATOR.validate(fewerWorkers, enterprise, profile()));
        }

        @Test
        void aReportWithoutWorkersOwesNothing() {
            MonthlyReport empty = Fixtures.report().inCentre(0).agreementsSigned(0).allowance(Payment.none())
                    .contributions(Payment.none()).build();
            assertEquals(List.of(), VALIDATOR.validate(empty, enterprise, profile()));
        }

        @Test
        void theProfileRulesComeWithTheControlTotals() {
            WorkerRowTotals rows = WorkerRowTotals.of(29_999, 29_500, report.allowance().due(), report.allowance().paid(),
                    report.contributions().due(), report.contributions().paid());
            ProvinceProfile low = profile(standard().withMinimumWage(Money.ofFen(28_600)));
            assertEquals(List.of(ProblemCode.REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE,
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH), codes(VALIDATOR.validate(report, enterprise, rows, low)));
        }
    }

    @Nested
    class ReportsAgainstRowSummaries {

        private final Enterprise enterprise = Fixtures.enterprise().build();
        private final MonthlyReport report = Fixtures.report().build();

        private EnterpriseMonthSummary summary(long rows) {
            return EnterpriseMonthSummary.of(Fixtures.ANSHAN_ID, LIAONING, DECEMBER, DisbursementSummary.ofTotals(rows,
                    rows, rows, DueAndPaid.ofFen(report.allowance().due().fen(), report.allowance().paid().fen()),
                    DueAndPaid.ofFen(report.contributions().due().fen(), report.contributions().paid().fen())));
        }

        @Test
        void aReportEqualToTheSummaryOfItsRowsIsValid() {
            assertEquals(List.of(), VALIDATOR.validate(report, enterprise, WorkerRowTotals.of(summary(30_000))));
            assertEquals(List.of(), VALIDATOR.validateReports(List.of(report), List.of(enterprise),
                    Map.of(LIAONING, profile()), List.of(summary(30_000))));
        }

        @Test
        void aSummaryDoesNotCountAgreementsSoTheyAreNotChecked() {
            WorkerRowTotals totals = WorkerRowTotals.of(summary(30_000).summary());
            assertFalse(totals.countsAgreements());
            assertEquals(List.of(), VALIDATOR.validate(report, enterprise, totals));
        }

        @Test
        void aDocumentIsCheckedAgainstTheSummaryOfEachEnterpriseAndPeriod() {
            List<Violation> violations = VALIDATOR.validateReports(List.of(report), List.of(enterprise), Map.of(),
                    List.of(summary(29_999)));
            Violation v = single(violations, ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "inCentre");
            assertEquals(Optional.of("/reports/0/inCentre"), v.location().pointer());
        }

        @Test
        void summariesOfOneEnterpriseAndPeriodAreMerged() {
            EnterpriseMonthSummary half = EnterpriseMonthSummary.of(Fixtures.ANSHAN_ID, LIAONING, DECEMBER,
                    DisbursementSummary.ofTotals(15_000, 15_000, 15_000,
                            DueAndPaid.ofFen(report.allowance().due().fen() / 2, report.allowance().paid().fen() / 2),
                            DueAndPaid.ofFen(report.contributions().due().fen() / 2,
                                    report.contributions().paid().fen() / 2)));
            assertEquals(List.of(), VALIDATOR.validateReports(List.of(report), List.of(enterprise), Map.of(),
                    List.of(half, half)));
        }

        @Test
        void aReportWithoutSummaryOrProfileIsCheckedOnItsOwn() {
            EnterpriseMonthSummary otherPeriod = EnterpriseMonthSummary.of(Fixtures.ANSHAN_ID, LIAONING,
                    DECEMBER.plusMonths(1), summary(1).summary());
            ProvinceProfile low = profile(standard().withMinimumWage(Money.ofFen(28_600)));
            assertEquals(List.of(), VALIDATOR.validateReports(List.of(report), List.of(enterprise),
                    Map.of(DivisionCode.parse("110000"), low), List.of(otherPeriod)));
            single(VALIDATOR.validateReports(List.of(report), List.of(enterprise), Map.of(LIAONING, low), List.of()),
                    ProblemCode.REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, "allowance.dueFen");
        }

        @Test
        void sumsBeyondTheRangeOfALongAreAMismatchNotAnOverflow() {
            DisbursementSummary big = DisbursementSummary.ofTotals(1, 1, 1, DueAndPaid.ofFen(Long.MAX_VALUE, 0),
                    DueAndPaid.ofFen(0, 0));
            WorkerRowTotals totals = WorkerRowTotals.of(big.merge(big));
            List<Violation> violations = VALIDATOR.validate(report, enterprise, totals);
            Violation due = violations.stream().filter(v -> v.location().field().orElse("").equals("allowance.dueFen"))
                    .findFirst().orElseThrow();
            assertEquals("18446744073709551614", due.arguments().get("computed"));
            assertEquals(new java.math.BigInteger("18446744073709551614"), totals.allowanceDueFen());
            assertThrows(ArithmeticException.class, totals::allowanceDue);
        }

        @Test
        void nullsAreProgrammingErrors() {
            assertThrows(NullPointerException.class, () -> WorkerRowTotals.of((DisbursementSummary) null));
            assertThrows(NullPointerException.class, () -> VALIDATOR.validate(report, enterprise, (ProvinceProfile) null));
            assertThrows(NullPointerException.class, () -> VALIDATOR.validateDisbursements(List.of(), null));
        }
    }
}
