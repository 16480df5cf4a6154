package io.github.baozhang.hierarchy;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators for the tests of this package; core tests keep their own (they cannot use the TCK). */
final class HierarchyArbitraries {

    static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);

    static final List<DivisionCode> PROVINCES =
            R1999.provinces().stream().map(AdminDivision::code).collect(Collectors.toList());

    static final List<DivisionCode> DIVISIONS =
            R1999.divisions().stream().map(AdminDivision::code).collect(Collectors.toList());

    /** Every listed division below each province: prefectures, their counties, counties under the province. */
    private static final Map<DivisionCode, List<DivisionCode>> BELOW = PROVINCES.stream().collect(Collectors.toMap(
            p -> p, p -> DIVISIONS.stream().filter(d -> !d.equals(p) && d.isWithin(p)).collect(Collectors.toList())));

    private HierarchyArbitraries() {
    }

    static OrganizationCode organizationCode(String body) {
        return OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
    }

    /** Organisation codes drawn from a pool of the given size, so that ids repeat. */
    static Arbitrary<OrganizationCode> ids(int pool) {
        return Arbitraries.integers().between(0, pool - 1).map(i -> organizationCode(String.format("1%07d", i)));
    }

    /**
     * A province and a city: mostly a division below the province (a prefecture, a county of a
     * prefecture, a county under the province), sometimes the province itself or a division
     * anywhere, so that the fallbacks have work to do.
     */
    static Arbitrary<List<DivisionCode>> locations() {
        Arbitrary<DivisionCode> provinces = Arbitraries.of(PROVINCES).filter(p -> !BELOW.get(p).isEmpty());
        Arbitrary<List<DivisionCode>> below = provinces.flatMap(p -> Arbitraries.of(BELOW.get(p)).map(c -> List.of(p, c)));
        Arbitrary<List<DivisionCode>> itself = Arbitraries.of(PROVINCES).map(p -> List.of(p, p));
        Arbitrary<List<DivisionCode>> anywhere = Combinators.combine(Arbitraries.of(PROVINCES), Arbitraries.of(DIVISIONS))
                .as(List::of);
        return Arbitraries.frequencyOf(Tuple.of(8, below), Tuple.of(1, itself), Tuple.of(1, anywhere));
    }

    static Arbitrary<Enterprise> enterprises(Arbitrary<OrganizationCode> ids) {
        Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
        return Builders.withBuilder(() -> Enterprise.builder().name("某企业").production(ProductionStatus.NORMAL)
                        .severeLoss(false).employees(1000).laidOffWorkers(100).fundingBlindSpot(false)
                        .incidentHistory(false).hiddenRisk(false))
                .use(locations()).in((b, l) -> b.province(l.get(0)).city(l.get(1)))
                .use(ids).in((b, id) -> b.id(id))
                .use(Arbitraries.of(Industry.class)).in((b, v) -> b.industry(v))
                .use(Arbitraries.of(Affiliation.class)).in((b, v) -> b.affiliation(v))
                .use(Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false))).in((b, v) -> b.shougangExternal(v))
                .use(booleans).in((b, v) -> b.severeLoss(v))
                .build(Enterprise.Builder::build);
    }

    static Arbitrary<List<Enterprise>> registries() {
        return enterprises(ids(15)).list().ofMinSize(1).ofMaxSize(12);
    }

    /** Units that may or may not belong to a jurisdiction: any kind, any code. */
    static Arbitrary<ReportingUnit> anyUnits() {
        Arbitrary<DivisionCode> cities = Arbitraries.of(DIVISIONS)
                .map(d -> d.prefecture().orElse(d));
        return Arbitraries.oneOf(
                Arbitraries.of(ReportingUnit.ministry(), ReportingUnit.ministryOfFinance(),
                        ReportingUnit.nationalTradeUnion()),
                Arbitraries.of(PROVINCES).map(ReportingUnit::province),
                cities.filter(c -> c.level() != io.github.baozhang.id.DivisionLevel.PROVINCE).map(ReportingUnit::city),
                cities.map(ReportingUnit::tradeUnion),
                Arbitraries.of(Industry.MILITARY, Industry.METALLURGY, Industry.NONFERROUS)
                        .map(ReportingUnit::industryAuthority),
                ids(15).map(ReportingUnit::enterprise));
    }
}
