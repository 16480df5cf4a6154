package io.github.baozhang.adapter.json;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid core values for the JSON tests. The conformance kit's arbitraries are not
 * in this branch yet; when they land these can give way to them.
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
}
