package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RiskThresholdsTest {

    private static final RiskThresholds DEFAULTS = RiskThresholds.defaults();

    private static List<RiskReason> reasons(RiskFactors.Builder factors) {
        return DEFAULTS.reasons(factors.build());
    }

    private static RiskReason reason(RiskFactor factor, RiskLevel level, String value, String threshold) {
        return RiskReason.of(factor, level, value, threshold);
    }

    // ---- defaults ----

    @Test
    void theDefaultsAreTheDocumentedTable() {
        assertEquals(1, DEFAULTS.arrearsMonthsYellow());
        assertEquals(2, DEFAULTS.arrearsMonthsOrange());
        assertEquals(3, DEFAULTS.arrearsMonthsRed());
        assertEquals(BasisPoints.of(9000), DEFAULTS.arrivalRateYellowBelow());
        assertEquals(BasisPoints.of(7000), DEFAULTS.arrivalRateOrangeBelow());
        assertEquals(BasisPoints.of(5000), DEFAULTS.arrivalRateRedBelow());
        assertEquals(RiskLevel.YELLOW, DEFAULTS.halfStoppedLevel());
        assertEquals(RiskLevel.ORANGE, DEFAULTS.stoppedLevel());
        assertEquals(RiskLevel.ORANGE, DEFAULTS.generalIncidentLevel());
        assertEquals(RiskLevel.RED, DEFAULTS.majorIncidentLevel());
        assertEquals(RiskLevel.YELLOW, DEFAULTS.incidentHistoryLevel());
        assertEquals(RiskLevel.YELLOW, DEFAULTS.hiddenRiskLevel());
        assertEquals(RiskLevel.ORANGE, DEFAULTS.emergencyPlanMissingLevel());
        assertEquals(RiskLevel.ORANGE, DEFAULTS.fundingBlindSpotLevel());
        assertEquals(RiskLevel.YELLOW, DEFAULTS.postingLateLevel());
        assertEquals(DEFAULTS, RiskThresholds.builder().build());
        assertSame(DEFAULTS, RiskThresholds.defaults());
    }

    @Test
    void nothingAgainstAnEnterpriseRaisesNothing() {
        assertEquals(List.of(), DEFAULTS.reasons(RiskFactors.none()));
    }

    // ---- arrears months: at or above the threshold ----

    @Test
    void arrearsMonthsRaiseToTheWorstThresholdReached() {
        assertEquals(List.of(), reasons(RiskFactors.builder().arrearsMonths(0)));
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.YELLOW, "1", "1")),
                reasons(RiskFactors.builder().arrearsMonths(1)));
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.ORANGE, "2", "2")),
                reasons(RiskFactors.builder().arrearsMonths(2)));
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "3", "3")),
                reasons(RiskFactors.builder().arrearsMonths(3)));
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "7", "3")),
                reasons(RiskFactors.builder().arrearsMonths(7)));
    }

    @Test
    void arrearsThresholdsMayTie() {
        RiskThresholds tied = RiskThresholds.builder().arrearsMonthsYellow(2).arrearsMonthsOrange(2)
                .arrearsMonthsRed(2).build();
        assertEquals(List.of(), tied.reasons(RiskFactors.builder().arrearsMonths(1).build()));
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "2", "2")),
                tied.reasons(RiskFactors.builder().arrearsMonths(2).build()));
    }

    @Test
    void aZeroArrearsThresholdIsAlwaysReached() {
        RiskThresholds always = RiskThresholds.builder().arrearsMonthsYellow(0).build();
        assertEquals(List.of(reason(RiskFactor.ARREARS_MONTHS, RiskLevel.YELLOW, "0", "0")),
                always.reasons(RiskFactors.none()));
    }

    // ---- arrival rate: strictly below the threshold ----

    @Test
    void anArrivalRateRaisesWhenStrictlyBelowAThreshold() {
        assertEquals(List.of(), reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(9000))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.YELLOW, "8999bp", "9000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(8999))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.YELLOW, "7000bp", "9000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(7000))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.ORANGE, "6999bp", "7000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(6999))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.ORANGE, "5000bp", "7000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(5000))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.RED, "4999bp", "5000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(4999))));
        assertEquals(List.of(reason(RiskFactor.ARRIVAL_RATE, RiskLevel.RED, "0bp", "5000bp")),
                reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(0))));
        assertEquals(List.of(), reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(12000))));
    }

    @Test
    void anArrivalThresholdOfZeroIsNeverReached() {
        RiskThresholds off = RiskThresholds.builder().arrivalRateYellowBelow(BasisPoints.of(0))
                .arrivalRateOrangeBelow(BasisPoints.of(0)).arrivalRateRedBelow(BasisPoints.of(0)).build();
        assertEquals(List.of(), off.reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(0)).build()));
    }

    // ---- production ----

    @Test
    void productionHalfStoppedIsYellowAndStoppedOrange() {
        assertEquals(List.of(), reasons(RiskFactors.builder().production(ProductionStatus.NORMAL)));
        assertEquals(List.of(reason(RiskFactor.PRODUCTION, RiskLevel.YELLOW, "HALF_STOPPED", "HALF_STOPPED")),
                reasons(RiskFactors.builder().production(ProductionStatus.HALF_STOPPED)));
        assertEquals(List.of(reason(RiskFactor.PRODUCTION, RiskLevel.ORANGE, "STOPPED", "STOPPED")),
                reasons(RiskFactors.builder().production(ProductionStatus.STOPPED)));
    }

    // ---- incidents this month ----

    @Test
    void aGeneralIncidentIsOrangeAndAMajorOneRed() {
        assertEquals(List.of(reason(RiskFactor.GENERAL_INCIDENT, RiskLevel.ORANGE, "1", "1")),
                reasons(RiskFactors.builder().generalIncidents(1)));
        assertEquals(List.of(reason(RiskFactor.GENERAL_INCIDENT, RiskLevel.ORANGE, "2", "1"),
                        reason(RiskFactor.MAJOR_INCIDENT, RiskLevel.RED, "3", "1")),
                reasons(RiskFactors.builder().generalIncidents(2).majorIncidents(3)));
    }

    // ---- flags ----

    @Test
    void eachFlagRaisesToItsLevel() {
        assertEquals(List.of(reason(RiskFactor.INCIDENT_HISTORY, RiskLevel.YELLOW, "true", "true")),
                reasons(RiskFactors.builder().incidentHistory(true)));
        assertEquals(List.of(reason(RiskFactor.HIDDEN_RISK, RiskLevel.YELLOW, "true", "true")),
                reasons(RiskFactors.builder().hiddenRisk(true)));
        assertEquals(List.of(reason(RiskFactor.EMERGENCY_PLAN_MISSING, RiskLevel.ORANGE, "true", "true")),
                reasons(RiskFactors.builder().emergencyPlanPresent(false)));
        assertEquals(List.of(reason(RiskFactor.FUNDING_BLIND_SPOT, RiskLevel.ORANGE, "true", "true")),
                reasons(RiskFactors.builder().fundingBlindSpot(true)));
        assertEquals(List.of(reason(RiskFactor.POSTING_LATE, RiskLevel.YELLOW, "true", "true")),
                reasons(RiskFactors.builder().postingLate(true)));
    }

    @Test
    void aFactorSetToGreenRaisesNothing() {
        RiskThresholds quiet = RiskThresholds.builder().postingLateLevel(RiskLevel.GREEN)
                .halfStoppedLevel(RiskLevel.GREEN).generalIncidentLevel(RiskLevel.GREEN).build();
        assertEquals(List.of(), quiet.reasons(RiskFactors.builder().postingLate(true)
                .production(ProductionStatus.HALF_STOPPED).generalIncidents(1).build()));
    }

    @Test
    void everyFactorAtOnceGivesOneReasonEachInFactorOrder() {
        List<RiskReason> all = reasons(RiskFactors.builder().arrearsMonths(2).arrivalRate(BasisPoints.of(100))
                .production(ProductionStatus.STOPPED).generalIncidents(1).majorIncidents(1).incidentHistory(true)
                .hiddenRisk(true).emergencyPlanPresent(false).fundingBlindSpot(true).postingLate(true));
        assertEquals(List.of(RiskFactor.values()), all.stream().map(RiskReason::factor).toList());
    }

    @Test
    void reasonsRequireFactors() {
        assertEquals("factors", assertThrows(NullPointerException.class, () -> DEFAULTS.reasons(null)).getMessage());
    }

    // ---- invariants ----

    private static void assertRejected(ProblemCode code, Map<String, String> arguments, Executable build) {
        InvalidValueException e = assertThrows(InvalidValueException.class, build);
        assertEquals(code, e.code());
        assertEquals(arguments, e.arguments());
        assertEquals(List.copyOf(arguments.keySet()), List.copyOf(e.arguments().keySet()));
    }

    private static Map<String, String> order(String setting, String value, String neighbour, String neighbourValue) {
        java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
        m.put("setting", setting);
        m.put("value", value);
        m.put("neighbour", neighbour);
        m.put("neighbourValue", neighbourValue);
        return m;
    }

    @Test
    void aNegativeArrearsThresholdIsRejected() {
        assertRejected(ProblemCode.VALUE_NEGATIVE, Map.of("value", "-1"),
                () -> RiskThresholds.builder().arrearsMonthsYellow(-1).build());
    }

    @Test
    void arrearsThresholdsMustNotDecreaseTowardsRed() {
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("arrearsMonthsOrange", "0", "arrearsMonthsYellow", "1"),
                () -> RiskThresholds.builder().arrearsMonthsOrange(0).build());
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("arrearsMonthsRed", "1", "arrearsMonthsOrange", "2"),
                () -> RiskThresholds.builder().arrearsMonthsRed(1).build());
    }

    @Test
    void arrivalThresholdsMustNotIncreaseTowardsRed() {
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("arrivalRateOrangeBelow", "9001bp", "arrivalRateYellowBelow", "9000bp"),
                () -> RiskThresholds.builder().arrivalRateOrangeBelow(BasisPoints.of(9001)).build());
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("arrivalRateRedBelow", "7001bp", "arrivalRateOrangeBelow", "7000bp"),
                () -> RiskThresholds.builder().arrivalRateRedBelow(BasisPoints.of(7001)).build());
        RiskThresholds equal = RiskThresholds.builder().arrivalRateOrangeBelow(BasisPoints.of(9000))
                .arrivalRateRedBelow(BasisPoints.of(9000)).build();
        assertEquals(RiskLevel.RED, equal.reasons(RiskFactors.builder().arrivalRate(BasisPoints.of(8999)).build())
                .get(0).level());
    }

    @Test
    void stoppedIsNeverMilderThanHalfStopped() {
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("stoppedLevel", "YELLOW", "halfStoppedLevel", "ORANGE"),
                () -> RiskThresholds.builder().halfStoppedLevel(RiskLevel.ORANGE).stoppedLevel(RiskLevel.YELLOW).build());
        RiskThresholds same = RiskThresholds.builder().halfStoppedLevel(RiskLevel.ORANGE).build();
        assertEquals(RiskLevel.ORANGE, same.stoppedLevel());
    }

    @Test
    void aMajorIncidentIsNeverMilderThanAGeneralOne() {
        assertRejected(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                order("majorIncidentLevel", "ORANGE", "generalIncidentLevel", "RED"),
                () -> RiskThresholds.builder().generalIncidentLevel(RiskLevel.RED).majorIncidentLevel(RiskLevel.ORANGE)
                        .build());
        assertEquals(RiskLevel.RED, RiskThresholds.builder().generalIncidentLevel(RiskLevel.RED).build()
                .majorIncidentLevel());
    }

    @Test
    void aCopyWithAChangeKeepsTheInvariants() {
        assertThrows(InvalidValueException.class, () -> RiskThresholds.builder().from(DEFAULTS).arrearsMonthsRed(0).build());
        RiskThresholds copy = RiskThresholds.builder().from(DEFAULTS).arrearsMonthsRed(5).build();
        assertEquals(5, copy.arrearsMonthsRed());
        assertEquals(2, copy.arrearsMonthsOrange());
    }
}
