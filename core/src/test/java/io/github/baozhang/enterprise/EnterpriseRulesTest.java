package io.github.baozhang.enterprise;

import static io.github.baozhang.enterprise.EnterpriseTest.liaoning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EnterpriseRulesTest {

    private static final OrganizationCode OTHER = EnterpriseArbitraries.organizationCode("10000001");

    private static List<ProblemCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).collect(Collectors.toList());
    }

    // ---- Shougang external enterprises ----

    @Test
    void aLocalShougangExternalEnterprisePasses() {
        assertEquals(List.of(), EnterpriseRules.check(liaoning().shougangExternal(true).build()));
    }

    @Test
    void aCentralShougangExternalEnterpriseFails() {
        List<Violation> violations = EnterpriseRules.check(
                liaoning().shougangExternal(true).affiliation(Affiliation.CENTRAL).build());
        assertEquals(1, violations.size());
        Violation v = violations.get(0);
        assertEquals(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, v.code());
        assertEquals(Location.ofField("shougangExternal"), v.location());
        assertEquals(Map.of(), v.arguments());
    }

    @Test
    void aCentralEnterpriseThatIsNotShougangExternalPasses() {
        assertEquals(List.of(), EnterpriseRules.check(liaoning().affiliation(Affiliation.CENTRAL).build()));
    }

    // ---- laid-off workers and employees ----

    @Test
    void asManyLaidOffWorkersAsEmployeesPasses() {
        assertEquals(List.of(), EnterpriseRules.check(liaoning().employees(800).laidOffWorkers(800).build()));
    }

    @Test
    void moreLaidOffWorkersThanEmployeesFails() {
        Violation v = EnterpriseRules.check(liaoning().employees(800).laidOffWorkers(801).build()).get(0);
        assertEquals(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, v.code());
        assertEquals(Location.ofField("laidOffWorkers"), v.location());
        assertEquals(Map.of("laidOffWorkers", "801", "employees", "800"), v.arguments());
    }

    @Test
    void bothRulesAreReportedInOrder() {
        Enterprise e = liaoning().shougangExternal(true).affiliation(Affiliation.CENTRAL).laidOffWorkers(900).build();
        assertEquals(List.of(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES),
                codes(EnterpriseRules.check(e)));
    }

    // ---- city in province ----

    @Test
    void aCityOfTheProvincePasses() {
        assertEquals(List.of(), EnterpriseRules.check(liaoning().build(), EnterpriseArbitraries.R1999));
    }

    @Test
    void aCityOfAnotherProvinceFailsAtCity() {
        List<Violation> violations = EnterpriseRules.check(liaoning().city(DivisionCode.parse("130100")).build(),
                EnterpriseArbitraries.R1999);
        assertEquals(1, violations.size());
        assertEquals(ProblemCode.CITY_OUTSIDE_PROVINCE, violations.get(0).code());
        assertEquals(Location.ofField("city"), violations.get(0).location());
        assertEquals(Map.of("city", "130100", "province", "210000"), violations.get(0).arguments());
    }

    @Test
    void aCountyAsCityFailsAtCity() {
        Violation v = EnterpriseRules.check(liaoning().city(DivisionCode.parse("210302")).build(),
                EnterpriseArbitraries.R1999).get(0);
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, v.code());
        assertEquals(Location.ofField("city"), v.location());
    }

    @Test
    void anUnlistedCityFailsAtCityAndAnUnlistedProvinceAtProvince() {
        Violation city = EnterpriseRules.check(liaoning().city(DivisionCode.parse("219900")).build(),
                EnterpriseArbitraries.R1999).get(0);
        assertEquals(ProblemCode.DIVISION_CODE_UNKNOWN, city.code());
        assertEquals(Location.ofField("city"), city.location());
        Violation province = EnterpriseRules.check(liaoning().province(DivisionCode.parse("710000"))
                .city(DivisionCode.parse("710100")).build(), EnterpriseArbitraries.R1999).get(0);
        assertEquals(ProblemCode.DIVISION_CODE_UNKNOWN, province.code());
        assertEquals(Location.ofField("province"), province.location());
    }

    @Test
    void theTableRulesComeAfterTheOthers() {
        Enterprise e = liaoning().laidOffWorkers(900).city(DivisionCode.parse("130100")).build();
        assertEquals(List.of(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, ProblemCode.CITY_OUTSIDE_PROVINCE),
                codes(EnterpriseRules.check(e, EnterpriseArbitraries.R1999)));
    }

    // ---- the registry ----

    @Test
    void aRegistryWithoutRepeatsPasses() {
        assertEquals(List.of(), EnterpriseRules.checkRegistry(List.of(liaoning().build(), liaoning().id(OTHER).build())));
        assertEquals(List.of(), EnterpriseRules.checkRegistry(List.of()));
    }

    @Test
    void eachRepeatIsReportedAtItsOwnIndex() {
        Enterprise a = liaoning().build();
        Enterprise b = liaoning().id(OTHER).build();
        List<Violation> violations = EnterpriseRules.checkRegistry(List.of(a, b, a, liaoning().name("另一家").build()));
        assertEquals(2, violations.size());
        Violation first = violations.get(0);
        assertEquals(ProblemCode.ENTERPRISE_DUPLICATE_ID, first.code());
        assertEquals(Map.of("id", "D2143569X"), first.arguments());
        assertEquals(Optional.of("/enterprises/2/id"), first.location().pointer());
        assertEquals(Optional.of("id"), first.location().field());
        assertEquals(Optional.of("/enterprises/3/id"), violations.get(1).location().pointer());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> EnterpriseRules.check(null));
        assertThrows(NullPointerException.class, () -> EnterpriseRules.check(liaoning().build(), null));
        assertThrows(NullPointerException.class, () -> EnterpriseRules.checkRegistry(null));
    }

    // ---- properties ----

    @Property
    void oneEnterpriseRulesMatchTheirOracle(@ForAll("enterprises") Enterprise e) {
        List<ProblemCode> expected = new ArrayList<>();
        if (e.shougangExternal() && e.affiliation() == Affiliation.CENTRAL) {
            expected.add(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL);
        }
        if (e.laidOffWorkers() > e.employees()) {
            expected.add(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES);
        }
        assertEquals(expected, codes(EnterpriseRules.check(e)));
        List<Violation> withTable = EnterpriseRules.check(e, EnterpriseArbitraries.R1999);
        assertEquals(expected, codes(withTable).subList(0, expected.size()));
        boolean cityFine = EnterpriseArbitraries.R1999.checkCityInProvince(e.city(), e.province()).isEmpty();
        assertEquals(expected.size() + (cityFine ? 0 : 1), withTable.size());
    }

    /** The duplicate check reports exactly the occurrences of an id after its first. */
    @Property
    void theDuplicateCheckFindsExactlyTheRepeatedIds(@ForAll("registries") @Size(max = 12) List<Enterprise> registry) {
        Set<String> expected = new HashSet<>();
        Set<OrganizationCode> seen = new HashSet<>();
        for (int i = 0; i < registry.size(); i++) {
            if (!seen.add(registry.get(i).id())) {
                expected.add("/enterprises/" + i + "/id " + registry.get(i).id());
            }
        }
        List<Violation> violations = EnterpriseRules.checkRegistry(registry);
        Set<String> actual = violations.stream()
                .map(v -> v.location().pointer().orElseThrow() + " " + v.arguments().get("id"))
                .collect(Collectors.toSet());
        assertEquals(expected, actual);
        assertEquals(expected.size(), violations.size());
        assertEquals(registry.size() - seen.size(), violations.size());
    }

    @Provide
    Arbitrary<Enterprise> enterprises() {
        return EnterpriseArbitraries.enterprises();
    }

    @Provide
    Arbitrary<List<Enterprise>> registries() {
        return EnterpriseArbitraries.enterprises(EnterpriseArbitraries.ids(5)).list();
    }
}
