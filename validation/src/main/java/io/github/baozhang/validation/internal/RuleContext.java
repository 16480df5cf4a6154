package io.github.baozhang.validation.internal;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.validation.WorkerRowTotals;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the constraint validators of core values need beyond the value itself, handed to them as
 * Hibernate Validator's constraint validator payload: the GB/T 2260 revision to read divisions
 * against, the registry the reports are checked against (if any), and the worker-row totals of
 * a single report (if any).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

    private final Gb2260 divisions;
    private final Map<OrganizationCode, Enterprise> registry;
    private final WorkerRowTotals totals;

    private RuleContext(Gb2260 divisions, Map<OrganizationCode, Enterprise> registry, WorkerRowTotals totals) {
        this.divisions = divisions;
        this.registry = registry;
        this.totals = totals;
    }

    /**
     * Returns a context without registry or totals.
     *
     * @param revision  the GB/T 2260 revision, not null
     * @return the context, not null
     */
    public static RuleContext of(Gb2260Revision revision) {
        return new RuleContext(Gb2260.of(Objects.requireNonNull(revision, "revision")), null, null);
    }

    /**
     * Returns a copy with a registry; where an id appears more than once, the first occurrence
     * counts (the later ones are {@code ENTERPRISE_DUPLICATE_ID} in the registry's own check).
     *
     * @param enterprises  the registry, not null, no null element
     * @return the context, not null
     */
    public RuleContext withRegistry(Collection<Enterprise> enterprises) {
        Objects.requireNonNull(enterprises, "enterprises");
        Map<OrganizationCode, Enterprise> map = new HashMap<>();
        for (Enterprise e : enterprises) {
            map.putIfAbsent(Objects.requireNonNull(e, "enterprise").id(), e);
        }
        return new RuleContext(divisions, Map.copyOf(map), totals);
    }

    /**
     * Returns a copy with worker-row totals.
     *
     * @param rowTotals  the totals, not null
     * @return the context, not null
     */
    public RuleContext withTotals(WorkerRowTotals rowTotals) {
        return new RuleContext(divisions, registry, Objects.requireNonNull(rowTotals, "rowTotals"));
    }

    /**
     * Returns the GB/T 2260 table.
     *
     * @return the table, not null
     */
    public Gb2260 divisions() {
        return divisions;
    }

    /**
     * Returns whether a registry was given.
     *
     * @return true if there is a registry
     */
    public boolean hasRegistry() {
        return registry != null;
    }

    /**
     * Looks an enterprise up in the registry.
     *
     * @param id  the id, not null
     * @return the enterprise, or empty if there is no registry or it does not list the id
     */
    public Optional<Enterprise> enterprise(OrganizationCode id) {
        return registry == null ? Optional.empty() : Optional.ofNullable(registry.get(id));
    }

    /**
     * Returns the worker-row totals.
     *
     * @return the totals, or empty
     */
    public Optional<WorkerRowTotals> totals() {
        return Optional.ofNullable(totals);
    }
}
