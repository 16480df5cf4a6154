package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The emergency plan (预案) for preventing and handling incidents at a monitored enterprise,
 * which the local labour department draws up per 劳社厅发〔1999〕4号 (notice 三(四)): that it
 * exists, and when it was last reviewed.
 *
 * <p>An enterprise without a plan simply has no {@code EmergencyPlan};
 * {@link EmergencyPlanPolicy#check} reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class EmergencyPlan {

    EmergencyPlan() {
    }

    /**
     * Returns the plan of an enterprise.
     *
     * @param enterpriseId  the enterprise, not null
     * @param lastReviewedOn  when the plan was drawn up or last reviewed, not null
     * @return the plan, not null
     */
    public static EmergencyPlan of(OrganizationCode enterpriseId, LocalDate lastReviewedOn) {
        return ImmutableEmergencyPlan.builder().enterpriseId(enterpriseId).lastReviewedOn(lastReviewedOn).build();
    }

    /**
     * Returns the enterprise the plan covers.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns when the plan was drawn up or last reviewed.
     *
     * @return the date, not null
     */
    public abstract LocalDate lastReviewedOn();

    /**
     * Returns a copy reviewed on another date.
     *
     * @param lastReviewedOn  the date, not null
     * @return the plan, not null
     */
    public abstract EmergencyPlan withLastReviewedOn(LocalDate lastReviewedOn);
}
