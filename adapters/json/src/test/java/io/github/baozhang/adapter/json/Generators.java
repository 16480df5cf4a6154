package io.github.baozhang.adapter.json;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.ReportSummary;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid core values for the JSON tests that need documents shaped in ways the
 * conformance kit's arbitraries ({@code io.github.baozhang.adapter.tck.arbitraries}) do not make.
 */
final class Generators {

    static final Gb2260 TABLE = Gb2260.of(InterchangeJson.DEFAULT_REVISION);

    /** Every (city, province) pair the 1999 table accepts. */
    static final List<DivisionCode[]> PLACES = places();

    private Generators() {
    }

    private static List<DivisionCode[]> places() {
        List<DivisionCode[]> out = new ArrayList<>();
        for (AdminDivision p : TABLE.provinces()) {
            for (AdminDivision c : TABLE.childrenOf(p.code())) {
                if (TABLE.checkCityInProvince(c.code(), p.code()).isEmpty()) {
                    out.add(new DivisionCode[] {c.code(), p.code()});
                }
            }
        }
        return out;
    }

    static Arbitrary<OrganizationCode> organizationCodes() {
        return Arbitraries.strings().withChars("0123456789ABCDEFGHJKLMNPQRTUWXY").ofLength(8)
                .map(body -> OrganizationCode.parse(body + OrganizationCode.checkCharacter(body)));
    }

