package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.adapter.tck.arbitraries.EnterpriseArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.ReportArbitraries;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.internal.ReportRules;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A valid generated value has no violation; one planted defect gives exactly the expected code
 * at the expected field, and in a document at the expected pointer. The values come from the
 * conformance kit's arbitraries ({@code baozhang-adapter-tck}).
 */
class ValidationProperties {

    private static final BaozhangValidator VALIDATOR = BaozhangValidator.shared();

    // ---- valid values have no violation ----

    @Property
    void aValidEnterpriseHasNoViolation(@ForAll("enterprises") Enterprise enterprise) {
        assertEquals(List.of(), VALIDATOR.validate(enterprise));
    }

    @Property(tries = 200)
    void aValidRegistryHasNoViolation(@ForAll("registries") List<Enterprise> registry) {
        assertEquals(List.of(), VALIDATOR.validateRegistry(registry));
    }

    @Property
    void aValidFundingCaseHasNoViolation(@ForAll("fundingCases") FundingCase fundingCase) {
        assertEquals(List.of(), VALIDATOR.validate(fundingCase));
    }

    @Property
    void aValidReportHasNoViolationAgainstItsEnterpriseAndRows(@ForAll("reports") Tuple2<Enterprise, MonthlyReport> t) {
        assertEquals(List.of(), VALIDATOR.validate(t.get2()));
        assertEquals(List.of(), VALIDATOR.validate(t.get2(), t.get1()));
        assertEquals(List.of(), VALIDATOR.validate(t.get2(), t.get1(), rowsOf(t.get2())));
    }

    @Property(tries = 200)
    void aValidReportsDocumentHasNoViolation(@ForAll("documents") Tuple2<List<Enterprise>, List<MonthlyReport>> d) {
        assertEquals(List.of(), VALIDATOR.validateReports(d.get2(), d.get1()));
    }

    // ---- one planted defect, one violation, at its place ----

    enum EnterpriseDefect {
        SHOUGANG_CENTRAL(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "shougangExternal"),
        LAID_OFF_ABOVE_EMPLOYEES(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers"),
        CITY_OF_ANOTHER_PROVINCE(ProblemCode.CITY_OUTSIDE_PROVINCE, "city");

        final ProblemCode code;
        final String field;

        EnterpriseDefect(ProblemCode code, String field) {
            this.code = code;
            this.field = field;
        }
    }

    static Enterprise plant(Enterprise e, EnterpriseDefect defect, long k, DivisionCode elsewhere) {
        switch (defect) {
            case SHOUGANG_CENTRAL:
                return Enterprise.builder().from(e).shougangExternal(true).affiliation(Affiliation.CENTRAL).build();
            case LAID_OFF_ABOVE_EMPLOYEES:
                return Enterprise.builder().from(e).laidOffWorkers(e.employees() + k).build();
            default:
                return Enterprise.builder().from(e).city(elsewhere).build();
        }
    }

    @Property
    void onePlantedDefectInAnEnterpriseGivesExactlyItsViolation(@ForAll("enterprises") Enterprise valid,
            @ForAll EnterpriseDefect defect, @ForAll @LongRange(min = 1, max = 10_000) long k,
            @ForAll("prefectures") DivisionCode elsewhere) {
        Assume.that(!elsewhere.isWithin(valid.province()));
        List<Violation> violations = VALIDATOR.validate(plant(valid, defect, k, elsewhere));
        assertOne(violations, defect.code, defect.field, null);
    }

    @Property(tries = 300)
    void aDefectPlantedInOneEnterpriseOfARegistryIsFoundAtItsPointer(@ForAll("registries") List<Enterprise> registry,
            @ForAll @IntRange(min = 0, max = 100) int at, @ForAll EnterpriseDefect defect,
            @ForAll @LongRange(min = 1, max = 10_000) long k, @ForAll("prefectures") DivisionCode elsewhere) {
        int i = at % registry.size();
        Assume.that(!elsewhere.isWithin(registry.get(i).province()));
        List<Enterprise> planted = new ArrayList<>(registry);
        planted.set(i, plant(registry.get(i), defect, k, elsewhere));
        assertOne(VALIDATOR.validateRegistry(planted), defect.code, defect.field, "/enterprises/" + i + "/" + defect.field);
    }

