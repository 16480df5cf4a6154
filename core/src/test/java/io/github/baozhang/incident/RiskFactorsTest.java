package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskFactorsTest {

    @Test
    void noneIsTheHarmlessDefaultOfEveryAttribute() {
        RiskFactors none = RiskFactors.none();
        assertEquals(0, none.arrearsMonths());
        assertEquals(BasisPoints.of(10000), none.arrivalRate());
        assertEquals(ProductionStatus.NORMAL, none.production());
        assertEquals(0, none.generalIncidents());
        assertEquals(0, none.majorIncidents());
        assertFalse(none.incidentHistory());
        assertFalse(none.hiddenRisk());
        assertTrue(none.emergencyPlanPresent());
        assertFalse(none.fundingBlindSpot());
        assertFalse(none.postingLate());
        assertEquals(none, RiskFactors.builder().build());
        assertSame(none, RiskFactors.none());
    }

    @Test
    void builderForTakesTheRegistrysFlagsOfAnEnterprise() {
        Enterprise e = Enterprise.builder().id(IncidentArbitraries.ID).name("某有色金属公司")
                .province(DivisionCode.parse("620000")).city(DivisionCode.parse("620300"))
                .industry(Industry.NONFERROUS).affiliation(Affiliation.CENTRAL).shougangExternal(false)
                .production(ProductionStatus.HALF_STOPPED).severeLoss(true).employees(9000).laidOffWorkers(3000)
                .fundingBlindSpot(true).incidentHistory(true).hiddenRisk(false).build();
        RiskFactors f = RiskFactors.builderFor(e).arrearsMonths(2).build();
        assertEquals(ProductionStatus.HALF_STOPPED, f.production());
        assertTrue(f.incidentHistory());
        assertFalse(f.hiddenRisk());
        assertTrue(f.fundingBlindSpot());
        assertEquals(2, f.arrearsMonths());
        assertTrue(f.emergencyPlanPresent());
        RiskFactors g = RiskFactors.builderFor(Enterprise.builder().from(e).hiddenRisk(true).incidentHistory(false)
                .fundingBlindSpot(false).production(ProductionStatus.STOPPED).build()).build();
        assertTrue(g.hiddenRisk());
        assertFalse(g.incidentHistory());
        assertFalse(g.fundingBlindSpot());
        assertEquals(ProductionStatus.STOPPED, g.production());
        assertThrows(NullPointerException.class, () -> RiskFactors.builderFor(null));
    }

    @Test
    void negativeCountsAreRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> RiskFactors.builder().arrearsMonths(-1).build());
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
        assertEquals(Map.of("value", "-2"), assertThrows(InvalidValueException.class,
                () -> RiskFactors.builder().generalIncidents(-2).build()).arguments());
        assertEquals(Map.of("value", "-3"), assertThrows(InvalidValueException.class,
                () -> RiskFactors.builder().majorIncidents(-3).build()).arguments());
    }

    @Test
    void valueSemantics() {
        assertEquals(RiskFactors.builder().postingLate(true).build(), RiskFactors.builder().postingLate(true).build());
        assertNotEquals(RiskFactors.none(), RiskFactors.builder().postingLate(true).build());
        assertTrue(RiskFactors.builder().arrearsMonths(4).build().toString().contains("arrearsMonths=4"));
    }
}
