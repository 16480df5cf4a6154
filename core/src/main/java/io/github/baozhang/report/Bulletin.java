package io.github.baozhang.report;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.Finding;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The national bulletin (通报) of one period, {@code baozhang/bulletin@1}: the national summary,
 * one summary per province with a monitored enterprise (in code order), one per industry with a
 * monitored enterprise (in the order of {@link Industry}), and the alerts.
 *
 * <p>Alerts are {@link Finding}s whose code is of kind
 * {@link io.github.baozhang.problem.ProblemKind#ALERT}; the subject is the enterprise id or the
 * region code, the arguments the figures behind the alert. The bulletin keeps them in the order
 * given. Nothing here checks that the parts add up; the reporting module builds them so.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Bulletin {

    private final YearMonth period;
    private final ReportSummary national;
    private final SortedMap<DivisionCode, ReportSummary> provinces;
    private final Map<Industry, ReportSummary> industries;
    private final List<Finding> alerts;

    private Bulletin(YearMonth period, ReportSummary national, SortedMap<DivisionCode, ReportSummary> provinces,
            Map<Industry, ReportSummary> industries, List<Finding> alerts) {
        this.period = period;
        this.national = national;
        this.provinces = provinces;
        this.industries = industries;
        this.alerts = alerts;
    }

    /**
     * Returns a bulletin.
     *
     * @param period  the period, not null
     * @param national  the national summary, not null
     * @param provinces  the summary of each province, not null, no null key or value
     * @param industries  the summary of each industry, not null, no null key or value
     * @param alerts  the alerts, not null, no null element
     * @return the bulletin, not null
     */
    public static Bulletin of(YearMonth period, ReportSummary national, Map<DivisionCode, ReportSummary> provinces,
            Map<Industry, ReportSummary> industries, List<Finding> alerts) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(national, "national");
        Objects.requireNonNull(provinces, "provinces");
        Objects.requireNonNull(industries, "industries");
        SortedMap<DivisionCode, ReportSummary> p = new TreeMap<>();
        provinces.forEach((k, v) -> p.put(Objects.requireNonNull(k, "province"), Objects.requireNonNull(v, "summary")));
        Map<Industry, ReportSummary> i = new EnumMap<>(Industry.class);
        industries.forEach((k, v) -> i.put(Objects.requireNonNull(k, "industry"), Objects.requireNonNull(v, "summary")));
        return new Bulletin(period, national, Collections.unmodifiableSortedMap(p), Collections.unmodifiableMap(i),
                List.copyOf(Objects.requireNonNull(alerts, "alerts")));
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the national summary.
     *
     * @return the summary, not null
     */
    public ReportSummary national() {
        return national;
    }

    /**
     * Returns the summary of each province, in code order.
     *
     * @return the summaries, unmodifiable, not null
     */
    public SortedMap<DivisionCode, ReportSummary> provinces() {
        return provinces;
    }

    /**
     * Returns the summary of each industry, in the order of {@link Industry}.
     *
     * @return the summaries, unmodifiable, iterated in enum order, not null
     */
    public Map<Industry, ReportSummary> industries() {
        return industries;
    }

    /**
     * Returns the alerts.
     *
     * @return the alerts, unmodifiable, not null
     */
    public List<Finding> alerts() {
        return alerts;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Bulletin)) {
            return false;
        }
        Bulletin o = (Bulletin) obj;
        return period.equals(o.period) && national.equals(o.national) && provinces.equals(o.provinces)
                && industries.equals(o.industries) && alerts.equals(o.alerts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, national, provinces, industries, alerts);
    }

    @Override
    public String toString() {
        return "Bulletin{period=" + period + ", national=" + national + ", provinces=" + provinces.keySet()
                + ", industries=" + industries.keySet() + ", alerts=" + alerts.size() + "}";
    }
}