    @Property(tries = 300)
    void aRepeatedIdIsFoundAtTheRepetition(@ForAll("registries") List<Enterprise> registry,
            @ForAll @IntRange(min = 0, max = 100) int from) {
        Assume.that(registry.size() >= 2);
        int i = from % (registry.size() - 1);
        int j = registry.size() - 1;
        List<Enterprise> planted = new ArrayList<>(registry);
        planted.set(j, Enterprise.builder().from(registry.get(j)).id(registry.get(i).id())
                .creditCode(registry.get(i).creditCode()).build());
        assertOne(VALIDATOR.validateRegistry(planted), ProblemCode.ENTERPRISE_DUPLICATE_ID, "id",
                "/enterprises/" + j + "/id");
    }

    @Property
    void anEnterpriseRatioAboveTwoThirdsPlantedInACaseIsFoundAtItsField(
            @ForAll("fundingCases") FundingCase valid, @ForAll @LongRange(min = 1, max = 1_000) long k) {
        FundingCase planted = valid.withEnterpriseRatio(Ratio.of(2 * k + 1, 3 * k));
        assertOne(VALIDATOR.validate(planted), ProblemCode.RATIO_OUT_OF_RANGE, "enterpriseRatio", null);
    }

    enum ReportDefect {
        IN_CENTRE_ABOVE_LAID_OFF(ProblemCode.REPORT_IN_CENTRE_EXCEEDS_LAID_OFF, "inCentre"),
        AGREEMENTS_ABOVE_IN_CENTRE(ProblemCode.REPORT_AGREEMENTS_EXCEED_IN_CENTRE, "agreementsSigned"),
        SUBMITTED_BEFORE_THE_PERIOD(ProblemCode.REPORT_PERIOD_AFTER_SUBMISSION, "period"),
        SOCIAL_SHARE_OFF_THIRD(ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, "funds.plan.socialFen"),
        LAID_OFF_ABOVE_EMPLOYEES(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers"),
        ROWS_DISAGREE_ON_WORKERS(ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "inCentre"),
        ROWS_DISAGREE_ON_AGREEMENTS(ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "agreementsSigned"),
        ROWS_DISAGREE_ON_ALLOWANCE_PAID(ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "allowance.paidFen"),
        ROWS_DISAGREE_ON_CONTRIBUTIONS_DUE(ProblemCode.REPORT_CONTROL_TOTAL_MISMATCH, "contributions.dueFen");

        final ProblemCode code;
        final String field;

        ReportDefect(ProblemCode code, String field) {
            this.code = code;
            this.field = field;
        }

        boolean inRows() {
            return name().startsWith("ROWS_");
        }
    }

    static MonthlyReport plant(MonthlyReport r, Enterprise e, ReportDefect defect, long k) {
        MonthlyReport.Builder b = MonthlyReport.builder().from(r);
        switch (defect) {
            case IN_CENTRE_ABOVE_LAID_OFF:
                return b.inCentre(r.laidOffWorkers() + k).build();
            case AGREEMENTS_ABOVE_IN_CENTRE:
                return b.agreementsSigned(r.inCentre() + k).build();
            case SUBMITTED_BEFORE_THE_PERIOD:
                return b.submittedAt(OffsetDateTime.of(r.period().atDay(1).atStartOfDay(), ReportRules.BEIJING)
                        .minusMinutes(k)).build();
            case SOCIAL_SHARE_OFF_THIRD:
                return b.funds(FundsReport.of(shiftSocial(r.funds().plan()), r.funds().received())).build();
            case LAID_OFF_ABOVE_EMPLOYEES:
                return b.laidOffWorkers(e.employees() + k).build();
            default:
                return r;
        }
    }

    /** Moves one fen into or out of the social share, keeping the total. */
    static SourceAmounts shiftSocial(SourceAmounts plan) {
        long e = plan.enterprise().fen();
        long s = plan.social().fen();
        long f = plan.fiscal().fen();
        if (f > 0) {
            return SourceAmounts.ofFen(e, s + 1, f - 1);
        }
        if (e > 0) {
            return SourceAmounts.ofFen(e - 1, s + 1, f);
        }
        if (s > 0) {
            return SourceAmounts.ofFen(e, s - 1, f + 1);
        }
        return SourceAmounts.ofFen(0, 1, 0);
    }

    static WorkerRowTotals rowsOf(MonthlyReport r) {
        return WorkerRowTotals.of(r.inCentre(), r.agreementsSigned(), r.allowance().due(), r.allowance().paid(),
                r.contributions().due(), r.contributions().paid());
    }

