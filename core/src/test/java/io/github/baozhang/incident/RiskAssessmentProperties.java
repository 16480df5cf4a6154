package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The risk level is explainable and monotone, for any valid thresholds. */
class RiskAssessmentProperties {

    private static final YearMonth PERIOD = YearMonth.of(2000, 2);

    @Provide
    Arbitrary<RiskFactors> factors() {
        return IncidentArbitraries.factors();
    }

    @Provide
    Arbitrary<List<RiskFactors>> orderedPairs() {
        return IncidentArbitraries.orderedPairs();
    }

    @Provide
    Arbitrary<RiskThresholds> thresholds() {
        return IncidentArbitraries.thresholds();
    }

    private static RiskAssessment assess(RiskFactors factors, RiskThresholds thresholds) {
        return RiskAssessment.assess(IncidentArbitraries.ID, PERIOD, factors, thresholds);
    }

    @Property
    void makingAnyFactorWorseNeverLowersTheLevel(@ForAll("orderedPairs") List<RiskFactors> pair,
            @ForAll("thresholds") RiskThresholds thresholds) {
        RiskLevel better = assess(pair.get(0), thresholds).level();
        RiskLevel worse = assess(pair.get(1), thresholds).level();
        assertTrue(worse.isAtLeast(better), () -> better + " became " + worse);
    }

    @Property
    void makingAnyFactorWorseNeverLowersThatFactorsOwnLevelNorDropsAReason(
            @ForAll("orderedPairs") List<RiskFactors> pair, @ForAll("thresholds") RiskThresholds thresholds) {
        Map<RiskFactor, RiskLevel> better = byFactor(assess(pair.get(0), thresholds));
        Map<RiskFactor, RiskLevel> worse = byFactor(assess(pair.get(1), thresholds));
        for (Map.Entry<RiskFactor, RiskLevel> e : better.entrySet()) {
            RiskLevel after = worse.get(e.getKey());
            assertTrue(after != null && after.isAtLeast(e.getValue()), () -> e + " became " + after);
        }
    }

    @Property
    void theLevelIsTheWorstReasonAndGreenExactlyWhenThereIsNone(@ForAll("factors") RiskFactors factors,
            @ForAll("thresholds") RiskThresholds thresholds) {
        RiskAssessment a = assess(factors, thresholds);
        RiskLevel worst = a.reasons().stream().map(RiskReason::level).max(Enum::compareTo).orElse(RiskLevel.GREEN);
        assertEquals(worst, a.level());
        assertEquals(a.reasons().isEmpty(), a.level() == RiskLevel.GREEN);
        for (RiskReason r : a.reasons()) {
            assertTrue(r.level().isAtLeast(RiskLevel.YELLOW));
        }
    }

    @Property
    void eachFactorRaisesTheLevelTheOracleSays(@ForAll("factors") RiskFactors factors,
            @ForAll("thresholds") RiskThresholds thresholds) {
        assertEquals(oracle(factors, thresholds), byFactor(assess(factors, thresholds)));
    }

    @Property
    void reasonsComeOncePerFactorInFactorOrderAndBecomeFindingsAboutTheEnterprise(
            @ForAll("factors") RiskFactors factors, @ForAll("thresholds") RiskThresholds thresholds) {
        RiskAssessment a = assess(factors, thresholds);
        for (int i = 1; i < a.reasons().size(); i++) {
            assertTrue(a.reasons().get(i - 1).factor().compareTo(a.reasons().get(i).factor()) < 0);
        }
        List<Finding> findings = a.findings();
        assertEquals(a.reasons().size(), findings.size());
        for (int i = 0; i < findings.size(); i++) {
            RiskReason r = a.reasons().get(i);
            Finding f = findings.get(i);
            assertEquals(ProblemCode.RISK_RAISED, f.code());
            assertEquals("D2143569X", f.subject());
            assertEquals(List.of("factor", "value", "threshold", "level"), List.copyOf(f.arguments().keySet()));
            assertEquals(r.factor().name(), f.arguments().get("factor"));
            assertEquals(r.level().name(), f.arguments().get("level"));
        }
    }

    private static Map<RiskFactor, RiskLevel> byFactor(RiskAssessment a) {
        Map<RiskFactor, RiskLevel> levels = new EnumMap<>(RiskFactor.class);
        for (RiskReason r : a.reasons()) {
            assertEquals(null, levels.put(r.factor(), r.level()), () -> r.factor() + " twice");
        }
        return levels;
    }

    /**
     * An independent reading of the thresholds: each factor's level is the worst of the levels
     * whose condition holds (not an else-if ladder); GREEN results are dropped.
     */
    private static Map<RiskFactor, RiskLevel> oracle(RiskFactors f, RiskThresholds t) {
        Map<RiskFactor, RiskLevel> levels = new EnumMap<>(RiskFactor.class);
        RiskLevel arrears = RiskLevel.GREEN;
        int[] months = {t.arrearsMonthsYellow(), t.arrearsMonthsOrange(), t.arrearsMonthsRed()};
        long[] below = {t.arrivalRateYellowBelow().value(), t.arrivalRateOrangeBelow().value(),
                t.arrivalRateRedBelow().value()};
        RiskLevel arrival = RiskLevel.GREEN;
        for (int i = 0; i < 3; i++) {
            RiskLevel level = RiskLevel.values()[i + 1];
            if (f.arrearsMonths() >= months[i]) {
                arrears = arrears.max(level);
            }
            if (f.arrivalRate().value() < below[i]) {
                arrival = arrival.max(level);
            }
        }
        put(levels, RiskFactor.ARREARS_MONTHS, arrears);
        put(levels, RiskFactor.ARRIVAL_RATE, arrival);
        put(levels, RiskFactor.PRODUCTION, f.production() == ProductionStatus.STOPPED ? t.stoppedLevel()
                : f.production() == ProductionStatus.HALF_STOPPED ? t.halfStoppedLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.GENERAL_INCIDENT, f.generalIncidents() > 0 ? t.generalIncidentLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.MAJOR_INCIDENT, f.majorIncidents() > 0 ? t.majorIncidentLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.INCIDENT_HISTORY, f.incidentHistory() ? t.incidentHistoryLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.HIDDEN_RISK, f.hiddenRisk() ? t.hiddenRiskLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.EMERGENCY_PLAN_MISSING,
                f.emergencyPlanPresent() ? RiskLevel.GREEN : t.emergencyPlanMissingLevel());
        put(levels, RiskFactor.FUNDING_BLIND_SPOT, f.fundingBlindSpot() ? t.fundingBlindSpotLevel() : RiskLevel.GREEN);
        put(levels, RiskFactor.POSTING_LATE, f.postingLate() ? t.postingLateLevel() : RiskLevel.GREEN);
        return levels;
    }

    private static void put(Map<RiskFactor, RiskLevel> levels, RiskFactor factor, RiskLevel level) {
        if (level != RiskLevel.GREEN) {
            levels.put(factor, level);
        }
    }
}
