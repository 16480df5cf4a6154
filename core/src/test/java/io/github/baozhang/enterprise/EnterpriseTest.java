package io.github.baozhang.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    static final OrganizationCode ID = OrganizationCode.parse("D2143569-X");

    /** A valid local enterprise of Liaoning meeting no criterion. */
    static Enterprise.Builder liaoning() {
        return Enterprise.builder()
                .id(ID)
                .name("某钢铁公司")
                .province(DivisionCode.parse("210000"))
                .city(DivisionCode.parse("210300"))
                .industry(Industry.METALLURGY)
                .affiliation(Affiliation.LOCAL)
                .shougangExternal(false)
                .production(ProductionStatus.NORMAL)
                .severeLoss(false)
                .employees(800)
                .laidOffWorkers(100)
                .fundingBlindSpot(false)
                .incidentHistory(false)
                .hiddenRisk(false);
    }

    @Test
    void carriesEveryAttributeOfTheInterchangeRecord() {
        Enterprise e = liaoning().creditCode(EnterpriseArbitraries.creditCodeFor(ID)).build();
        assertEquals(ID, e.id());
        assertEquals(Optional.of(EnterpriseArbitraries.creditCodeFor(ID)), e.creditCode());
        assertEquals("某钢铁公司", e.name());
        assertEquals(DivisionCode.parse("210000"), e.province());
        assertEquals(DivisionCode.parse("210300"), e.city());
        assertEquals(Industry.METALLURGY, e.industry());
        assertEquals(Affiliation.LOCAL, e.affiliation());
        assertFalse(e.shougangExternal());
        assertEquals(ProductionStatus.NORMAL, e.production());
        assertFalse(e.severeLoss());
        assertEquals(800, e.employees());
        assertEquals(100, e.laidOffWorkers());
        assertFalse(e.fundingBlindSpot());
        assertFalse(e.incidentHistory());
        assertFalse(e.hiddenRisk());
    }

    @Test
    void theCreditCodeIsOptional() {
        assertEquals(Optional.empty(), liaoning().build().creditCode());
    }

    @Test
    void valueSemantics() {
        assertEquals(liaoning().build(), liaoning().build());
        assertEquals(liaoning().build().hashCode(), liaoning().build().hashCode());
        assertNotEquals(liaoning().build(), liaoning().employees(801).build());
        assertTrue(liaoning().build().toString().contains("D2143569X"));
    }

    @Test
    void businessRulesAreNotInvariants() {
        Enterprise e = liaoning().laidOffWorkers(900).affiliation(Affiliation.CENTRAL).shougangExternal(true)
                .city(DivisionCode.parse("130100")).build();
        assertEquals(900, e.laidOffWorkers());
    }

    // ---- invariants ----

    @Test
    void aBlankNameIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> liaoning().name(" \t").build());
        assertEquals(ProblemCode.ENTERPRISE_NAME_BLANK, e.code());
        assertEquals(Map.of(), e.arguments());
        assertThrows(InvalidValueException.class, () -> liaoning().name("").build());
    }

    @Test
    void theProvinceMustBeProvinceLevel() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> liaoning().province(DivisionCode.parse("210300")).build());
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, e.code());
        assertEquals(Map.of("code", "210300", "level", "PREFECTURE", "expected", "PROVINCE"), e.arguments());
    }

    @Test
    void countsMustNotBeNegative() {
        InvalidValueException employees = assertThrows(InvalidValueException.class,
                () -> liaoning().employees(-1).build());
        assertEquals(ProblemCode.VALUE_NEGATIVE, employees.code());
        assertEquals(Map.of("value", "-1"), employees.arguments());
        InvalidValueException laidOff = assertThrows(InvalidValueException.class,
                () -> liaoning().laidOffWorkers(-5).build());
        assertEquals(Map.of("value", "-5"), laidOff.arguments());
        assertEquals(0, liaoning().employees(0).laidOffWorkers(0).build().employees());
    }

    @Test
    void aCreditCodeMustEmbedTheId() {
        CreditCode other = CreditCode.parse("91350100M000100Y43");
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> liaoning().creditCode(other).build());
        assertEquals(ProblemCode.ENTERPRISE_CREDIT_CODE_MISMATCH, e.code());
        assertEquals(Map.of("creditCode", "91350100M000100Y43", "id", "D2143569X"), e.arguments());
        Enterprise ok = liaoning().id(OrganizationCode.parse("M000100Y4")).creditCode(other).build();
        assertEquals(other.organizationCode(), ok.id());
    }

    @Test
    void everyAttributeButTheCreditCodeIsRequired() {
        assertThrows(IllegalStateException.class, () -> Enterprise.builder().id(ID).name("x").build());
        assertThrows(NullPointerException.class, () -> liaoning().name(null));
    }

    // ---- properties ----

    @Property
    void generatedEnterprisesKeepTheInvariantsAndCopyExactly(@ForAll("enterprises") Enterprise e) {
        assertFalse(e.name().isBlank());
        assertEquals(DivisionLevel.PROVINCE, e.province().level());
        assertTrue(e.employees() >= 0 && e.laidOffWorkers() >= 0);
        e.creditCode().ifPresent(c -> assertEquals(e.id(), c.organizationCode()));
        assertEquals(e, Enterprise.builder().from(e).build());
    }

    @Provide
    Arbitrary<Enterprise> enterprises() {
        return EnterpriseArbitraries.enterprises();
    }
}
