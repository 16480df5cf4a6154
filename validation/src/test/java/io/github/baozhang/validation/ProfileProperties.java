package io.github.baozhang.validation;

import static io.github.baozhang.validation.ValidationProperties.assertOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.adapter.tck.arbitraries.ReportArbitraries;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Worker rows and reports against a province profile: a valid generated row (or report, with a
 * profile its totals agree with) has no violation; one planted defect gives exactly the expected
 * code at the expected field, and in a document at the expected pointer.
 */
class ProfileProperties {

    private static final BaozhangValidator VALIDATOR = BaozhangValidator.shared();
    private static final LocalDate POLICY_FROM = LocalDate.of(1997, 1, 1);

    /** A row and the profile it keeps. */
    record Case(DisbursementRecord row, ProvinceProfile profile, AllowanceStandard standard, long contributionsFen) {
    }

    static ProvinceProfile profile(AllowanceStandard standard, long contributionsFen) {
        ProvinceProfile.Builder b = ProvinceProfile.builder().name("generated")
                .allowanceStandards(Timeline.of(POLICY_FROM, standard))
                .contributionPolicies(Timeline.of(POLICY_FROM, ContributionPolicy.builder()
                        .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, Money.ofFen(contributionsFen)).build()));
        for (int year = 1996; year <= 2006; year++) {
            b.putAverageMonthlyWages(Year.of(year), Money.ofFen(60_000));
        }
        return b.build();
    }

    /** A non-increasing ladder of one to four rungs from 200 to 400 yuan, the benefit below it, the wage above. */
    static Arbitrary<AllowanceStandard> standards() {
        return Arbitraries.longs().between(20_000, 40_000).list().ofMinSize(1).ofMaxSize(4).flatMap(rungs -> {
            List<Money> ladder = new ArrayList<>();
            rungs.stream().sorted((a, b) -> Long.compare(b, a)).forEach(f -> ladder.add(Money.ofFen(f)));
            long low = ladder.get(ladder.size() - 1).fen();
            long top = ladder.get(0).fen();
            return Combinators.combine(Arbitraries.longs().between(10_000, low),
                    Arbitraries.longs().between(top + 20_001, top + 30_000))
                    .as((benefit, wage) -> AllowanceStandard.of(AllowanceLadder.of(ladder), Money.ofFen(benefit),
                            Money.ofFen(wage), Money.ofFen(benefit / 2)));
        });
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<YearMonth> periods = FundingArbitraries.periods();
        Arbitrary<Integer> monthsInCentre = Arbitraries.integers().between(0, 59);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 28);
        Arbitrary<Long> contributions = Arbitraries.longs().between(0, 20_000);
        return Combinators.combine(IdArbitraries.citizenIds(), IdArbitraries.organizationCodes(), periods,
                monthsInCentre, days, standards(), contributions)
                .as((id, enterpriseId, period, months, day, standard, c) -> {
                    LocalDate entered = period.minusMonths(months).atDay(day);
                    int year = ProfileRules.yearInCentre(entered, period).orElseThrow();
                    long allowance = standard.ladder().forYearInCentre(year).fen();
                    LocalDate paidOn = period.atDay(10);
                    DisbursementRecord row = DisbursementRecord.builder()
                            .worker(Worker.of(id, "王建国"))
                            .enterpriseId(enterpriseId)
                            .period(period)
                            .allowance(Payment.ofFen(allowance, allowance, paidOn))
                            .contributions(Payment.ofFen(c, c, paidOn))
                            .centreEnteredOn(entered)
                            .agreementSignedOn(entered)
                            .build();
                    return new Case(row, profile(standard, c), standard, c);
                });
    }

    enum RowDefect {
        BELOW_THE_BENEFIT(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, "allowance.dueFen"),
        NOT_BELOW_THE_MINIMUM_WAGE(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, "allowance.dueFen"),
        ABOVE_THE_RUNG(ProblemCode.ALLOWANCE_ABOVE_LADDER, "allowance.dueFen"),
        CONTRIBUTIONS_OFF(ProblemCode.CONTRIBUTIONS_NOT_AS_POLICY, "contributions.dueFen");

        final ProblemCode code;
        final String field;

        RowDefect(ProblemCode code, String field) {
            this.code = code;
            this.field = field;
        }
    }

    /** Plants one defect, in the row or in the profile it is checked against; k from 1 to 10,000. */
    static Tuple2<DisbursementRecord, ProvinceProfile> plant(Case c, RowDefect defect, long k) {
        DisbursementRecord row = c.row();
        LocalDate paidOn = row.period().atDay(10);
        long allowance = row.allowance().due().fen();
        switch (defect) {
            case BELOW_THE_BENEFIT:
                long below = Math.max(0, c.standard().unemploymentBenefit().fen() - k);
                return Tuple.of(row.withAllowance(Payment.ofFen(below, below, paidOn)), c.profile());
            case NOT_BELOW_THE_MINIMUM_WAGE:
                AllowanceStandard lower = c.standard().withMinimumWage(Money.ofFen(Math.max(0, allowance - k + 1)));
                return Tuple.of(row, profile(lower, c.contributionsFen()));
            case ABOVE_THE_RUNG:
                long above = allowance + k;
                return Tuple.of(row.withAllowance(Payment.ofFen(above, above, paidOn)), c.profile());
            case CONTRIBUTIONS_OFF:
                long off = c.contributionsFen() + k;
                return Tuple.of(row.withContributions(Payment.ofFen(off, off, paidOn)), c.profile());
            default:
                throw new AssertionError(defect);
        }
    }

    @Property
    void aRowAsItsProfileSaysHasNoViolation(@ForAll("cases") Case c) {
        assertEquals(List.of(), VALIDATOR.validate(c.row(), c.profile()));
    }

    @Property
    void onePlantedDefectInARowGivesExactlyItsViolation(@ForAll("cases") Case c, @ForAll RowDefect defect,
            @ForAll @LongRange(min = 1, max = 10_000) long k) {
        Tuple2<DisbursementRecord, ProvinceProfile> planted = plant(c, defect, k);
        assertOne(VALIDATOR.validate(planted.get1(), planted.get2()), defect.code, defect.field, null);
    }

    @Property(tries = 200)
    void aDefectPlantedInOneRowOfADocumentIsFoundAtItsPointer(@ForAll("cases") Case c, @ForAll RowDefect defect,
            @ForAll @LongRange(min = 1, max = 10_000) long k, @ForAll @IntRange(min = 0, max = 4) int at) {
        Assume.that(defect != RowDefect.NOT_BELOW_THE_MINIMUM_WAGE);
        List<DisbursementRecord> rows = new ArrayList<>(List.of(c.row(), c.row(), c.row(), c.row(), c.row()));
        rows.set(at, plant(c, defect, k).get1());
        assertOne(VALIDATOR.validateDisbursements(rows, c.profile()), defect.code, defect.field,
                "/records/" + at + "/" + defect.field.replace('.', '/'));
    }

    // ---- reports: a profile that the report's totals agree with ----

    /** The profile a report agrees with, as loose as its totals allow, in force from 1997. */
    static ProvinceProfile looseProfileOf(MonthlyReport r, long benefitDelta, long wageDelta, long rungDelta,
            long contributionsDelta) {
        long a = r.allowance().due().fen();
        long n = r.inCentre();
        long s = r.agreementsSigned();
        long benefit = (s == 0 ? 0 : a / s) + benefitDelta;
        long wage = (n == 0 ? 1 : a / n + 1) - wageDelta;
        long top = (n == 0 ? 0 : (a + n - 1) / n) - rungDelta;
        long contributions = r.contributions().due().fen() + contributionsDelta;
        AllowanceStandard standard = AllowanceStandard.of(AllowanceLadder.of(Money.ofFen(top)), Money.ofFen(benefit),
                Money.ofFen(wage), Money.zero());
        return profile(standard, contributions);
    }

    enum ReportDefect {
        BELOW_THE_BENEFIT(ProblemCode.REPORT_ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, "allowance.dueFen"),
        NOT_BELOW_THE_MINIMUM_WAGE(ProblemCode.REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, "allowance.dueFen"),
        ABOVE_THE_LADDER(ProblemCode.REPORT_ALLOWANCE_ABOVE_LADDER, "allowance.dueFen"),
        CONTRIBUTIONS_OFF(ProblemCode.REPORT_CONTRIBUTIONS_NOT_AS_POLICY, "contributions.dueFen");

        final ProblemCode code;
        final String field;

        ReportDefect(ProblemCode code, String field) {
            this.code = code;
            this.field = field;
        }
    }

    @Provide
    Arbitrary<Tuple2<Enterprise, MonthlyReport>> reports() {
        return ReportArbitraries.enterprisesWithReports().filter(t -> {
            MonthlyReport r = t.get2();
            boolean workers = r.inCentre() > 0 || (r.allowance().due().isZero() && r.contributions().due().isZero());
            return workers && r.allowance().due().fen() < Long.MAX_VALUE / 2;
        });
    }

    @Property
    void aReportHasNoViolationAgainstAProfileItsTotalsAgreeWith(@ForAll("reports") Tuple2<Enterprise, MonthlyReport> t) {
        MonthlyReport r = t.get2();
        assertEquals(List.of(), VALIDATOR.validate(r, t.get1(), looseProfileOf(r, 0, 0, 0, 0)));
    }

    @Property
    void onePlantedDefectInAReportsProfileGivesExactlyItsViolation(
            @ForAll("reports") Tuple2<Enterprise, MonthlyReport> t, @ForAll ReportDefect defect) {
        MonthlyReport r = t.get2();
        long a = r.allowance().due().fen();
        ProvinceProfile planted;
        switch (defect) {
            case BELOW_THE_BENEFIT:
                Assume.that(r.agreementsSigned() > 0);
                planted = looseProfileOf(r, 1, 0, 0, 0);
                break;
            case NOT_BELOW_THE_MINIMUM_WAGE:
                Assume.that(a > 0);
                planted = looseProfileOf(r, 0, 1, 0, 0);
                break;
            case ABOVE_THE_LADDER:
                Assume.that(a > 0);
                planted = looseProfileOf(r, 0, 0, 1, 0);
                break;
            case CONTRIBUTIONS_OFF:
                Assume.that(r.contributions().due().isPositive());
                planted = looseProfileOf(r, 0, 0, 0, 1);
                break;
            default:
                throw new AssertionError(defect);
        }
        assertOne(VALIDATOR.validate(r, t.get1(), planted), defect.code, defect.field, null);
        assertOne(VALIDATOR.validateReports(List.of(r), List.of(t.get1()), Map.of(t.get1().province(), planted),
                List.of()), defect.code, defect.field, "/reports/0/" + defect.field.replace('.', '/'));
    }
}
