package io.github.baozhang.incident;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.problem.ProblemCode;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What is known of an enterprise in a month that bears on its risk: the inputs of
 * {@link RiskAssessment#assess}. Every attribute defaults to the harmless value, so
 * {@link #none()} is an enterprise with nothing against it.
 *
 * <p>Each attribute has a <em>worse</em> direction: more arrears months, a lower arrival rate,
 * production {@link ProductionStatus#NORMAL} → {@link ProductionStatus#HALF_STOPPED} →
 * {@link ProductionStatus#STOPPED}, more incidents, {@code true} for the flags, and
 * {@code false} for {@link #emergencyPlanPresent()}. The risk level is monotone in each:
 * making any factor worse never lowers the level.
 *
 * <p>Invariant: the counts are zero or more ({@link ProblemCode#VALUE_NEGATIVE}, thrown as
 * {@link io.github.baozhang.problem.InvalidValueException}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class RiskFactors {

    private static final RiskFactors NONE = builder().build();

    RiskFactors() {
    }

    /**
     * Returns the factors of an enterprise with nothing against it.
     *
     * @return the factors, not null
     */
    public static RiskFactors none() {
        return NONE;
    }

    /**
     * Returns a builder whose unset attributes take their harmless defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder filled with what the registry says of an enterprise: its production,
     * incident history, latent risk and funding blind spot. The month's figures — arrears,
     * arrival rate, incidents, plan, posting — are the caller's to add.
     *
     * @param enterprise  the enterprise, not null
     * @return a new builder, not null
     */
    public static Builder builderFor(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        Builder builder = builder();
        builder.production(enterprise.production())
                .incidentHistory(enterprise.incidentHistory())
                .hiddenRisk(enterprise.hiddenRisk())
                .fundingBlindSpot(enterprise.fundingBlindSpot());
        return builder;
    }

    /**
     * Returns the number of consecutive months with allowance or contribution arrears.
     *
     * @return the months, zero or more, by default 0
     */
    @Value.Default
    public int arrearsMonths() {
        return 0;
    }

    /**
     * Returns the overall arrival rate of the month's funds (所有来源到位率).
     *
     * @return the rate, by default 10000 bp (all arrived), not null
     */
    @Value.Default
    public BasisPoints arrivalRate() {
        return BasisPoints.of(BasisPoints.ONE_WHOLE);
    }

    /**
     * Returns the state of production.
     *
     * @return the status, by default {@link ProductionStatus#NORMAL}, not null
     */
    @Value.Default
    public ProductionStatus production() {
        return ProductionStatus.NORMAL;
    }

    /**
     * Returns the number of general incidents this month.
     *
     * @return the count, zero or more, by default 0
     */
    @Value.Default
    public int generalIncidents() {
        return 0;
    }

    /**
     * Returns the number of major incidents this month.
     *
     * @return the count, zero or more, by default 0
     */
    @Value.Default
    public int majorIncidents() {
        return 0;
    }

    /**
     * Returns whether a mass incident has happened here before.
     *
     * @return true if one has, by default false
     */
    @Value.Default
    public boolean incidentHistory() {
        return false;
    }

    /**
     * Returns whether there is a latent risk of an incident (隐患).
     *
     * @return true if there is, by default false
     */
    @Value.Default
    public boolean hiddenRisk() {
        return false;
    }

    /**
     * Returns whether a current emergency plan is in place
     * ({@link EmergencyPlanPolicy#isInPlace}).
     *
     * @return true if it is, by default true
     */
    @Value.Default
    public boolean emergencyPlanPresent() {
        return true;
    }

    /**
     * Returns whether there is a funding blind spot (死角).
     *
     * @return true if there is, by default false
     */
    @Value.Default
    public boolean fundingBlindSpot() {
        return false;
    }

    /**
     * Returns whether the month's standard and list were posted late or not at all.
     *
     * @return true if late, by default false
     */
    @Value.Default
    public boolean postingLate() {
        return false;
    }

    @Value.Check
    void check() {
        Checks.requireNotNegative(arrearsMonths());
        Checks.requireNotNegative(generalIncidents());
        Checks.requireNotNegative(majorIncidents());
    }

    /** Builds {@link RiskFactors}. */
    public static final class Builder extends ImmutableRiskFactors.Builder {
        Builder() {
        }
    }
}