    static CreditCode creditCodeOf(OrganizationCode id, String head) {
        String first17 = head + id.toString();
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    static Arbitrary<YearMonth> periods() {
        return Combinators.combine(Arbitraries.integers().between(1998, 2005), Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
    }

    static Arbitrary<Money> amounts(long max) {
        return Arbitraries.longs().between(0, max).map(Money::ofFen);
    }

    static Arbitrary<Enterprise> enterprises() {
        Arbitrary<DivisionCode[]> place = Arbitraries.of(PLACES);
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("鞍山钢铁集团公司", "本溪钢铁公司", "首钢水城钢铁公司", "Anshan Iron & Steel"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank()));
        Arbitrary<Affiliation> affiliations = Arbitraries.of(Affiliation.class);
        Arbitrary<Long> employees = Arbitraries.longs().between(0, 200_000);
        return Combinators.combine(organizationCodes(), names, place, Arbitraries.of(Industry.class), affiliations,
                Arbitraries.of(ProductionStatus.class), employees, Arbitraries.integers().between(0, 31))
                .flatAs((id, name, pl, industry, affiliation, production, emp, flags) ->
                        Combinators.combine(Arbitraries.longs().between(0, emp), Arbitraries.of(true, false))
                                .as((laidOff, withCredit) -> {
                                    Enterprise.Builder b = Enterprise.builder();
                                    b.id(id).name(name).city(pl[0]).province(pl[1]).industry(industry)
                                            .affiliation(affiliation)
                                            .shougangExternal(affiliation == Affiliation.LOCAL && (flags & 1) != 0)
                                            .production(production).severeLoss((flags & 2) != 0)
                                            .employees(emp).laidOffWorkers(laidOff)
                                            .fundingBlindSpot((flags & 4) != 0).incidentHistory((flags & 8) != 0)
                                            .hiddenRisk((flags & 16) != 0);
                                    if (withCredit) {
                                        b.creditCode(creditCodeOf(id, "91" + pl[0]));
                                    }
                                    return b.build();
                                }));
    }

    /** Lists of enterprises whose ids differ, as a registry must. */
    static Arbitrary<List<Enterprise>> registries() {
        return enterprises().list().ofMaxSize(8).uniqueElements(Enterprise::id);
    }

    static Arbitrary<Ratio> enterpriseRatios() {
        return Arbitraries.integers().between(1, 12).flatMap(q ->
                Arbitraries.integers().between(0, 2 * q / 3).map(p -> Ratio.of(p, q)));
    }

    static Arbitrary<FundingCase> fundingCases() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
                Arbitraries.strings().alpha().numeric().ofLength(6), Arbitraries.of("", "\"q\"", "a/b~c", "案例-1"));
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 2);
        Arbitrary<long[]> perWorker = Combinators.combine(Arbitraries.longs().between(0, 5000),
                Arbitraries.longs().between(0, 24), Arbitraries.longs().between(0, 100_000), Arbitraries.longs().between(0, 50_000))
                .as((w, m, a, c) -> new long[] {w, m, a, c});
        Arbitrary<SourceAmounts> received = Combinators.combine(amounts(10_000_000_000L), amounts(10_000_000_000L),
                amounts(10_000_000_000L)).as(SourceAmounts::of);
        return Combinators.combine(ids, Arbitraries.of(Affiliation.class), Arbitraries.of(true, false), periods(),
                form, perWorker, amounts(100_000_000_000L), enterpriseRatios())
                .flatAs((id, affiliation, shougang, period, f, pw, requirement, ratio) ->
                        Combinators.combine(received, amounts(1_000_000_000L), Arbitraries.integers().between(0, 7))
                                .as((rec, arrears, defaults) -> {
                                    FundingCase.Builder b = FundingCase.builder();
                                    b.id(id).affiliation(affiliation).period(period);
                                    if ((defaults & 1) != 0) {
                                        b.shougangExternal(shougang && affiliation == Affiliation.LOCAL);
                                    }
                                    PerWorkerCost cost = PerWorkerCost.of(pw[0], pw[1], Money.ofFen(pw[2]), Money.ofFen(pw[3]));
                                    if (f == 0) {
                                        b.requirement(requirement);
                                    } else {
                                        b.perWorker(cost);
                                        if (f == 2) {
                                            b.requirement(Money.ofFen(cost.exactRequirementFen().longValueExact()));
                                        }
                                    }
                                    if ((defaults & 2) != 0) {
                                        b.enterpriseRatio(ratio).received(rec);
                                    }
                                    if ((defaults & 4) != 0) {
                                        b.uiArrears(arrears);
                                    }
                                    return b.build();
                                }));
    }

    static Arbitrary<Payment> payments(boolean dated) {
        return Combinators.combine(amounts(1_000_000_000L), amounts(1_000_000_000L),
                Arbitraries.integers().between(0, 3650), Arbitraries.of(true, false))
                .as((due, paid, day, withDate) -> {
                    Optional<LocalDate> on = dated && (paid.isPositive() || withDate)
                            ? Optional.of(LocalDate.of(1998, 1, 1).plusDays(day)) : Optional.empty();
                    return Payment.of(due, paid, on);
                });
    }

    static Arbitrary<OffsetDateTime> instants() {
        return Combinators.combine(Arbitraries.longs().between(0, 8L * 365 * 86400),
                Arbitraries.integers().between(-12, 14), Arbitraries.of(0, 0, 500_000_000, 123_456_789))
                .as((s, h, nano) -> OffsetDateTime.of(1998, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(h))
                        .plusSeconds(s).withNano(nano));
    }

    static Arbitrary<MonthlyReport> monthlyReports() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 100_000);
        Arbitrary<SourceAmounts> sources = Combinators.combine(amounts(1_000_000_000L), amounts(1_000_000_000L),
                amounts(1_000_000_000L)).as(SourceAmounts::of);
        Arbitrary<Optional<DivisionCode>> units = Arbitraries.of(PLACES).map(p -> p[0]).optional();
        return Combinators.combine(organizationCodes(), periods(), Arbitraries.integers().between(1, 9), instants(),
                units, counts.list().ofSize(6), payments(true), payments(false))
                .flatAs((id, period, revision, at, unit, c, allowance, contributions) ->
                        Combinators.combine(sources, sources, Arbitraries.of(true, false)).as((plan, received, posted) ->
                                MonthlyReport.builder()
                                        .enterpriseId(id).period(period).revision(revision).submittedAt(at)
                                        .submittedBy(unit)
                                        .laidOffWorkers(c.get(0)).inCentre(c.get(1)).agreementsSigned(c.get(2))
                                        .allowance(allowance).contributions(contributions)
                                        .funds(FundsReport.of(plan, received)).postedPublicly(posted)
                                        .reemployed(c.get(3)).leftCentre(c.get(4)).incidents(c.get(5))
                                        .build()));
    }

    /** Citizen IDs of 18 characters, of every province prefix, birth dates 1930–1985. */
    static Arbitrary<CitizenId> citizenIds() {
        return Combinators.combine(Arbitraries.of(PLACES).map(p -> p[0].toString()),
                Arbitraries.integers().between(0, 55 * 365), Arbitraries.integers().between(0, 999))
                .as((area, day, seq) -> {
                    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(day);
                    String first17 = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                            birth.getDayOfMonth(), seq);
                    return CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
                });
    }

    static Arbitrary<DisbursementRecord> disbursementRecords() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("王建国", "欧阳锋", "李", "Zhang San"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(n -> !n.isBlank()).map(String::strip));
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(1996, 1, 1).plusDays(d));
        return Combinators.combine(citizenIds(), names, organizationCodes(), periods(), payments(true),
                payments(false), days, Arbitraries.integers().between(-1, 400))
                .as((id, name, enterprise, period, allowance, contributions, entered, after) ->
                        DisbursementRecord.builder().worker(Worker.of(id, name)).enterpriseId(enterprise)
                                .period(period).allowance(allowance).contributions(contributions)
                                .centreEnteredOn(entered)
                                .agreementSignedOn(after < 0 ? Optional.empty() : Optional.of(entered.plusDays(after)))
                                .build());
    }

    /** Records in which no citizen ID draws at two enterprises in one period. */
    static Arbitrary<List<DisbursementRecord>> disbursementFeeds() {
        return disbursementRecords().list().ofMaxSize(8)
                .uniqueElements(r -> r.worker().citizenId().toString() + r.period());
    }

    static Arbitrary<Incident> incidents() {
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("2000-017", "事件/1", "a~b"));
        Arbitrary<String> causes = Arbitraries.oneOf(Arbitraries.of("基本生活费拖欠", "wages"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20).filter(c -> !c.isBlank()));
        return Combinators.combine(ids, organizationCodes(), instants(), Arbitraries.longs().between(0, 86400 * 3),
                Arbitraries.longs().between(0, 10_000), causes, Arbitraries.of(IncidentSeverity.class),
                Arbitraries.longs().between(-1, 86400))
                .flatAs((id, enterprise, occurred, delay, people, cause, severity, onScene) ->
                        Arbitraries.of(IncidentStatus.class).map(status -> Incident.builder().id(id)
                                .enterpriseId(enterprise).occurredAt(occurred).reportedAt(occurred.plusSeconds(delay))
                                .participants(people).cause(cause).severity(severity)
                                .provinceOnSceneAt(onScene < 0 ? Optional.empty() : Optional.of(occurred.plusSeconds(onScene)))
                                .status(status).build()));
    }

    /** Incidents whose ids differ, as a document requires. */
    static Arbitrary<List<Incident>> incidentLists() {
        return incidents().list().ofMaxSize(6).uniqueElements(Incident::id);
    }

    static Arbitrary<HolidayCalendar> calendars() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3650).map(d -> LocalDate.of(1998, 1, 1).plusDays(d));
        return Combinators.combine(days.set().ofMaxSize(12), days.set().ofMaxSize(6))
                .as((holidays, workdays) -> {
                    workdays.removeAll(holidays);
                    return HolidayCalendar.of(holidays, workdays);
                });
    }

    static Arbitrary<ReportSummary> summaries() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<SourceAmounts> sources = Combinators.combine(amounts(Long.MAX_VALUE), amounts(1_000_000_000L),
                amounts(1_000_000_000L)).as(SourceAmounts::of);
        return Combinators.combine(counts.list().ofSize(9), amounts(Long.MAX_VALUE).list().ofSize(4), sources, sources)
                .as((c, m, plan, received) -> ReportSummary.builder().monitored(c.get(0)).reported(c.get(1))
                        .onTime(c.get(2)).laidOffWorkers(c.get(3)).inCentre(c.get(4)).agreementsSigned(c.get(5))
                        .reemployed(c.get(6)).leftCentre(c.get(7)).incidents(c.get(8))
                        .allowance(m.get(0), m.get(1)).contributions(m.get(2), m.get(3)).funds(plan, received).build());
    }

    static Arbitrary<Finding> alerts() {
        Arbitrary<Finding> missing = Combinators.combine(organizationCodes(), Arbitraries.of(PLACES), periods())
                .as((id, place, period) -> finding(ProblemCode.REPORT_MISSING, id.toString(), "enterpriseId",
                        id.toString(), "province", place[1].toString(), "period", period.toString(),
                        "dueOn", period.plusMonths(1).atDay(5).toString(), "reason", "none"));
        Arbitrary<Finding> late = Combinators.combine(organizationCodes(), periods(), instants())
                .as((id, period, at) -> finding(ProblemCode.REPORT_LATE, id.toString(), "enterpriseId", id.toString(),
                        "period", period.toString(), "submittedAt", at.toString()));
        Arbitrary<Finding> incomplete = Combinators.combine(Arbitraries.of("nation", "province:210000",
                "industry:METALLURGY", "地区"), Arbitraries.longs().between(0, 100))
                .as((region, reported) -> finding(ProblemCode.REPORTING_INCOMPLETE, region, "region", region,
                        "reported", Long.toString(reported), "monitored", Long.toString(reported + 1)));
        return Arbitraries.oneOf(missing, late, incomplete);
    }

    private static Finding finding(ProblemCode code, String subject, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Finding.of(code, subject, args);
    }

    static Arbitrary<Bulletin> bulletins() {
        Arbitrary<Map<DivisionCode, ReportSummary>> provinces = Arbitraries.maps(
                Arbitraries.of(TABLE.provinces()).map(AdminDivision::code), summaries()).ofMaxSize(5);
        Arbitrary<Map<Industry, ReportSummary>> industries = Arbitraries.maps(Arbitraries.of(Industry.class), summaries())
                .ofMaxSize(4);
        return Combinators.combine(periods(), summaries(), provinces, industries, alerts().list().ofMaxSize(5))
                .as(Bulletin::of);
    }
}
