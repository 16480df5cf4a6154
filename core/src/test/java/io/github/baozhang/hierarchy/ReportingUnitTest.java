package io.github.baozhang.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportingUnitTest {

    private static final OrganizationCode ID = OrganizationCode.parse("D2143569-X");

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    @Test
    void theMinistriesAndTheNationalTradeUnionAreConstants() {
        ReportingUnit molss = ReportingUnit.ministry();
        assertEquals(ReportingUnitKind.MINISTRY, molss.kind());
        assertEquals("MOLSS", molss.code());
        assertEquals("劳动和社会保障部", molss.name());
        assertSame(molss, ReportingUnit.ministry());
        ReportingUnit mof = ReportingUnit.ministryOfFinance();
        assertEquals(ReportingUnitKind.MINISTRY, mof.kind());
        assertEquals("MOF", mof.code());
        assertEquals("财政部", mof.name());
        ReportingUnit acftu = ReportingUnit.nationalTradeUnion();
        assertEquals(ReportingUnitKind.TRADE_UNION, acftu.kind());
        assertEquals("ACFTU", acftu.code());
        assertEquals("中华全国总工会", acftu.name());
        for (ReportingUnit u : List.of(molss, mof, acftu)) {
            assertEquals(Optional.empty(), u.division());
            assertEquals(Optional.empty(), u.industry());
            assertEquals(Optional.empty(), u.enterpriseId());
        }
    }

    @Test
    void aProvinceIsAProvinceLevelCode() {
        ReportingUnit liaoning = ReportingUnit.province(code("210000"));
        assertEquals(ReportingUnitKind.PROVINCE, liaoning.kind());
        assertEquals("210000", liaoning.code());
        assertEquals("210000", liaoning.name());
        assertEquals(Optional.of(code("210000")), liaoning.division());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ReportingUnit.province(code("210300")));
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, e.code());
        assertEquals(Map.of("code", "210300", "level", "PREFECTURE", "expected", "PROVINCE"), e.arguments());
    }

    @Test
    void aCityIsAPrefectureOrACountyDirectlyUnderItsProvince() {
        assertEquals("210300", ReportingUnit.city(code("210300")).code());
        assertEquals(ReportingUnitKind.CITY, ReportingUnit.city(code("460003")).kind());
        assertEquals(Map.of("code", "210381", "level", "COUNTY", "expected", "PREFECTURE"),
                assertThrows(InvalidValueException.class, () -> ReportingUnit.city(code("210381"))).arguments());
        assertEquals(Map.of("code", "210000", "level", "PROVINCE", "expected", "PREFECTURE"),
                assertThrows(InvalidValueException.class, () -> ReportingUnit.city(code("210000"))).arguments());
    }

    @Test
    void ofDivisionReadsASubmittedByCode() {
        assertEquals(ReportingUnit.province(code("210000")), ReportingUnit.ofDivision(code("210000")));
        assertEquals(ReportingUnit.city(code("210300")), ReportingUnit.ofDivision(code("210300")));
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL,
                assertThrows(InvalidValueException.class, () -> ReportingUnit.ofDivision(code("210381"))).code());
    }

    @Test
    void theIndustryAuthoritiesOf1999() {
        assertEquals("国防科学技术工业委员会", ReportingUnit.industryAuthority(Industry.MILITARY).name());
        assertEquals("国家冶金工业局", ReportingUnit.industryAuthority(Industry.METALLURGY).name());
        ReportingUnit nonferrous = ReportingUnit.industryAuthority(Industry.NONFERROUS);
        assertEquals("国家有色金属工业局", nonferrous.name());
        assertEquals("NONFERROUS", nonferrous.code());
        assertEquals(ReportingUnitKind.INDUSTRY_AUTHORITY, nonferrous.kind());
        assertEquals(Optional.of(Industry.NONFERROUS), nonferrous.industry());
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportingUnit.industryAuthority(Industry.OTHER));
        assertEquals(ProblemCode.INDUSTRY_NOT_MONITORED, e.code());
        assertEquals(Map.of("industry", "OTHER"), e.arguments());
    }

    @Test
    void anEnterpriseByIdOrByItsRecord() {
        ReportingUnit byId = ReportingUnit.enterprise(ID);
        assertEquals(ReportingUnitKind.ENTERPRISE, byId.kind());
        assertEquals("D2143569X", byId.code());
        assertEquals("D2143569X", byId.name());
        assertEquals(Optional.of(ID), byId.enterpriseId());
        Enterprise record = Enterprise.builder().id(ID).name("鞍山钢铁公司").province(code("210000"))
                .city(code("210300")).industry(Industry.METALLURGY).affiliation(Affiliation.CENTRAL)
                .shougangExternal(false).production(ProductionStatus.NORMAL).severeLoss(false).employees(1)
                .laidOffWorkers(0).fundingBlindSpot(false).incidentHistory(false).hiddenRisk(false).build();
        assertEquals("鞍山钢铁公司", ReportingUnit.enterprise(record).name());
        assertEquals(byId, ReportingUnit.enterprise(record));
    }

    @Test
    void aTradeUnionOfAProvinceOrCity() {
        ReportingUnit union = ReportingUnit.tradeUnion(code("210300"));
        assertEquals(ReportingUnitKind.TRADE_UNION, union.kind());
        assertEquals("210300", union.code());
        assertEquals(Optional.of(code("210300")), union.division());
        assertEquals("210000", ReportingUnit.tradeUnion(code("210000")).code());
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL,
                assertThrows(InvalidValueException.class, () -> ReportingUnit.tradeUnion(code("210381"))).code());
    }

    @Test
    void aNameIsALabelThatDoesNotChangeTheIdentity() {
        ReportingUnit anshan = ReportingUnit.city(code("210300")).withName("鞍山市");
        assertEquals("鞍山市", anshan.name());
        assertEquals(ReportingUnit.city(code("210300")), anshan);
        assertEquals(ReportingUnit.city(code("210300")).hashCode(), anshan.hashCode());
        assertEquals(Optional.of(code("210300")), anshan.division());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> anshan.withName(" "));
        assertEquals(ProblemCode.TEXT_BLANK, e.code());
        assertEquals(Map.of("field", "name"), e.arguments());
        assertEquals("name", assertThrows(NullPointerException.class, () -> anshan.withName(null)).getMessage());
    }

    @Test
    void kindAndCodeBothCount() {
        assertNotEquals(ReportingUnit.city(code("210300")), ReportingUnit.tradeUnion(code("210300")));
        assertNotEquals(ReportingUnit.city(code("210300")), ReportingUnit.city(code("210400")));
        assertNotEquals(ReportingUnit.city(code("210300")).hashCode(), ReportingUnit.city(code("210400")).hashCode());
        assertNotEquals(ReportingUnit.city(code("210300")).hashCode(), ReportingUnit.tradeUnion(code("210300")).hashCode());
        assertNotEquals(ReportingUnit.ministry(), ReportingUnit.ministryOfFinance());
        assertNotEquals(ReportingUnit.ministry(), "MOLSS");
    }

    @Test
    void unitsOrderByKindThenCode() {
        List<ReportingUnit> sorted = List.of(ReportingUnit.tradeUnion(code("210000")), ReportingUnit.enterprise(ID),
                ReportingUnit.city(code("210300")), ReportingUnit.ministryOfFinance(), ReportingUnit.ministry(),
                ReportingUnit.province(code("210000"))).stream().sorted().toList();
        assertEquals(List.of(ReportingUnit.ministryOfFinance(), ReportingUnit.ministry(),
                ReportingUnit.province(code("210000")), ReportingUnit.city(code("210300")),
                ReportingUnit.enterprise(ID), ReportingUnit.tradeUnion(code("210000"))), sorted);
    }

    @Test
    void toStringShowsKindCodeAndName() {
        assertEquals("ReportingUnit{CITY 210300 鞍山市}", ReportingUnit.city(code("210300")).withName("鞍山市").toString());
    }

    @Test
    void nullsAreRejected() {
        assertEquals("province", assertThrows(NullPointerException.class, () -> ReportingUnit.province(null)).getMessage());
        assertEquals("city", assertThrows(NullPointerException.class, () -> ReportingUnit.city(null)).getMessage());
        assertEquals("division", assertThrows(NullPointerException.class, () -> ReportingUnit.ofDivision(null)).getMessage());
        assertEquals("division", assertThrows(NullPointerException.class, () -> ReportingUnit.tradeUnion(null)).getMessage());
        assertEquals("industry", assertThrows(NullPointerException.class,
                () -> ReportingUnit.industryAuthority(null)).getMessage());
        assertEquals("enterpriseId", assertThrows(NullPointerException.class,
                () -> ReportingUnit.enterprise((OrganizationCode) null)).getMessage());
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> ReportingUnit.enterprise((Enterprise) null)).getMessage());
    }

    @Provide
    Arbitrary<ReportingUnit> units() {
        return HierarchyArbitraries.anyUnits();
    }

    @Property
    void equalExactlyWhenKindAndCodeAreAndTheOrderAgrees(@ForAll("units") ReportingUnit a, @ForAll("units") ReportingUnit b) {
        boolean same = a.kind() == b.kind() && a.code().equals(b.code());
        assertEquals(same, a.equals(b));
        assertEquals(same, a.compareTo(b) == 0);
        assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
        if (same) {
            assertEquals(a.hashCode(), b.hashCode());
        }
        assertTrue(a.equals(a.withName("另一个名字")));
    }
}
