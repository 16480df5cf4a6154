package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How often an emergency plan must be reviewed, and the check that every monitored enterprise
 * has a plan in place.
 *
 * <p>A plan is <em>current</em> on a date {@code asOf} when {@code asOf} is no later than
 * {@code lastReviewedOn + reviewPeriod}: a plan reviewed on 1999-12-01 with the default period
 * of 12 months is current up to and including 2000-12-01, outdated from 2000-12-02. A review
 * dated after {@code asOf} counts as current. Of several plans for one enterprise, the most
 * recently reviewed counts.
 *
 * <p>Neither the notice nor 劳社厅发〔1999〕4号 as quoted there names a review period; the
 * default of {@value #DEFAULT_REVIEW_MONTHS} months is Baozhang's, unconfirmed, and a setting.
 * Invariant: no component of the period is negative ({@link ProblemCode#VALUE_NEGATIVE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class EmergencyPlanPolicy {

    /** Default review period, in months (unconfirmed). */
    public static final int DEFAULT_REVIEW_MONTHS = 12;

    private static final EmergencyPlanPolicy DEFAULTS = ImmutableEmergencyPlanPolicy.builder().build();

    EmergencyPlanPolicy() {
    }

    /**
     * Returns the policy with the default review period of 12 months.
     *
     * @return the policy, not null
     */
    public static EmergencyPlanPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the policy with the given review period.
     *
     * @param reviewPeriod  the period, no negative component, not null
     * @return the policy, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if a component is negative
     */
    public static EmergencyPlanPolicy of(Period reviewPeriod) {
        return ImmutableEmergencyPlanPolicy.builder().reviewPeriod(reviewPeriod).build();
    }

    /**
     * Returns how long a review stays good.
     *
     * @return the period, by default 12 months, not null
     */
    @Value.Default
    public Period reviewPeriod() {
        return Period.ofMonths(DEFAULT_REVIEW_MONTHS);
    }

    /**
     * Returns whether a plan is current on a date: {@code asOf} is no later than
     * {@code lastReviewedOn + reviewPeriod}.
     *
     * @param plan  the plan, not null
     * @param asOf  the date of the check, not null
     * @return true if current
     */
    public boolean isCurrent(EmergencyPlan plan, LocalDate asOf) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        return !asOf.isAfter(plan.lastReviewedOn().plus(reviewPeriod()));
    }

    /**
     * Returns whether an enterprise has a current plan among the given ones: the risk factor
     * "emergency plan present" ({@link RiskFactors#emergencyPlanPresent()}).
     *
     * @param enterpriseId  the enterprise, not null
     * @param plans  the plans, of any enterprises, not null, no null element
     * @param asOf  the date of the check, not null
     * @return true if its most recently reviewed plan is current
     */
    public boolean isInPlace(OrganizationCode enterpriseId, Collection<EmergencyPlan> plans, LocalDate asOf) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(asOf, "asOf");
        Optional<EmergencyPlan> latest = Optional.ofNullable(latest(plans).get(enterpriseId));
        return latest.isPresent() && isCurrent(latest.get(), asOf);
    }

    /**
     * Checks that each enterprise has a current plan. For each enterprise, in the order given and
     * once each: {@link ProblemCode#EMERGENCY_PLAN_MISSING} when it has no plan;
     * {@link ProblemCode#EMERGENCY_PLAN_OUTDATED} with arguments {@code lastReviewedOn},
     * {@code reviewPeriod} (ISO-8601, such as {@code P12M}) and {@code asOf} when its most recent
     * plan is not current. The subject of each finding is the enterprise id. Plans of other
     * enterprises are ignored.
     *
     * @param enterprises  the monitored enterprises, not null, no null element
     * @param plans  the plans, not null, no null element
     * @param asOf  the date of the check, not null
     * @return the findings, unmodifiable, empty if none, not null
     */
    public List<Finding> check(Collection<OrganizationCode> enterprises, Collection<EmergencyPlan> plans,
            LocalDate asOf) {
        Objects.requireNonNull(enterprises, "enterprises");
        Objects.requireNonNull(asOf, "asOf");
        Map<OrganizationCode, EmergencyPlan> latest = latest(plans);
        List<Finding> findings = new ArrayList<>();
        for (OrganizationCode id : new LinkedHashSet<>(enterprises)) {
            String subject = Objects.requireNonNull(id, "enterprise").toString();
            EmergencyPlan plan = latest.get(id);
            if (plan == null) {
                findings.add(Checks.finding(ProblemCode.EMERGENCY_PLAN_MISSING, subject));
            } else if (!isCurrent(plan, asOf)) {
                findings.add(Checks.finding(ProblemCode.EMERGENCY_PLAN_OUTDATED, subject,
                        "lastReviewedOn", plan.lastReviewedOn().toString(),
                        "reviewPeriod", reviewPeriod().toString(),
                        "asOf", asOf.toString()));
            }
        }
        return List.copyOf(findings);
    }

    /** The most recently reviewed plan of each enterprise. */
    private static Map<OrganizationCode, EmergencyPlan> latest(Collection<EmergencyPlan> plans) {
        Objects.requireNonNull(plans, "plans");
        Map<OrganizationCode, EmergencyPlan> latest = new HashMap<>();
        for (EmergencyPlan plan : plans) {
            Objects.requireNonNull(plan, "plan");
            latest.merge(plan.enterpriseId(), plan,
                    (a, b) -> b.lastReviewedOn().isAfter(a.lastReviewedOn()) ? b : a);
        }
        return latest;
    }

    /**
     * Returns a copy with another review period.
     *
     * @param reviewPeriod  the period, no negative component, not null
     * @return the policy, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if a component is negative
     */
    public abstract EmergencyPlanPolicy withReviewPeriod(Period reviewPeriod);

    @Value.Check
    void check() {
        Period p = reviewPeriod();
        if (p.getYears() < 0 || p.getMonths() < 0 || p.getDays() < 0) {
            Checks.fail(ProblemCode.VALUE_NEGATIVE, "value", p.toString());
        }
    }
}
