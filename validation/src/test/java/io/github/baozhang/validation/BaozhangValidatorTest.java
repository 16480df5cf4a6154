package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Severity;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.validation.internal.ValidatorFactoryHolder;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of {@link BaozhangValidator} with a passing and a failing case. */
class BaozhangValidatorTest {

    private static final BaozhangValidator VALIDATOR = BaozhangValidator.shared();

    /** Asserts exactly one violation, of the code, at the field (and pointer, if given). */
    static Violation single(List<Violation> violations, ProblemCode code, String field) {
        assertEquals(1, violations.size(), () -> "expected one " + code + " at " + field + ": " + violations);
        Violation v = violations.get(0);
        assertEquals(code, v.code(), violations::toString);
        assertEquals(field, v.location().field().orElse(null), violations::toString);
        assertEquals(Severity.ERROR, v.severity());
        return v;
    }

    @Nested
    class Sharing {

        @Test
        void theSharedValidatorIsOneInstance() {
            assertSame(BaozhangValidator.shared(), BaozhangValidator.shared());
            assertSame(BaozhangValidator.shared(), BaozhangValidator.withRevision(Gb2260Revision.R1999));
        }

        @Test
        void theFactoryIsBuiltOnceAndShared() {
            assertSame(ValidatorFactoryHolder.factory(), ValidatorFactoryHolder.factory());
            BaozhangValidator r2002 = BaozhangValidator.withRevision(Gb2260Revision.R2002);
            assertEquals(Gb2260Revision.R2002, r2002.revision());
            assertTrue(r2002.validate(Fixtures.enterprise().build()).isEmpty());
            assertSame(ValidatorFactoryHolder.factory(), ValidatorFactoryHolder.factory());
        }

        @Test
        void threadsShareTheValidatorAndGetTheSameAnswers() throws Exception {
            MonthlyReport bad = Fixtures.report().inCentre(50_000).agreementsSigned(60_000).build();
            List<Violation> expected = VALIDATOR.validate(bad);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<List<Violation>>> tasks = new ArrayList<>();
                for (int i = 0; i < 64; i++) {
                    tasks.add(() -> VALIDATOR.validate(bad));
                }
                for (Future<List<Violation>> f : pool.invokeAll(tasks)) {
                    assertEquals(expected, f.get());
                }
            } finally {
                pool.shutdown();
            }
        }

        @Test
        void theResultIsUnmodifiable() {
            List<Violation> violations = VALIDATOR.validate(Fixtures.report().inCentre(50_000).build());
            assertThrows(UnsupportedOperationException.class, () -> violations.add(violations.get(0)));
        }

