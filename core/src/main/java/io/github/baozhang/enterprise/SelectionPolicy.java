package io.github.baozhang.enterprise;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * How enterprises are selected for monitoring: which {@link SelectionCriterion criteria}, combined
 * how, with which thresholds, in which regions.
 *
 * <p>An enterprise is <em>in scope</em> when its province is one of the {@link #regions()}, or when
 * it is a central enterprise (中央直属企业) of an industry the notice monitors (军工, 冶金, 有色;
 * {@link Industry#isMonitoredByNotice()}). It is <em>selected</em> when it is in scope and meets
 * the criteria as the {@link #combination()} demands.
 *
 * <p>Defaults ({@link #notice1999()}): combination {@link CriteriaCombination#ANY}; a large
 * enterprise has at least 1,000 employees and many laid-off workers are at least 500 — both
 * numbers are Baozhang's unconfirmed defaults, since the notice gives none; the regions are
 * {@link MonitoredRegions#notice1999()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class SelectionPolicy {

    /** Default of {@link #largeEnterpriseEmployees()} (unconfirmed). */
    public static final long DEFAULT_LARGE_ENTERPRISE_EMPLOYEES = 1000;
    /** Default of {@link #manyLaidOffWorkers()} (unconfirmed). */
    public static final long DEFAULT_MANY_LAID_OFF_WORKERS = 500;

    private static final SelectionPolicy NOTICE_1999 = builder().build();

    SelectionPolicy() {
    }

    /**
     * Returns the policy with every default.
     *
     * @return the policy, not null
     */
    public static SelectionPolicy notice1999() {
        return NOTICE_1999;
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
     * Returns how many criteria must be met.
     *
     * @return the combination, by default {@link CriteriaCombination#ANY}, not null
     */
    @Value.Default
    public CriteriaCombination combination() {
        return CriteriaCombination.ANY;
    }

    /**
     * Returns the least number of employees of a large enterprise, for criterion (2).
     *
     * @return the threshold, zero or more, by default 1,000 (unconfirmed)
     */
    @Value.Default
    public long largeEnterpriseEmployees() {
        return DEFAULT_LARGE_ENTERPRISE_EMPLOYEES;
    }

    /**
     * Returns the least number of laid-off workers that counts as many, for criterion (2).
     *
     * @return the threshold, zero or more, by default 500 (unconfirmed)
     */
    @Value.Default
    public long manyLaidOffWorkers() {
        return DEFAULT_MANY_LAID_OFF_WORKERS;
    }

    /**
     * Returns the monitored regions.
     *
     * @return the regions, by default {@link MonitoredRegions#notice1999()}, not null
     */
    @Value.Default
    public MonitoredRegions regions() {
        return MonitoredRegions.notice1999();
    }

    /**
     * Returns a copy with another combination.
     *
     * @param combination  the combination, not null
     * @return the policy, not null
     */
    public abstract SelectionPolicy withCombination(CriteriaCombination combination);

    /**
     * Returns a copy with another threshold of employees.
     *
     * @param employees  the threshold, zero or more
     * @return the policy, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if negative
     */
    public abstract SelectionPolicy withLargeEnterpriseEmployees(long employees);

    /**
     * Returns a copy with another threshold of laid-off workers.
     *
     * @param laidOffWorkers  the threshold, zero or more
     * @return the policy, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if negative
     */
    public abstract SelectionPolicy withManyLaidOffWorkers(long laidOffWorkers);

    /**
     * Returns a copy with other regions.
     *
     * @param regions  the regions, not null
     * @return the policy, not null
     */
    public abstract SelectionPolicy withRegions(MonitoredRegions regions);

    @Value.Check
    void check() {
        if (largeEnterpriseEmployees() < 0) {
            Enterprise.fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(largeEnterpriseEmployees()));
        }
        if (manyLaidOffWorkers() < 0) {
            Enterprise.fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(manyLaidOffWorkers()));
        }
    }

    /**
     * Returns whether an enterprise meets one criterion:
     * (1) severe losses and production {@link ProductionStatus#STOPPED stopped} or
     * {@link ProductionStatus#HALF_STOPPED half stopped};
     * (2) at least {@link #largeEnterpriseEmployees()} employees and at least
     * {@link #manyLaidOffWorkers()} laid-off workers;
     * (3) a funding blind spot;
     * (4) a past mass incident or a latent risk.
     *
     * @param criterion  the criterion, not null
     * @param enterprise  the enterprise, not null
     * @return true if the criterion holds
     */
    public boolean isMet(SelectionCriterion criterion, Enterprise enterprise) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(enterprise, "enterprise");
        return switch (criterion) {
            case SEVERE_LOSS_AND_STOPPED -> enterprise.severeLoss()
                    && enterprise.production() != ProductionStatus.NORMAL;
            case LARGE_WITH_MANY_LAID_OFF -> enterprise.employees() >= largeEnterpriseEmployees()
                    && enterprise.laidOffWorkers() >= manyLaidOffWorkers();
            case FUNDING_BLIND_SPOT -> enterprise.fundingBlindSpot();
            case INCIDENT_OR_RISK -> enterprise.incidentHistory() || enterprise.hiddenRisk();
        };
    }

    /**
     * Returns whether an enterprise is in scope: in a monitored region, a central enterprise of
     * a monitored industry, or a Shougang external enterprise (the notice lists them among the
     * 151 wherever they are; the province they are in monitors them).
     *
     * @param enterprise  the enterprise, not null
     * @return true if in scope
     */
    public boolean isInScope(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        return regions().contains(enterprise.province())
                || enterprise.affiliation() == Affiliation.CENTRAL && enterprise.industry().isMonitoredByNotice()
                || enterprise.shougangExternal();
    }

    /**
     * Evaluates an enterprise: the criteria it meets, whether it is in scope, whether it is
     * selected. An enterprise out of scope carries the finding
     * {@link ProblemCode#ENTERPRISE_OUT_OF_SCOPE} (subject its id; arguments its province and
     * industry).
     *
     * @param enterprise  the enterprise, not null
     * @return the result, not null
     */
    public SelectionResult evaluate(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        List<SelectionCriterion> matched = new ArrayList<>(4);
        for (SelectionCriterion criterion : SelectionCriterion.values()) {
            if (isMet(criterion, enterprise)) {
                matched.add(criterion);
            }
        }
        boolean inScope = isInScope(enterprise);
        SelectionResult.Builder result = SelectionResult.builder()
                .enterpriseId(enterprise.id())
                .matched(matched)
                .inScope(inScope)
                .criteriaMet(combination().isSatisfiedBy(matched.size()));
        if (!inScope) {
            Map<String, String> arguments = new LinkedHashMap<>();
            arguments.put("province", enterprise.province().toString());
            arguments.put("industry", enterprise.industry().name());
            result.addFindings(Finding.of(ProblemCode.ENTERPRISE_OUT_OF_SCOPE, enterprise.id().toString(), arguments));
        }
        return result.build();
    }

    /** Builds a {@link SelectionPolicy}. */
    public static final class Builder extends ImmutableSelectionPolicy.Builder {
        Builder() {
        }
    }
}