    static WorkerRowTotals plantRows(MonthlyReport r, ReportDefect defect, long k) {
        long workers = r.inCentre();
        long agreements = r.agreementsSigned();
        Money allowancePaid = r.allowance().paid();
        Money contributionsDue = r.contributions().due();
        switch (defect) {
            case ROWS_DISAGREE_ON_WORKERS:
                workers += k;
                break;
            case ROWS_DISAGREE_ON_AGREEMENTS:
                agreements += k;
                break;
            case ROWS_DISAGREE_ON_ALLOWANCE_PAID:
                allowancePaid = allowancePaid.plus(Money.ofFen(k));
                break;
            case ROWS_DISAGREE_ON_CONTRIBUTIONS_DUE:
                contributionsDue = contributionsDue.plus(Money.ofFen(k));
                break;
            default:
                break;
        }
        return WorkerRowTotals.of(workers, agreements, r.allowance().due(), allowancePaid, contributionsDue,
                r.contributions().paid());
    }

    @Property
    void onePlantedDefectInAReportGivesExactlyItsViolation(@ForAll("reports") Tuple2<Enterprise, MonthlyReport> t,
            @ForAll ReportDefect defect, @ForAll @LongRange(min = 1, max = 10_000) long k) {
        Enterprise enterprise = t.get1();
        MonthlyReport planted = plant(t.get2(), enterprise, defect, k);
        WorkerRowTotals rows = defect.inRows() ? plantRows(t.get2(), defect, k) : rowsOf(planted);
        assertOne(VALIDATOR.validate(planted, enterprise, rows), defect.code, defect.field, null);
    }

    @Property(tries = 300)
    void aDefectPlantedInOneReportOfADocumentIsFoundAtItsPointer(
            @ForAll("documents") Tuple2<List<Enterprise>, List<MonthlyReport>> d,
            @ForAll @IntRange(min = 0, max = 100) int at, @ForAll ReportDefect defect,
            @ForAll @LongRange(min = 1, max = 10_000) long k) {
        List<MonthlyReport> reports = d.get2();
        Assume.that(!reports.isEmpty() && !defect.inRows());
        int i = at % reports.size();
        Enterprise enterprise = d.get1().stream().filter(e -> e.id().equals(reports.get(i).enterpriseId()))
                .findFirst().orElseThrow();
        List<MonthlyReport> planted = new ArrayList<>(reports);
        planted.set(i, plant(reports.get(i), enterprise, defect, k));
        assertOne(VALIDATOR.validateReports(planted, d.get1()), defect.code, defect.field,
                "/reports/" + i + "/" + defect.field.replace('.', '/'));
    }

    @Property(tries = 300)
    void aReportOfAnEnterpriseMissingFromTheRegistryIsFoundAtItsPointer(
            @ForAll("documents") Tuple2<List<Enterprise>, List<MonthlyReport>> d,
            @ForAll @IntRange(min = 0, max = 100) int at) {
        List<MonthlyReport> reports = d.get2();
        Assume.that(!reports.isEmpty());
        int i = at % reports.size();
        List<Enterprise> registry = d.get1().stream()
                .filter(e -> !e.id().equals(reports.get(i).enterpriseId())).collect(Collectors.toList());
        assertOne(VALIDATOR.validateReports(reports, registry), ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY,
                "enterpriseId", "/reports/" + i + "/enterpriseId");
    }

    static void assertOne(List<Violation> violations, ProblemCode code, String field, String pointer) {
        assertEquals(1, violations.size(), () -> "expected one " + code + ": " + violations);
        Violation v = violations.get(0);
        assertEquals(code, v.code(), violations::toString);
        assertEquals(field, v.location().field().orElse(null), violations::toString);
        assertEquals(pointer, v.location().pointer().orElse(null), violations::toString);
    }

    // ---- generators, from the conformance kit ----

    @Provide
    Arbitrary<Enterprise> enterprises() {
        return EnterpriseArbitraries.enterprises();
    }

    @Provide
    Arbitrary<List<Enterprise>> registries() {
        return EnterpriseArbitraries.registries(12);
    }

    @Provide
    Arbitrary<FundingCase> fundingCases() {
        return FundingArbitraries.fundingCases();
    }

    @Provide
    Arbitrary<DivisionCode> prefectures() {
        return IdArbitraries.prefectures();
    }

    @Provide
    Arbitrary<Tuple2<Enterprise, MonthlyReport>> reports() {
        return ReportArbitraries.enterprisesWithReports();
    }

    @Provide
    Arbitrary<Tuple2<List<Enterprise>, List<MonthlyReport>>> documents() {
        return ReportArbitraries.registriesWithReports(8);
    }
}
