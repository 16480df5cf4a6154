package io.github.baozhang.enterprise;

import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of enterprises and policies shared by the tests of this package. */
final class EnterpriseArbitraries {

    static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);

    /** The 31 provinces of 1999 and Taiwan (a valid shape listed in no revision). */
    static final List<DivisionCode> PROVINCES = Stream.concat(
                    R1999.provinces().stream().map(AdminDivision::code), Stream.of(DivisionCode.parse("710000")))
            .collect(Collectors.toList());

    private EnterpriseArbitraries() {
    }

    static OrganizationCode organizationCode(String body) {
        return OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
    }

    /** Organisation codes drawn from a pool of the given size, so that ids repeat. */
    static Arbitrary<OrganizationCode> ids(int pool) {
        return Arbitraries.integers().between(0, pool - 1).map(i -> organizationCode(String.format("1%07d", i)));
    }

    static CreditCode creditCodeFor(OrganizationCode id) {
        String first17 = "91350100" + id;
        return CreditCode.parse(first17 + CreditCode.checkCharacter(first17));
    }

    /** Every (province, city) pair of 1999 where the city is a direct child of the province. */
    private static final List<List<DivisionCode>> LOCATED = R1999.provinces().stream()
            .flatMap(p -> R1999.childrenOf(p.code()).stream().map(c -> List.of(p.code(), c.code())))
            .collect(Collectors.toList());

    /**
     * A province and a city: mostly a city of that province in 1999, sometimes any listed
     * division with any province (Taiwan included), so that the city rules have work to do.
     */
    static Arbitrary<List<DivisionCode>> locations() {
        Arbitrary<List<DivisionCode>> anyPair = Combinators.combine(Arbitraries.of(PROVINCES),
                        Arbitraries.of(R1999.divisions()).map(AdminDivision::code))
                .as(List::of);
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(LOCATED)), Tuple.of(1, anyPair));
    }

    static Arbitrary<Long> counts() {
        return Arbitraries.longs().between(0, 6000);
    }

    static Arbitrary<Enterprise> enterprises() {
        return enterprises(ids(1_000_000));
    }

    static Arbitrary<Enterprise> enterprises(Arbitrary<OrganizationCode> ids) {
        Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
        return Builders.withBuilder(() -> Enterprise.builder())
                .use(locations()).in((b, l) -> b.province(l.get(0)).city(l.get(1)))
                .use(ids).in((b, id) -> b.id(id))
                .use(Arbitraries.of("鞍山钢铁公司", "吉林化纤厂", "Shougang Shuicheng", " 株洲冶炼厂 "))
                .in((b, name) -> b.name(name))
                .use(Arbitraries.of(Industry.class)).in((b, v) -> b.industry(v))
                .use(Arbitraries.of(Affiliation.class)).in((b, v) -> b.affiliation(v))
                .use(booleans).in((b, v) -> b.shougangExternal(v))
                .use(Arbitraries.of(ProductionStatus.class)).in((b, v) -> b.production(v))
                .use(booleans).in((b, v) -> b.severeLoss(v))
                .use(counts()).in((b, v) -> b.employees(v))
                .use(counts()).in((b, v) -> b.laidOffWorkers(v))
                .use(booleans).in((b, v) -> b.fundingBlindSpot(v))
                .use(booleans).in((b, v) -> b.incidentHistory(v))
                .use(booleans).in((b, v) -> b.hiddenRisk(v))
                .build(b -> b.build())
                .map(e -> Math.floorMod(e.id().hashCode(), 3) == 0
                        ? Enterprise.builder().from(e).creditCode(Optional.of(creditCodeFor(e.id()))).build()
                        : e);
    }

    static Arbitrary<MonitoredRegions> regions() {
        return Arbitraries.oneOf(
                Arbitraries.just(MonitoredRegions.notice1999()),
                Arbitraries.subsetOf(PROVINCES).map(MonitoredRegions::of));
    }

    static Arbitrary<SelectionPolicy> policies() {
        return Combinators.combine(Arbitraries.of(CriteriaCombination.class), Arbitraries.longs().between(0, 3000),
                        Arbitraries.longs().between(0, 3000), regions())
                .as((combination, employees, laidOff, regions) -> SelectionPolicy.builder()
                        .combination(combination)
                        .largeEnterpriseEmployees(employees)
                        .manyLaidOffWorkers(laidOff)
                        .regions(regions)
                        .build());
    }
}
