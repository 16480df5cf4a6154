package io.github.baozhang.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.OrganizationCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of jurisdiction over any registry, including registries with broken city rules. */
class JurisdictionProperties {

    @Provide
    Arbitrary<List<Enterprise>> registries() {
        return HierarchyArbitraries.registries();
    }

    @Provide
    Arbitrary<List<ReportingUnit>> foreignUnits() {
        return HierarchyArbitraries.anyUnits().list().ofMaxSize(8);
    }

    private static List<OrganizationCode> ids(Jurisdiction j) {
        return j.enterprises().stream().map(Enterprise::id).toList();
    }

    /** The jurisdiction's own units and some others, enterprises outside the registry left out. */
    private static List<ReportingUnit> candidates(Jurisdiction j, List<ReportingUnit> foreign) {
        Set<OrganizationCode> known = new HashSet<>(ids(j));
        List<ReportingUnit> units = new ArrayList<>(j.units());
        for (ReportingUnit u : foreign) {
            if (u.enterpriseId().map(known::contains).orElse(true)) {
                units.add(u);
            }
        }
        return units;
    }

    @Property
    void everyChainStartsAtTheEnterpriseClimbsByReportsToAndEndsAtTheMinistry(
            @ForAll("registries") List<Enterprise> registry) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (OrganizationCode id : ids(j)) {
            List<ReportingUnit> chain = j.chain(id);
            assertEquals(ReportingUnit.enterprise(id), chain.get(0));
            assertEquals(ReportingUnit.ministry(), chain.get(chain.size() - 1));
            assertTrue(chain.size() == 3 || chain.size() == 4, chain::toString);
            for (int i = 1; i < chain.size(); i++) {
                assertEquals(Optional.of(chain.get(i)), j.reportsTo(chain.get(i - 1)));
                assertTrue(chain.get(i).kind().compareTo(chain.get(i - 1).kind()) < 0, "kinds climb");
            }
            assertEquals(j.monitoringUnit(id), chain.get(1));
            assertEquals(ReportingUnitKind.PROVINCE, chain.get(chain.size() - 2).kind());
            Enterprise e = registry.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            assertEquals(e.province().toString(), chain.get(chain.size() - 2).code(), "the declared province");
            List<ReportingUnit> industry = j.industryChain(id);
            if (!industry.isEmpty()) {
                assertEquals(List.of(ReportingUnit.enterprise(id), j.industryAuthority(id).orElseThrow(),
                        ReportingUnit.ministry()), industry);
            }
        }
    }

    @Property
    void followingReportsToFromAnyUnitEndsWithinFourStepsWithoutACycle(@ForAll("registries") List<Enterprise> registry,
            @ForAll("foreignUnits") List<ReportingUnit> foreign) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (ReportingUnit start : candidates(j, foreign)) {
            Set<ReportingUnit> seen = new HashSet<>();
            ReportingUnit unit = start;
            Optional<ReportingUnit> next = Optional.of(start);
            int steps = -1;
            while (next.isPresent()) {
                unit = next.get();
                assertTrue(seen.add(unit), () -> "cycle through " + start);
                steps++;
                next = j.reportsTo(unit);
            }
            assertTrue(steps <= 3, () -> start + " climbed " + seen);
            boolean peerOrCoIssuer = start.kind() == ReportingUnitKind.TRADE_UNION
                    || start.equals(ReportingUnit.ministryOfFinance());
            assertEquals(peerOrCoIssuer ? start : ReportingUnit.ministry(), unit);
        }
    }

    @Property
    void aUnitSeesAnEnterpriseExactlyWhenItIsOnOneOfItsChainsOrIsAMinistry(
            @ForAll("registries") List<Enterprise> registry, @ForAll("foreignUnits") List<ReportingUnit> foreign) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (ReportingUnit unit : candidates(j, foreign)) {
            if (unit.kind() == ReportingUnitKind.TRADE_UNION) {
                continue;
            }
            for (OrganizationCode id : ids(j)) {
                boolean onChain = j.chain(id).contains(unit) || j.industryChain(id).contains(unit);
                assertEquals(onChain || unit.kind() == ReportingUnitKind.MINISTRY, j.sees(unit, id),
                        () -> unit + " and " + id);
            }
        }
    }

    @Property
    void aTradeUnionSeesExactlyWhatItsPeerLabourDepartmentSees(@ForAll("registries") List<Enterprise> registry,
            @ForAll("foreignUnits") List<ReportingUnit> foreign) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (ReportingUnit unit : candidates(j, foreign)) {
            Optional<ReportingUnit> peer = j.tradeUnionPeer(unit);
            boolean labourDepartment = unit.kind() == ReportingUnitKind.CITY || unit.kind() == ReportingUnitKind.PROVINCE
                    || unit.equals(ReportingUnit.ministry());
            assertEquals(labourDepartment, peer.isPresent(), unit::toString);
            if (peer.isPresent()) {
                assertEquals(ReportingUnitKind.TRADE_UNION, peer.get().kind());
                assertEquals(Optional.empty(), j.reportsTo(peer.get()), "a trade union reports to nobody");
                assertEquals(j.visibleTo(unit), j.visibleTo(peer.get()));
            }
        }
    }

    @Property
    void visibleToListsInRegistryOrderExactlyTheEnterprisesAUnitSees(@ForAll("registries") List<Enterprise> registry,
            @ForAll("foreignUnits") List<ReportingUnit> foreign) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (ReportingUnit unit : candidates(j, foreign)) {
            List<OrganizationCode> expected = ids(j).stream().filter(id -> j.sees(unit, id)).toList();
            assertEquals(expected, j.visibleTo(unit));
        }
        assertEquals(ids(j), j.visibleTo(ReportingUnit.ministryOfFinance()));
    }

    @Property
    void anIndustryChainExactlyForACentralEnterpriseOfAMonitoredIndustryThatIsNotAShougangPlant(
            @ForAll("registries") List<Enterprise> registry) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (Enterprise e : j.enterprises()) {
            boolean expected = e.affiliation() == Affiliation.CENTRAL && e.industry().isMonitoredByNotice()
                    && !e.shougangExternal();
            assertEquals(expected, !j.industryChain(e.id()).isEmpty());
            assertEquals(expected, j.industryAuthority(e.id()).isPresent());
            j.industryAuthority(e.id()).ifPresent(a -> assertEquals(Optional.of(e.industry()), a.industry()));
        }
    }

    @Property
    void stepsWalkBothChainsAndTellThePeerOfEachCityAndProvince(@ForAll("registries") List<Enterprise> registry) {
        Jurisdiction j = Jurisdiction.of(registry);
        for (OrganizationCode id : ids(j)) {
            List<ReportingStep> steps = j.steps(id);
            List<ReportingUnit> chain = j.chain(id);
            List<ReportingUnit> industry = j.industryChain(id);
            assertEquals(chain.size() - 1 + Math.max(0, industry.size() - 1), steps.size());
            for (int i = 0; i < steps.size(); i++) {
                ReportingStep s = steps.get(i);
                List<ReportingUnit> line = i < chain.size() - 1 ? chain : industry;
                int k = i < chain.size() - 1 ? i : i - (chain.size() - 1);
                assertEquals(line.get(k), s.from());
                assertEquals(line.get(k + 1), s.to());
                boolean told = s.from().kind() == ReportingUnitKind.CITY || s.from().kind() == ReportingUnitKind.PROVINCE;
                assertEquals(told, s.tradeUnion().isPresent());
                s.tradeUnion().ifPresent(t -> assertEquals(s.from().code(), t.code()));
            }
        }
    }

    @Property
    void theLocalDepartmentLiesInTheEnterprisesProvinceAndNamesDoNotChangeAnyAnswer(
            @ForAll("registries") List<Enterprise> registry) {
        Jurisdiction plain = Jurisdiction.of(registry);
        Jurisdiction named = Jurisdiction.of(registry, HierarchyArbitraries.R1999);
        for (Enterprise e : plain.enterprises()) {
            ReportingUnit local = plain.monitoringUnit(e.id());
            assertTrue(local.division().orElseThrow().isWithin(e.province()));
            assertFalse(local.division().orElseThrow().level() == io.github.baozhang.id.DivisionLevel.COUNTY
                    && local.division().orElseThrow().prefecture().isPresent(), "a county reports through its prefecture");
            assertEquals(plain.chain(e.id()), named.chain(e.id()));
            assertEquals(plain.steps(e.id()), named.steps(e.id()));
        }
        assertEquals(plain.units(), named.units());
        assertEquals(plain.bulletinRecipients(), named.bulletinRecipients());
    }
}
