package io.github.baozhang.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    private static Enterprise.Builder enterprise(String body, String name, String province, String city) {
        return Enterprise.builder().id(HierarchyArbitraries.organizationCode(body)).name(name)
                .province(code(province)).city(code(city)).industry(Industry.OTHER).affiliation(Affiliation.LOCAL)
                .shougangExternal(false).production(ProductionStatus.NORMAL).severeLoss(false).employees(5000)
                .laidOffWorkers(1000).fundingBlindSpot(false).incidentHistory(false).hiddenRisk(false);
    }

    /** A central steel works in 海城市, a county-level city of 鞍山. */
    private static final Enterprise ANGANG = enterprise("10000001", "鞍山钢铁公司", "210000", "210381")
            .industry(Industry.METALLURGY).affiliation(Affiliation.CENTRAL).build();
    /** A Shougang external plant in 六盘水, wrongly recorded as central. */
    private static final Enterprise SHUICHENG = enterprise("10000002", "首钢水城钢铁公司", "520000", "520200")
            .industry(Industry.METALLURGY).affiliation(Affiliation.CENTRAL).shougangExternal(true).build();
    /** A local enterprise of 儋州市, a county directly under 海南. */
    private static final Enterprise DANZHOU = enterprise("10000003", "儋州糖厂", "460000", "460003").build();
    /** A central enterprise of another industry, recorded with its province as city. */
    private static final Enterprise LANZHOU = enterprise("10000004", "兰州某厂", "620000", "620000")
            .affiliation(Affiliation.CENTRAL).build();
    /** An enterprise whose city lies outside its province. */
    private static final Enterprise STRAY = enterprise("10000005", "某厂", "420000", "210300").build();
    /** A second enterprise of 鞍山, under the prefecture itself. */
    private static final Enterprise ANSHAN_LOCAL = enterprise("10000006", "鞍山某厂", "210000", "210300")
            .industry(Industry.MILITARY).build();

    private static final List<Enterprise> REGISTRY = List.of(ANGANG, SHUICHENG, DANZHOU, LANZHOU, STRAY, ANSHAN_LOCAL);
    private static final Jurisdiction J = Jurisdiction.of(REGISTRY, HierarchyArbitraries.R1999);

    private static final ReportingUnit MOLSS = ReportingUnit.ministry();
    private static final ReportingUnit ANSHAN = ReportingUnit.city(code("210300"));
    private static final ReportingUnit LIAONING = ReportingUnit.province(code("210000"));
    private static final ReportingUnit METALLURGY = ReportingUnit.industryAuthority(Industry.METALLURGY);

    private static List<String> names(List<ReportingUnit> units) {
        return units.stream().map(ReportingUnit::name).toList();
    }

    // ---- chains ----

    @Test
    void aCentralSteelWorksReportsThroughItsPrefectureAndIsAlsoOnItsIndustrysLine() {
        List<ReportingUnit> chain = J.chain(ANGANG.id());
        assertEquals(List.of(ReportingUnit.enterprise(ANGANG.id()), ANSHAN, LIAONING, MOLSS), chain);
        assertEquals(List.of("鞍山钢铁公司", "鞍山市", "辽宁省", "劳动和社会保障部"), names(chain));
        assertEquals(ANSHAN, J.monitoringUnit(ANGANG.id()));
        assertEquals(Optional.of(METALLURGY), J.industryAuthority(ANGANG.id()));
        assertEquals(List.of(ReportingUnit.enterprise(ANGANG.id()), METALLURGY, MOLSS), J.industryChain(ANGANG.id()));
    }

    @Test
    void aShougangExternalPlantIsLocalWhateverItsRecordSays() {
        List<ReportingUnit> chain = J.chain(SHUICHENG.id());
        assertEquals(List.of("首钢水城钢铁公司", "六盘水市", "贵州省", "劳动和社会保障部"), names(chain));
        assertEquals(Optional.empty(), J.industryAuthority(SHUICHENG.id()));
        assertEquals(List.of(), J.industryChain(SHUICHENG.id()));
    }

    @Test
    void aCountyDirectlyUnderItsProvinceIsItsOwnCity() {
        assertEquals(List.of("儋州糖厂", "儋州市", "海南省", "劳动和社会保障部"), names(J.chain(DANZHOU.id())));
        assertEquals(ReportingUnitKind.CITY, J.monitoringUnit(DANZHOU.id()).kind());
    }

    @Test
    void withoutAUsableCityTheProvinceMonitorsTheEnterprise() {
        assertEquals(List.of("兰州某厂", "甘肃省", "劳动和社会保障部"), names(J.chain(LANZHOU.id())));
        assertEquals(List.of(), J.industryChain(LANZHOU.id()), "a central enterprise of another industry");
        assertEquals(List.of(ReportingUnit.enterprise(STRAY.id()), ReportingUnit.province(code("420000")), MOLSS),
                J.chain(STRAY.id()));
    }

    @Test
    void withoutATableUnitsAreNamedByTheirCodes() {
        Jurisdiction plain = Jurisdiction.of(REGISTRY);
        assertEquals(List.of("鞍山钢铁公司", "210300", "210000", "劳动和社会保障部"), names(plain.chain(ANGANG.id())));
        assertEquals(J.chain(ANGANG.id()), plain.chain(ANGANG.id()));
        assertEquals("210300", plain.tradeUnionPeer(ANSHAN).orElseThrow().name());
    }

    @Test
    void aDivisionTheTableDoesNotListIsNamedByItsCode() {
        Enterprise beijing = enterprise("10000007", "北京某厂", "110000", "110101").build();
        assertEquals(List.of("北京某厂", "110100", "北京市", "劳动和社会保障部"),
                names(Jurisdiction.of(List.of(beijing), HierarchyArbitraries.R1999).chain(beijing.id())));
    }

    // ---- reportsTo ----

    @Test
    void reportsToClimbsOneLevel() {
        assertEquals(Optional.of(ANSHAN), J.reportsTo(ReportingUnit.enterprise(ANGANG.id())));
        assertEquals(Optional.of(LIAONING), J.reportsTo(ANSHAN));
        assertEquals("辽宁省", J.reportsTo(ANSHAN).orElseThrow().name());
        assertEquals(Optional.of(MOLSS), J.reportsTo(LIAONING));
        assertEquals(Optional.of(MOLSS), J.reportsTo(METALLURGY));
        assertEquals(Optional.empty(), J.reportsTo(MOLSS));
        assertEquals(Optional.empty(), J.reportsTo(ReportingUnit.ministryOfFinance()));
        assertEquals(Optional.empty(), J.reportsTo(ReportingUnit.tradeUnion(code("210300"))));
        assertEquals(Optional.empty(), J.reportsTo(ReportingUnit.nationalTradeUnion()));
        assertEquals(Optional.of(ReportingUnit.province(code("130000"))), J.reportsTo(ReportingUnit.city(code("130100"))));
    }

    // ---- steps and trade unions ----

    @Test
    void eachCityAndProvinceReportIsSharedWithItsTradeUnion() {
        List<ReportingStep> steps = J.steps(ANGANG.id());
        ReportingUnit angang = ReportingUnit.enterprise(ANGANG.id());
        assertEquals(List.of(
                ReportingStep.of(angang, ANSHAN, Optional.empty()),
                ReportingStep.of(ANSHAN, LIAONING, Optional.of(ReportingUnit.tradeUnion(code("210300")))),
                ReportingStep.of(LIAONING, MOLSS, Optional.of(ReportingUnit.tradeUnion(code("210000")))),
                ReportingStep.of(angang, METALLURGY, Optional.empty()),
                ReportingStep.of(METALLURGY, MOLSS, Optional.empty())), steps);
        assertEquals("鞍山市总工会", steps.get(1).tradeUnion().orElseThrow().name());
        assertEquals("辽宁省总工会", steps.get(2).tradeUnion().orElseThrow().name());
    }

    @Test
    void theTradeUnionPeers() {
        assertEquals(Optional.of(ReportingUnit.nationalTradeUnion()), J.tradeUnionPeer(MOLSS));
        assertEquals(Optional.empty(), J.tradeUnionPeer(ReportingUnit.ministryOfFinance()));
        assertEquals(Optional.of(ReportingUnit.tradeUnion(code("210000"))), J.tradeUnionPeer(LIAONING));
        assertEquals(Optional.empty(), J.tradeUnionPeer(METALLURGY));
        assertEquals(Optional.empty(), J.tradeUnionPeer(ReportingUnit.enterprise(ANGANG.id())));
        assertEquals(Optional.empty(), J.tradeUnionPeer(ReportingUnit.nationalTradeUnion()));
    }

    // ---- who sees what ----

    @Test
    void aCitySeesItsOwnEnterprisesAProvinceThoseOfItsCities() {
        assertEquals(List.of(ANGANG.id(), ANSHAN_LOCAL.id()), J.visibleTo(ANSHAN));
        assertEquals(List.of(ANGANG.id(), ANSHAN_LOCAL.id()), J.visibleTo(LIAONING));
        assertEquals(List.of(STRAY.id()), J.visibleTo(ReportingUnit.province(code("420000"))));
        assertEquals(List.of(), J.visibleTo(ReportingUnit.city(code("420100"))));
        assertFalse(J.sees(ANSHAN, DANZHOU.id()));
    }

    @Test
    void theMinistriesSeeEverything() {
        List<OrganizationCode> all = REGISTRY.stream().map(Enterprise::id).toList();
        assertEquals(all, J.visibleTo(MOLSS));
        assertEquals(all, J.visibleTo(ReportingUnit.ministryOfFinance()));
        assertEquals(all, J.visibleTo(ReportingUnit.nationalTradeUnion()));
    }

    @Test
    void anIndustryAuthoritySeesTheCentralEnterprisesItChose() {
        assertEquals(List.of(ANGANG.id()), J.visibleTo(METALLURGY));
        assertEquals(List.of(), J.visibleTo(ReportingUnit.industryAuthority(Industry.MILITARY)));
    }

    @Test
    void anEnterpriseSeesItselfAndATradeUnionWhatItsPeerSees() {
        assertEquals(List.of(DANZHOU.id()), J.visibleTo(ReportingUnit.enterprise(DANZHOU.id())));
        assertTrue(J.sees(ReportingUnit.tradeUnion(code("210300")), ANSHAN_LOCAL.id()));
        assertEquals(List.of(ANGANG.id(), ANSHAN_LOCAL.id()), J.visibleTo(ReportingUnit.tradeUnion(code("210000"))));
        assertFalse(J.sees(ReportingUnit.tradeUnion(code("520000")), ANGANG.id()));
    }

    // ---- the bulletin and the units ----

    @Test
    void theBulletinIsIssuedByBothMinistriesToTheProvincesAndAuthorities() {
        assertEquals(List.of(MOLSS, ReportingUnit.ministryOfFinance()), Jurisdiction.bulletinIssuers());
        assertEquals(List.of(LIAONING, ReportingUnit.province(code("420000")), ReportingUnit.province(code("460000")),
                ReportingUnit.province(code("520000")), ReportingUnit.province(code("620000")), METALLURGY),
                J.bulletinRecipients());
    }

    @Test
    void unitsListEveryUnitOnceByKindAndCode() {
        List<ReportingUnit> units = Jurisdiction.of(List.of(ANGANG)).units();
        assertEquals(List.of(ReportingUnit.ministryOfFinance(), MOLSS, LIAONING, ANSHAN, METALLURGY,
                ReportingUnit.enterprise(ANGANG.id()), ReportingUnit.tradeUnion(code("210000")),
                ReportingUnit.tradeUnion(code("210300")), ReportingUnit.nationalTradeUnion()), units);
        assertEquals("鞍山钢铁公司", units.get(5).name());
        assertEquals(List.of(ReportingUnit.ministryOfFinance(), MOLSS, ReportingUnit.nationalTradeUnion()),
                Jurisdiction.of(List.of()).units());
    }

    // ---- the registry ----

    @Test
    void ofARepeatedIdTheFirstCounts() {
        Enterprise again = Enterprise.builder().from(ANGANG).name("重复").city(code("210300")).build();
        Jurisdiction j = Jurisdiction.of(List.of(ANGANG, DANZHOU, again));
        assertEquals(List.of(ANGANG, DANZHOU), j.enterprises());
        assertEquals("鞍山钢铁公司", j.enterpriseUnit(ANGANG.id()).name());
        assertEquals("Jurisdiction[2 enterprises]", j.toString());
    }

    @Test
    void anEnterpriseOutsideTheRegistryIsAnError() {
        OrganizationCode unknown = HierarchyArbitraries.organizationCode("99999999");
        assertThrows(IllegalArgumentException.class, () -> J.chain(unknown));
        assertThrows(IllegalArgumentException.class, () -> J.industryChain(unknown));
        assertThrows(IllegalArgumentException.class, () -> J.sees(MOLSS, unknown));
        assertThrows(IllegalArgumentException.class, () -> J.reportsTo(ReportingUnit.enterprise(unknown)));
        assertThrows(IllegalArgumentException.class, () -> J.monitoringUnit(unknown));
        assertThrows(IllegalArgumentException.class, () -> J.steps(unknown));
    }

    @Test
    void nullsAreRejected() {
        assertEquals("registry", assertThrows(NullPointerException.class, () -> Jurisdiction.of(null)).getMessage());
        assertEquals("names", assertThrows(NullPointerException.class,
                () -> Jurisdiction.of(List.of(), null)).getMessage());
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> Jurisdiction.of(Arrays.asList((Enterprise) null))).getMessage());
        assertEquals("enterpriseId", assertThrows(NullPointerException.class, () -> J.chain(null)).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class, () -> J.reportsTo(null)).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class, () -> J.sees(null, ANGANG.id())).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class, () -> J.visibleTo(null)).getMessage());
        assertEquals("unit", assertThrows(NullPointerException.class, () -> J.tradeUnionPeer(null)).getMessage());
    }
}
