package io.github.baozhang.enterprise;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a {@link SelectionPolicy} makes of one enterprise: the criteria it meets, whether it is in
 * scope, whether it is selected, and the findings (an enterprise out of scope).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class SelectionResult {

    SelectionResult() {
    }

    static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id of the enterprise evaluated.
     *
     * @return the id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the criteria the enterprise meets, in the notice's order.
     *
     * @return the criteria, unmodifiable, possibly empty, not null
     */
    public abstract List<SelectionCriterion> matched();

    /**
     * Returns whether the enterprise is in scope: in a monitored region, or a central enterprise
     * of a monitored industry.
     *
     * @return true if in scope
     */
    public abstract boolean inScope();

    /**
     * Returns whether the matched criteria satisfy the policy's combination.
     *
     * @return true if they do
     */
    public abstract boolean criteriaMet();

    /**
     * Returns whether the enterprise is selected: in scope and meeting the criteria.
     *
     * @return true if selected
     */
    public boolean selected() {
        return inScope() && criteriaMet();
    }

    /**
     * Returns the findings: {@link io.github.baozhang.problem.ProblemCode#ENTERPRISE_OUT_OF_SCOPE}
     * when out of scope, else none.
     *
     * @return the findings, unmodifiable, not null
     */
    public abstract List<Finding> findings();

    /** Builds a {@link SelectionResult}. */
    static final class Builder extends ImmutableSelectionResult.Builder {
        Builder() {
        }
    }
}
