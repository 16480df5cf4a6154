package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

    private static final YearMonth DEC_1999 = YearMonth.of(1999, 12);

    private static RiskAssessment assess(RiskFactors factors) {
        return RiskAssessment.assess(IncidentArbitraries.ID, DEC_1999, factors, RiskThresholds.defaults());
    }

    @Test
    void anEnterpriseWithNothingAgainstItIsGreenWithoutReason() {
        RiskAssessment a = assess(RiskFactors.none());
        assertEquals(RiskLevel.GREEN, a.level());
        assertEquals(List.of(), a.reasons());
        assertEquals(List.of(), a.findings());
        assertEquals(IncidentArbitraries.ID, a.enterpriseId());
        assertEquals(DEC_1999, a.period());
    }

    @Test
    void aHalfStoppedEnterpriseTwoMonthsInArrearsWithHalfItsFundsIsOrangeForTwoReasonsAndYellowForOne() {
        RiskAssessment a = assess(RiskFactors.builder().production(ProductionStatus.HALF_STOPPED).arrearsMonths(2)
                .arrivalRate(BasisPoints.of(6000)).build());
        assertEquals(RiskLevel.ORANGE, a.level());
        assertEquals(List.of(
                RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.ORANGE, "2", "2"),
                RiskReason.of(RiskFactor.ARRIVAL_RATE, RiskLevel.ORANGE, "6000bp", "7000bp"),
                RiskReason.of(RiskFactor.PRODUCTION, RiskLevel.YELLOW, "HALF_STOPPED", "HALF_STOPPED")), a.reasons());
    }

    @Test
    void aMajorIncidentMakesItRedWhateverElse() {
        RiskAssessment a = assess(RiskFactors.builder().majorIncidents(1).build());
        assertEquals(RiskLevel.RED, a.level());
        List<Finding> findings = a.findings();
        assertEquals(1, findings.size());
        assertEquals(ProblemCode.RISK_RAISED, findings.get(0).code());
        assertEquals("D2143569X", findings.get(0).subject());
        assertEquals(Map.of("factor", "MAJOR_INCIDENT", "value", "1", "threshold", "1", "level", "RED"),
                findings.get(0).arguments());
    }

    @Test
    void aYellowFactorDoesNotLowerARedOne() {
        assertEquals(RiskLevel.RED, assess(RiskFactors.builder().arrearsMonths(3).postingLate(true).build()).level());
        assertEquals(RiskLevel.YELLOW, assess(RiskFactors.builder().postingLate(true).build()).level());
    }

    @Test
    void everyArgumentIsRequired() {
        RiskThresholds t = RiskThresholds.defaults();
        RiskFactors f = RiskFactors.none();
        assertEquals("enterpriseId", assertThrows(NullPointerException.class,
                () -> RiskAssessment.assess(null, DEC_1999, f, t)).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class,
                () -> RiskAssessment.assess(IncidentArbitraries.ID, null, f, t)).getMessage());
        assertEquals("factors", assertThrows(NullPointerException.class,
                () -> RiskAssessment.assess(IncidentArbitraries.ID, DEC_1999, null, t)).getMessage());
        assertEquals("thresholds", assertThrows(NullPointerException.class,
                () -> RiskAssessment.assess(IncidentArbitraries.ID, DEC_1999, f, null)).getMessage());
    }

    @Test
    void valueSemantics() {
        RiskAssessment a = assess(RiskFactors.builder().postingLate(true).build());
        RiskAssessment same = assess(RiskFactors.builder().postingLate(true).build());
        assertEquals(a, same);
        assertEquals(a.hashCode(), same.hashCode());
        assertNotEquals(a, assess(RiskFactors.none()));
        assertNotEquals(a.hashCode(), assess(RiskFactors.builder().hiddenRisk(true).build()).hashCode());
        assertNotEquals(a, RiskAssessment.assess(IncidentArbitraries.organizationCode("12345678"), DEC_1999,
                RiskFactors.builder().postingLate(true).build(), RiskThresholds.defaults()));
        assertNotEquals(a, RiskAssessment.assess(IncidentArbitraries.ID, DEC_1999.plusMonths(1),
                RiskFactors.builder().postingLate(true).build(), RiskThresholds.defaults()));
        assertNotEquals(a, "YELLOW");
        assertEquals("RiskAssessment{D2143569X 1999-12 YELLOW [RiskReason{POSTING_LATE=true threshold true -> YELLOW}]}",
                a.toString());
    }
}