        @Test
        void nullIsAProgrammingErrorNotInput() {
            assertEquals("enterprise", assertThrows(NullPointerException.class,
                    () -> VALIDATOR.validate((Enterprise) null)).getMessage());
            assertEquals("report", assertThrows(NullPointerException.class,
                    () -> VALIDATOR.validate((MonthlyReport) null)).getMessage());
        }
    }

    @Nested
    class Enterprises {

        @Test
        void aValidEnterpriseHasNoViolation() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.enterprise().build()));
        }

        @Test
        void aShougangExternalEnterpriseIsLocal() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.enterprise()
                    .shougangExternal(true).affiliation(Affiliation.LOCAL).build()));
            single(VALIDATOR.validate(Fixtures.enterprise().shougangExternal(true).affiliation(Affiliation.CENTRAL).build()),
                    ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "shougangExternal");
        }

        @Test
        void laidOffWorkersDoNotExceedEmployees() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.enterprise().employees(500).laidOffWorkers(500).build()));
            Violation v = single(VALIDATOR.validate(Fixtures.enterprise().employees(500).laidOffWorkers(501).build()),
                    ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers");
            assertEquals(Map.of("laidOffWorkers", "501", "employees", "500"), v.arguments());
        }

        @Test
        void theCityLiesInTheProvince() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.enterprise().province(DivisionCode.parse("130000"))
                    .city(DivisionCode.parse("130100")).build()));
            Violation v = single(VALIDATOR.validate(Fixtures.enterprise().city(DivisionCode.parse("130100")).build()),
                    ProblemCode.CITY_OUTSIDE_PROVINCE, "city");
            assertEquals(Map.of("city", "130100", "province", "210000"), v.arguments());
        }

        @Test
        void theCityIsACity() {
            single(VALIDATOR.validate(Fixtures.enterprise().city(DivisionCode.parse("210000")).build()),
                    ProblemCode.DIVISION_CODE_LEVEL, "city");
        }

        @Test
        void aProvinceTheRevisionDoesNotListIsReportedAtTheProvince() {
            Violation v = single(VALIDATOR.validate(Fixtures.enterprise().province(DivisionCode.parse("710000"))
                    .city(DivisionCode.parse("710100")).build()), ProblemCode.DIVISION_CODE_UNKNOWN, "province");
            assertEquals("199912", v.arguments().get("revision"));
        }

        @Test
        void theRevisionIsTheCallersChoice() {
            // 临汾市 (141000) replaced 临汾地区 (142600) in 2000: unknown in 1999, known in 2002.
            Enterprise linfen = Fixtures.enterprise().province(DivisionCode.parse("140000"))
                    .city(DivisionCode.parse("141000")).build();
            single(VALIDATOR.validate(linfen), ProblemCode.DIVISION_CODE_UNKNOWN, "city");
            assertEquals(List.of(), BaozhangValidator.withRevision(Gb2260Revision.R2002).validate(linfen));
        }

        @Test
        void everyViolationIsReportedNotOnlyTheFirst() {
            List<Violation> violations = VALIDATOR.validate(Fixtures.enterprise()
                    .shougangExternal(true).affiliation(Affiliation.CENTRAL)
                    .employees(10).laidOffWorkers(11)
                    .city(DivisionCode.parse("130100")).build());
            assertEquals(List.of(ProblemCode.CITY_OUTSIDE_PROVINCE, ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES,
                    ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL), codes(violations));
        }
    }

    @Nested
    class Registries {

        private final Enterprise a = Fixtures.enterprise().build();
        private final Enterprise b = Fixtures.enterprise().id(otherId()).build();

        private OrganizationCode otherId() {
            String body = "12345678";
            return OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
        }

        @Test
        void aRegistryOfValidEnterprisesWithDistinctIdsIsValid() {
            assertEquals(List.of(), VALIDATOR.validateRegistry(List.of(a, b)));
            assertEquals(List.of(), VALIDATOR.validateRegistry(List.of()));
        }

        @Test
        void anIdAppearsOnce() {
            List<Violation> violations = VALIDATOR.validateRegistry(List.of(a, b, a));
            Violation v = single(violations, ProblemCode.ENTERPRISE_DUPLICATE_ID, "id");
            assertEquals("/enterprises/2/id", v.location().pointer().orElseThrow());
            assertEquals(Map.of("id", a.id().toString()), v.arguments());
        }

        @Test
        void anEnterprisesViolationCarriesItsPointer() {
            Enterprise bad = Enterprise.builder().from(b).employees(1).laidOffWorkers(2).build();
            Violation v = single(VALIDATOR.validateRegistry(List.of(a, bad)), ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES,
                    "laidOffWorkers");
            assertEquals(Location.builder().pointer("/enterprises/1/laidOffWorkers").field("laidOffWorkers").build(),
                    v.location());
        }

        @Test
        void violationsComeInDocumentOrder() {
            List<Enterprise> registry = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String body = String.format("1%07d", i);
                registry.add(Fixtures.enterprise().id(OrganizationCode.parse(body + OrganizationCode.checkCharacter(body)))
                        .employees(1).laidOffWorkers(2).build());
            }
            List<String> pointers = new ArrayList<>();
            VALIDATOR.validateRegistry(registry).forEach(v -> pointers.add(v.location().pointer().orElseThrow()));
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                expected.add("/enterprises/" + i + "/laidOffWorkers");
            }
            assertEquals(expected, pointers);
        }
    }

    @Nested
    class Reports {

        @Test
        void aValidReportHasNoViolation() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().build()));
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().build(), Fixtures.enterprise().build()));
        }

        @Test
        void inCentreDoesNotExceedLaidOffWorkers() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().laidOffWorkers(30_000).inCentre(30_000).build()));
            Violation v = single(VALIDATOR.validate(Fixtures.report().laidOffWorkers(29_999).inCentre(30_000).build()),
                    ProblemCode.REPORT_IN_CENTRE_EXCEEDS_LAID_OFF, "inCentre");
            assertEquals(Map.of("inCentre", "30000", "laidOffWorkers", "29999"), v.arguments());
            assertEquals("30000", v.offendingValue().orElseThrow());
        }

        @Test
        void agreementsDoNotExceedInCentre() {
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().agreementsSigned(30_000).build()));
            single(VALIDATOR.validate(Fixtures.report().agreementsSigned(30_001).build()),
                    ProblemCode.REPORT_AGREEMENTS_EXCEED_IN_CENTRE, "agreementsSigned");
        }

        @Test
        void thePeriodDoesNotBeginAfterTheSubmissionInBeijingTime() {
            YearMonth february = YearMonth.of(2000, 2);
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().period(february)
                    .submittedAt(OffsetDateTime.parse("2000-02-01T00:00:00+08:00")).build()));
            // 17:00 UTC on 31 January is 01:00 on 1 February in Beijing.
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().period(february)
                    .submittedAt(OffsetDateTime.parse("2000-01-31T17:00:00Z")).build()));
            Violation v = single(VALIDATOR.validate(Fixtures.report().period(february)
                    .submittedAt(OffsetDateTime.parse("2000-01-31T23:59:59+08:00")).build()),
                    ProblemCode.REPORT_PERIOD_AFTER_SUBMISSION, "period");
            assertEquals(Map.of("period", "2000-02", "submittedAt", "2000-01-31T23:59:59+08:00"), v.arguments());
            single(VALIDATOR.validate(Fixtures.report().period(february)
                    .submittedAt(OffsetDateTime.parse("2000-01-31T15:59:59Z")).build()),
                    ProblemCode.REPORT_PERIOD_AFTER_SUBMISSION, "period");
        }

        @Test
        void theFundsPlanIsAThreeThirdsSplit() {
            assertEquals(List.of(), VALIDATOR.validate(withPlan(SourceAmounts.ofFen(33, 33, 34))));
            assertEquals(List.of(), VALIDATOR.validate(withPlan(SourceAmounts.ofFen(33, 34, 34))));
            // Enterprise ratio 1/2 of 100 fen: 50 / 33 / 17; 2/3: 67 / 33 / 0; 0: 0 / 33 / 67.
            assertEquals(List.of(), VALIDATOR.validate(withPlan(ThreeThirds.plan(Money.ofFen(100), Ratio.of(1, 2)))));
            assertEquals(List.of(), VALIDATOR.validate(withPlan(SourceAmounts.ofFen(67, 33, 0))));
            assertEquals(List.of(), VALIDATOR.validate(withPlan(SourceAmounts.ofFen(0, 33, 67))));
            assertEquals(List.of(), VALIDATOR.validate(withPlan(SourceAmounts.zero())));
            Violation v = single(VALIDATOR.validate(withPlan(SourceAmounts.ofFen(33, 34, 33))),
                    ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, "funds.plan.socialFen");
            assertEquals(Map.of("socialFen", "34", "expectedSocialFen", "33", "totalFen", "100"), v.arguments());
            single(VALIDATOR.validate(withPlan(SourceAmounts.ofFen(50, 50, 0))),
                    ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, "funds.plan.socialFen");
        }

        @Test
        void aPlanWhoseTotalLeavesTheRangeIsReportedNotThrown() {
            SourceAmounts huge = SourceAmounts.ofFen(Long.MAX_VALUE, Long.MAX_VALUE, 0);
            single(VALIDATOR.validate(withPlan(huge)), ProblemCode.AMOUNT_OUT_OF_RANGE, "funds.plan");
        }

        private MonthlyReport withPlan(SourceAmounts plan) {
            return Fixtures.report().funds(FundsReport.of(plan, SourceAmounts.zero())).build();
        }

        @Test
        void everyViolationOfAReportIsReported() {
            MonthlyReport bad = Fixtures.report().laidOffWorkers(10).inCentre(20).agreementsSigned(30)
                    .period(YearMonth.of(2000, 3))
                    .funds(FundsReport.of(SourceAmounts.ofFen(0, 2, 0), SourceAmounts.zero())).build();
            assertEquals(List.of(ProblemCode.REPORT_AGREEMENTS_EXCEED_IN_CENTRE,
                    ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, ProblemCode.REPORT_IN_CENTRE_EXCEEDS_LAID_OFF,
                    ProblemCode.REPORT_PERIOD_AFTER_SUBMISSION), codes(VALIDATOR.validate(bad)));
        }

        @Test
        void laidOffWorkersDoNotExceedTheRegisteredEmployees() {
            Enterprise small = Fixtures.enterprise().employees(42_000).laidOffWorkers(0).build();
            assertEquals(List.of(), VALIDATOR.validate(Fixtures.report().build(), small));
            Violation v = single(VALIDATOR.validate(Fixtures.report().laidOffWorkers(42_001).build(), small),
                    ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers");
            assertEquals(Map.of("laidOffWorkers", "42001", "employees", "42000"), v.arguments());
        }

        @Test
        void aReportIsCheckedAgainstItsOwnEnterpriseOnly() {
            String body = "12345678";
            Enterprise other = Fixtures.enterprise()
                    .id(OrganizationCode.parse(body + OrganizationCode.checkCharacter(body))).build();
            assertThrows(IllegalArgumentException.class, () -> VALIDATOR.validate(Fixtures.report().build(), other));
        }
    }

    @Nested
    class ReportDocuments {

        @Test
        void reportsOfRegisteredEnterprisesAreValid() {
            assertEquals(List.of(), VALIDATOR.validateReports(List.of(Fixtures.report().build(),
                    Fixtures.report().revision(2).build()), List.of(Fixtures.enterprise().build())));
        }

        @Test
        void aReportsEnterpriseMustBeInTheRegistry() {
            String body = "12345678";
            Enterprise other = Fixtures.enterprise()
                    .id(OrganizationCode.parse(body + OrganizationCode.checkCharacter(body))).build();
            Violation v = single(VALIDATOR.validateReports(List.of(Fixtures.report().build()), List.of(other)),
                    ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY, "enterpriseId");
            assertEquals("/reports/0/enterpriseId", v.location().pointer().orElseThrow());
            assertEquals(Map.of("enterpriseId", Fixtures.ANSHAN_ID.toString()), v.arguments());
        }

        @Test
        void aReportsViolationCarriesItsPointer() {
            List<Violation> violations = VALIDATOR.validateReports(List.of(Fixtures.report().build(),
                    Fixtures.report().funds(FundsReport.of(SourceAmounts.ofFen(0, 1, 0), SourceAmounts.zero())).build()),
                    List.of(Fixtures.enterprise().build()));
            Violation v = single(violations, ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, "funds.plan.socialFen");
            assertEquals("/reports/1/funds/plan/socialFen", v.location().pointer().orElseThrow());
        }

        @Test
        void theDocumentNameIsTheCallers() {
            List<Violation> named = BaozhangValidator.inDocument("reports-1999-12.json",
                    VALIDATOR.validateReports(List.of(Fixtures.report().inCentre(50_000).build()),
                            List.of(Fixtures.enterprise().build())));
            assertEquals("reports-1999-12.json", named.get(0).location().document().orElseThrow());
            assertEquals("/reports/0/inCentre", named.get(0).location().pointer().orElseThrow());
        }
    }

    @Nested
    class ControlTotals {

        private final MonthlyReport report = Fixtures.report().build();
        private final Enterprise enterprise = Fixtures.enterprise().build();

        private WorkerRowTotals totals(long workers, long signed) {
            return WorkerRowTotals.of(workers, signed, report.allowance().due(), report.allowance().paid(),
                    report.contributions().due(), report.contributions().paid());
        }

        @Test
        void aReportEqualToTheSumOfItsRowsIsValid() {
            assertEquals(List.of(), VALIDATOR.validate(report, enterprise, totals(30_000, 29_500)));
        }

        @Test
        void eachFigureIsCheckedAtItsField() {
            Violation v = single(VALIDATOR.validate(report, enterprise, totals(29_999, 29_500)),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "inCentre");
            assertEquals(Map.of("declared", "30000", "computed", "29999"), v.arguments());
            single(VALIDATOR.validate(report, enterprise, totals(30_000, 1)),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "agreementsSigned");
            Payment a = report.allowance();
            Payment c = report.contributions();
            single(VALIDATOR.validate(report, enterprise, WorkerRowTotals.of(30_000, 29_500,
                    a.due().plus(Money.ofFen(1)), a.paid(), c.due(), c.paid())),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "allowance.dueFen");
            single(VALIDATOR.validate(report, enterprise, WorkerRowTotals.of(30_000, 29_500,
                    a.due(), Money.zero(), c.due(), c.paid())),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "allowance.paidFen");
            single(VALIDATOR.validate(report, enterprise, WorkerRowTotals.of(30_000, 29_500,
                    a.due(), a.paid(), Money.zero(), c.paid())),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "contributions.dueFen");
            single(VALIDATOR.validate(report, enterprise, WorkerRowTotals.of(30_000, 29_500,
                    a.due(), a.paid(), c.due(), Money.zero())),
                    ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "contributions.paidFen");
        }

        @Test
        void countsOfRowsAreZeroOrMore() {
            assertThrows(IllegalArgumentException.class,
                    () -> WorkerRowTotals.of(-1, 0, Money.zero(), Money.zero(), Money.zero(), Money.zero()));
        }
    }

    @Nested
    class FundingCases {

        private FundingCase.Builder base() {
            return FundingCase.builder().id("130100-1999-12").affiliation(Affiliation.LOCAL)
                    .period(YearMonth.of(1999, 12)).requirement(Money.ofYuan(1_000_000));
        }

        @Test
        void aValidCaseHasNoViolation() {
            assertEquals(List.of(), VALIDATOR.validate(base().build()));
        }

        @Test
        void theEnterpriseRatioLiesInItsRange() {
            Violation v = single(VALIDATOR.validate(base().enterpriseRatio(Ratio.of(3, 4)).build()),
                    ProblemCode.RATIO_OUT_OF_RANGE, "enterpriseRatio");
            assertEquals(Map.of("value", "3/4", "min", "0/1", "max", "2/3"), v.arguments());
        }

        @Test
        void everyViolationOfACaseIsReported() {
            List<Violation> violations = VALIDATOR.validate(base().affiliation(Affiliation.CENTRAL).shougangExternal(true)
                    .enterpriseRatio(Ratio.of(3, 4)).uiArrears(Money.ofFen(-1)).build());
            assertEquals(List.of(ProblemCode.RATIO_OUT_OF_RANGE, ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL,
                    ProblemCode.VALUE_NEGATIVE), codes(violations));
        }
    }

    static List<ProblemCode> codes(List<Violation> violations) {
        List<ProblemCode> codes = new ArrayList<>();
        violations.forEach(v -> codes.add(v.code()));
        return codes;
    }
}
