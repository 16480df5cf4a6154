package io.github.baozhang.validation.internal;

import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.WorkerRowTotals;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the constraint validators of core values need beyond the value itself, handed to them as
 * Hibernate Validator's constraint validator payload: the GB/T 2260 revision to read divisions
 * against, the registry the reports are checked against (if any), the worker-row totals of a
 * single report or the summaries of the rows of many (if any), and the province profile of a
 * single value or the profiles by province (if any).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RuleContext {

    /** The key of a summary: one enterprise and period. */
    private record EnterpriseMonth(OrganizationCode enterpriseId, YearMonth period) {
    }

    private final Gb2260 divisions;
    private final Map<OrganizationCode, Enterprise> registry;
    private final WorkerRowTotals totals;
    private final Map<EnterpriseMonth, WorkerRowTotals> summaries;
    private final ProvinceProfile profile;
    private final Map<DivisionCode, ProvinceProfile> profiles;

    private RuleContext(Gb2260 divisions, Map<OrganizationCode, Enterprise> registry, WorkerRowTotals totals,
            Map<EnterpriseMonth, WorkerRowTotals> summaries, ProvinceProfile profile,
            Map<DivisionCode, ProvinceProfile> profiles) {
        this.divisions = divisions;
        this.registry = registry;
        this.totals = totals;
        this.summaries = summaries;
        this.profile = profile;
        this.profiles = profiles;
    }

    /**
     * Returns a context without registry, totals or profile.
     *
     * @param revision  the GB/T 2260 revision, not null
     * @return the context, not null
     */
    public static RuleContext of(Gb2260Revision revision) {
        return new RuleContext(Gb2260.of(Objects.requireNonNull(revision, "revision")), null, null, Map.of(), null,
                Map.of());
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
        return new RuleContext(divisions, Map.copyOf(map), totals, summaries, profile, profiles);
    }

    /**
     * Returns a copy with the worker-row totals of the one report validated.
     *
     * @param rowTotals  the totals, not null
     * @return the context, not null
     */
    public RuleContext withTotals(WorkerRowTotals rowTotals) {
        return new RuleContext(divisions, registry, Objects.requireNonNull(rowTotals, "rowTotals"), summaries,
                profile, profiles);
    }

    /**
     * Returns a copy with the summaries of worker rows by enterprise and period; summaries of one
     * enterprise and period are merged.
     *
     * @param rows  the summaries, not null, no null element
     * @return the context, not null
     */
    public RuleContext withSummaries(Collection<EnterpriseMonthSummary> rows) {
        Objects.requireNonNull(rows, "rows");
        Map<EnterpriseMonth, EnterpriseMonthSummary> merged = new HashMap<>();
        for (EnterpriseMonthSummary s : rows) {
            Objects.requireNonNull(s, "summary");
            EnterpriseMonth key = new EnterpriseMonth(s.enterpriseId(), s.period());
            EnterpriseMonthSummary before = merged.get(key);
            merged.put(key, before == null ? s : EnterpriseMonthSummary.of(s.enterpriseId(), s.period(),
                    before.summary().merge(s.summary())));
        }
        Map<EnterpriseMonth, WorkerRowTotals> map = new HashMap<>();
        merged.forEach((k, v) -> map.put(k, WorkerRowTotals.of(v.summary())));
        return new RuleContext(divisions, registry, totals, Map.copyOf(map), profile, profiles);
    }

    /**
     * Returns a copy with the province profile of the one value validated.
     *
     * @param provinceProfile  the profile, not null
     * @return the context, not null
     */
    public RuleContext withProfile(ProvinceProfile provinceProfile) {
        return new RuleContext(divisions, registry, totals, summaries,
                Objects.requireNonNull(provinceProfile, "provinceProfile"), profiles);
    }

    /**
     * Returns a copy with the province profiles by province, for reports whose enterprise the
     * registry places in a province.
     *
     * @param byProvince  the profiles, not null, no null key or value
     * @return the context, not null
     */
    public RuleContext withProfiles(Map<DivisionCode, ProvinceProfile> byProvince) {
        return new RuleContext(divisions, registry, totals, summaries, profile,
                Map.copyOf(Objects.requireNonNull(byProvince, "byProvince")));
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
     * Returns the worker-row totals of the one report validated.
     *
     * @return the totals, or empty
     */
    public Optional<WorkerRowTotals> totals() {
        return Optional.ofNullable(totals);
    }

    /**
     * Returns the worker-row totals to check a report against: those of the one report
     * validated, otherwise the summary of its enterprise and period.
     *
     * @param report  the report, not null
     * @return the totals, or empty
     */
    public Optional<WorkerRowTotals> totalsFor(MonthlyReport report) {
        if (totals != null) {
            return Optional.of(totals);
        }
        return Optional.ofNullable(summaries.get(new EnterpriseMonth(report.enterpriseId(), report.period())));
    }

    /**
     * Returns the profile of the one value validated.
     *
     * @return the profile, or empty
     */
    public Optional<ProvinceProfile> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * Returns the profile to check a report against: the one of the value validated, otherwise
     * the profile of the province the registry places the report's enterprise in.
     *
     * @param report  the report, not null
     * @return the profile, or empty
     */
    public Optional<ProvinceProfile> profileFor(MonthlyReport report) {
        if (profile != null) {
            return Optional.of(profile);
        }
        return enterprise(report.enterpriseId()).map(e -> profiles.get(e.province()));
    }
}
