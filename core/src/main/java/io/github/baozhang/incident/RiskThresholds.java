package io.github.baozhang.incident;

import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How each {@link RiskFactor} raises an enterprise's {@link RiskLevel}: a setting of the province
 * profile. The notice names the factors (停产半停产, 资金不到位, 死角, 群体性突发事件, 隐患, 预案,
 * 张榜公布) but no levels; every default below is Baozhang's, unconfirmed.
 *
 * <table>
 *   <caption>Defaults ({@link #defaults()})</caption>
 *   <tr><th>factor</th><th>YELLOW</th><th>ORANGE</th><th>RED</th></tr>
 *   <tr><td>arrears months, at least</td><td>1</td><td>2</td><td>3</td></tr>
 *   <tr><td>overall arrival rate, below</td><td>9000 bp</td><td>7000 bp</td><td>5000 bp</td></tr>
 *   <tr><td>production</td><td>HALF_STOPPED</td><td>STOPPED</td><td></td></tr>
 *   <tr><td>incidents this month, at least one</td><td></td><td>GENERAL</td><td>MAJOR</td></tr>
 *   <tr><td>flags</td><td>incident history, latent risk, posting late</td>
 *       <td>emergency plan missing, funding blind spot</td><td></td></tr>
 * </table>
 *
 * <p>A factor raises the level to the worst level whose threshold it reaches: arrears months at
 * or above the threshold; an arrival rate strictly below it; a production status, an incident
 * count of one or more, a flag that is set, to the level configured for it. A factor configured
 * to {@link RiskLevel#GREEN} raises nothing; an arrival threshold of 0 bp is never reached.
 *
 * <p>Invariants, checked when the value is built ({@link io.github.baozhang.problem.InvalidValueException}):
 * arrears thresholds are zero or more ({@link ProblemCode#VALUE_NEGATIVE}); a worse level is
 * never easier to reach than a milder one — arrears thresholds do not decrease from YELLOW to
 * RED, arrival thresholds do not increase, {@code stoppedLevel ≥ halfStoppedLevel} and
 * {@code majorIncidentLevel ≥ generalIncidentLevel} ({@link ProblemCode#RISK_THRESHOLDS_OUT_OF_ORDER},
 * naming the setting and the neighbour it is out of order with).
 *
 * <p>With these invariants the level is <em>monotone</em>: for any thresholds, making any factor
 * worse (see {@link RiskFactors}) never lowers the level, nor any factor's own level.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class RiskThresholds {

    private static final RiskThresholds DEFAULTS = builder().build();

    RiskThresholds() {
    }

    /**
     * Returns the thresholds with every default.
     *
     * @return the thresholds, not null
     */
    public static RiskThresholds defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a builder whose unset attributes take their defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the arrears months from which the level is at least YELLOW.
     *
     * @return the months, zero or more, by default 1
     */
    @Value.Default
    public int arrearsMonthsYellow() {
        return 1;
    }

    /**
     * Returns the arrears months from which the level is at least ORANGE.
     *
     * @return the months, at least {@link #arrearsMonthsYellow()}, by default 2
     */
    @Value.Default
    public int arrearsMonthsOrange() {
        return 2;
    }

    /**
     * Returns the arrears months from which the level is RED.
     *
     * @return the months, at least {@link #arrearsMonthsOrange()}, by default 3
     */
    @Value.Default
    public int arrearsMonthsRed() {
        return 3;
    }

    /**
     * Returns the arrival rate below which the level is at least YELLOW.
     *
     * @return the rate, by default 9000 bp, not null
     */
    @Value.Default
    public BasisPoints arrivalRateYellowBelow() {
        return BasisPoints.of(9000);
    }

    /**
     * Returns the arrival rate below which the level is at least ORANGE.
     *
     * @return the rate, at most {@link #arrivalRateYellowBelow()}, by default 7000 bp, not null
     */
    @Value.Default
    public BasisPoints arrivalRateOrangeBelow() {
        return BasisPoints.of(7000);
    }

    /**
     * Returns the arrival rate below which the level is RED.
     *
     * @return the rate, at most {@link #arrivalRateOrangeBelow()}, by default 5000 bp, not null
     */
    @Value.Default
    public BasisPoints arrivalRateRedBelow() {
        return BasisPoints.of(5000);
    }

    /**
     * Returns the level of production half stopped.
     *
     * @return the level, by default YELLOW, not null
     */
    @Value.Default
    public RiskLevel halfStoppedLevel() {
        return RiskLevel.YELLOW;
    }

    /**
     * Returns the level of production stopped.
     *
     * @return the level, at least {@link #halfStoppedLevel()}, by default ORANGE, not null
     */
    @Value.Default
    public RiskLevel stoppedLevel() {
        return RiskLevel.ORANGE;
    }

    /**
     * Returns the level of a general incident this month.
     *
     * @return the level, by default ORANGE, not null
     */
    @Value.Default
    public RiskLevel generalIncidentLevel() {
        return RiskLevel.ORANGE;
    }

    /**
     * Returns the level of a major incident this month.
     *
     * @return the level, at least {@link #generalIncidentLevel()}, by default RED, not null
     */
    @Value.Default
    public RiskLevel majorIncidentLevel() {
        return RiskLevel.RED;
    }

    /**
     * Returns the level of a past incident.
     *
     * @return the level, by default YELLOW, not null
     */
    @Value.Default
    public RiskLevel incidentHistoryLevel() {
        return RiskLevel.YELLOW;
    }

    /**
     * Returns the level of a latent risk.
     *
     * @return the level, by default YELLOW, not null
     */
    @Value.Default
    public RiskLevel hiddenRiskLevel() {
        return RiskLevel.YELLOW;
    }

    /**
     * Returns the level of a missing emergency plan.
     *
     * @return the level, by default ORANGE, not null
     */
    @Value.Default
    public RiskLevel emergencyPlanMissingLevel() {
        return RiskLevel.ORANGE;
    }

    /**
     * Returns the level of a funding blind spot.
     *
     * @return the level, by default ORANGE, not null
     */
    @Value.Default
    public RiskLevel fundingBlindSpotLevel() {
        return RiskLevel.ORANGE;
    }

    /**
     * Returns the level of a late posting.
     *
     * @return the level, by default YELLOW, not null
     */
    @Value.Default
    public RiskLevel postingLateLevel() {
        return RiskLevel.YELLOW;
    }

    /**
     * Returns every reason the factors raise the level, one per factor that raises it, in the
     * order of {@link RiskFactor}; each at the worst level its factor reaches.
     *
     * @param factors  the factors, not null
     * @return the reasons, unmodifiable, empty if none raises the level, not null
     */
    public List<RiskReason> reasons(RiskFactors factors) {
        Objects.requireNonNull(factors, "factors");
        List<RiskReason> reasons = new ArrayList<>();
        arrears(factors.arrearsMonths(), reasons);
        arrival(factors.arrivalRate(), reasons);
        ProductionStatus production = factors.production();
        if (production != ProductionStatus.NORMAL) {
            RiskLevel level = production == ProductionStatus.STOPPED ? stoppedLevel() : halfStoppedLevel();
            add(reasons, RiskFactor.PRODUCTION, level, production.name(), production.name());
        }
        count(reasons, RiskFactor.GENERAL_INCIDENT, generalIncidentLevel(), factors.generalIncidents());
        count(reasons, RiskFactor.MAJOR_INCIDENT, majorIncidentLevel(), factors.majorIncidents());
        flag(reasons, RiskFactor.INCIDENT_HISTORY, incidentHistoryLevel(), factors.incidentHistory());
        flag(reasons, RiskFactor.HIDDEN_RISK, hiddenRiskLevel(), factors.hiddenRisk());
        flag(reasons, RiskFactor.EMERGENCY_PLAN_MISSING, emergencyPlanMissingLevel(), !factors.emergencyPlanPresent());
        flag(reasons, RiskFactor.FUNDING_BLIND_SPOT, fundingBlindSpotLevel(), factors.fundingBlindSpot());
        flag(reasons, RiskFactor.POSTING_LATE, postingLateLevel(), factors.postingLate());
        return List.copyOf(reasons);
    }

    private void arrears(int months, List<RiskReason> reasons) {
        String value = Integer.toString(months);
        if (months >= arrearsMonthsRed()) {
            add(reasons, RiskFactor.ARREARS_MONTHS, RiskLevel.RED, value, Integer.toString(arrearsMonthsRed()));
        } else if (months >= arrearsMonthsOrange()) {
            add(reasons, RiskFactor.ARREARS_MONTHS, RiskLevel.ORANGE, value, Integer.toString(arrearsMonthsOrange()));
        } else if (months >= arrearsMonthsYellow()) {
            add(reasons, RiskFactor.ARREARS_MONTHS, RiskLevel.YELLOW, value, Integer.toString(arrearsMonthsYellow()));
        }
    }

    private void arrival(BasisPoints rate, List<RiskReason> reasons) {
        String value = rate.toString();
        if (rate.compareTo(arrivalRateRedBelow()) < 0) {
            add(reasons, RiskFactor.ARRIVAL_RATE, RiskLevel.RED, value, arrivalRateRedBelow().toString());
        } else if (rate.compareTo(arrivalRateOrangeBelow()) < 0) {
            add(reasons, RiskFactor.ARRIVAL_RATE, RiskLevel.ORANGE, value, arrivalRateOrangeBelow().toString());
        } else if (rate.compareTo(arrivalRateYellowBelow()) < 0) {
            add(reasons, RiskFactor.ARRIVAL_RATE, RiskLevel.YELLOW, value, arrivalRateYellowBelow().toString());
        }
    }

    private static void count(List<RiskReason> reasons, RiskFactor factor, RiskLevel level, int count) {
        if (count > 0) {
            add(reasons, factor, level, Integer.toString(count), "1");
        }
    }

    private static void flag(List<RiskReason> reasons, RiskFactor factor, RiskLevel level, boolean set) {
        if (set) {
            add(reasons, factor, level, "true", "true");
        }
    }

    /** Adds a reason unless the configured level is GREEN, which raises nothing. */
    private static void add(List<RiskReason> reasons, RiskFactor factor, RiskLevel level, String value,
            String threshold) {
        if (level != RiskLevel.GREEN) {
            reasons.add(RiskReason.of(factor, level, value, threshold));
        }
    }

    @Value.Check
    void check() {
        Checks.requireNotNegative(arrearsMonthsYellow());
        requireOrder(arrearsMonthsOrange() >= arrearsMonthsYellow(), "arrearsMonthsOrange",
                Integer.toString(arrearsMonthsOrange()), "arrearsMonthsYellow", Integer.toString(arrearsMonthsYellow()));
        requireOrder(arrearsMonthsRed() >= arrearsMonthsOrange(), "arrearsMonthsRed",
                Integer.toString(arrearsMonthsRed()), "arrearsMonthsOrange", Integer.toString(arrearsMonthsOrange()));
        requireOrder(arrivalRateOrangeBelow().compareTo(arrivalRateYellowBelow()) <= 0, "arrivalRateOrangeBelow",
                arrivalRateOrangeBelow().toString(), "arrivalRateYellowBelow", arrivalRateYellowBelow().toString());
        requireOrder(arrivalRateRedBelow().compareTo(arrivalRateOrangeBelow()) <= 0, "arrivalRateRedBelow",
                arrivalRateRedBelow().toString(), "arrivalRateOrangeBelow", arrivalRateOrangeBelow().toString());
        requireOrder(stoppedLevel().isAtLeast(halfStoppedLevel()), "stoppedLevel",
                stoppedLevel().name(), "halfStoppedLevel", halfStoppedLevel().name());
        requireOrder(majorIncidentLevel().isAtLeast(generalIncidentLevel()), "majorIncidentLevel",
                majorIncidentLevel().name(), "generalIncidentLevel", generalIncidentLevel().name());
    }

    /**
     * Fails with {@link ProblemCode#RISK_THRESHOLDS_OUT_OF_ORDER} unless the worse level's setting
     * is in order with its milder neighbour.
     */
    private static void requireOrder(boolean inOrder, String setting, String value, String neighbour,
            String neighbourValue) {
        if (!inOrder) {
            Checks.fail(ProblemCode.RISK_THRESHOLDS_OUT_OF_ORDER,
                    "setting", setting, "value", value, "neighbour", neighbour, "neighbourValue", neighbourValue);
        }
    }

    /** Builds {@link RiskThresholds}. */
    public static final class Builder extends ImmutableRiskThresholds.Builder {
        Builder() {
        }
    }
}
