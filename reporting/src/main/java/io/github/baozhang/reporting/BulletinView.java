package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a rendering of a bulletin shows, computed beforehand: the bulletin, the indicators
 * of the nation, of each province and of each industry (with the previous month's summaries of
 * the same levels when a previous bulletin is given), the province ranking, the trend of the
 * year if given, display names of the provinces if known, and the count of enterprises at each
 * risk level when the roll-up assessed them. Renderers format this value; they
 * compute nothing.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class BulletinView {

    private final Bulletin bulletin;
    private final Indicators national;
    private final SortedMap<DivisionCode, Indicators> provinces;
    private final Map<Industry, Indicators> industries;
    private final ProvinceRanking ranking;
    private final Optional<Trend> trend;
    private final Map<DivisionCode, String> provinceNames;
    private final Optional<Map<RiskLevel, Long>> riskLevels;

    private BulletinView(Bulletin bulletin, Optional<Bulletin> previous, Optional<Trend> trend,
            Map<DivisionCode, String> provinceNames, Optional<Map<RiskLevel, Long>> riskLevels) {
        this.bulletin = bulletin;
        this.national = Indicators.of(bulletin.national(), previous.map(Bulletin::national));
        SortedMap<DivisionCode, Indicators> p = new TreeMap<>();
        bulletin.provinces().forEach((code, s) -> p.put(code, Indicators.of(s, previous.map(b -> orZero(b.provinces().get(code))))));
        this.provinces = Collections.unmodifiableSortedMap(p);
        Map<Industry, Indicators> i = new EnumMap<>(Industry.class);
        bulletin.industries().forEach((k, s) -> i.put(k, Indicators.of(s, previous.map(b -> orZero(b.industries().get(k))))));
        this.industries = Collections.unmodifiableMap(i);
        this.ranking = ProvinceRanking.of(bulletin);
        this.trend = trend;
        this.provinceNames = Collections.unmodifiableMap(new TreeMap<>(provinceNames));
        this.riskLevels = riskLevels.map(m -> Collections.unmodifiableMap(new EnumMap<>(m)));
    }

    private static ReportSummary orZero(ReportSummary s) {
        return s == null ? ReportSummary.identity() : s;
    }

    /**
     * Returns the view of a bulletin alone.
     *
     * @param bulletin  the bulletin, not null
     * @return the view, not null
     */
    public static BulletinView of(Bulletin bulletin) {
        return of(bulletin, Optional.empty(), Optional.empty(), Map.of());
    }

    /**
     * Returns the view of a roll-up's result: its bulletin and the count of enterprises at each
     * risk level from its assessments (when it has any), with the previous month's bulletin, the
     * trend and province names.
     *
     * @param result  the roll-up's result, not null
     * @param previous  the previous month's bulletin, or empty, not null
     * @param trend  the trend of the year, or empty, not null
     * @param provinceNames  display names by province code, possibly empty, not null
     * @return the view, not null
     */
    public static BulletinView of(RollUpResult result, Optional<Bulletin> previous, Optional<Trend> trend,
            Map<DivisionCode, String> provinceNames) {
        Objects.requireNonNull(result, "result");
        Optional<Map<RiskLevel, Long>> levels = result.assessments().isEmpty() ? Optional.empty()
                : Optional.of(Indicators.riskLevels(result.assessments()));
        return new BulletinView(result.bulletin(), Objects.requireNonNull(previous, "previous"),
                Objects.requireNonNull(trend, "trend"), Objects.requireNonNull(provinceNames, "provinceNames"), levels);
    }

    /**
     * Returns the view of a bulletin with the previous month's, the trend and province names.
     *
     * @param bulletin  the bulletin, not null
     * @param previous  the previous month's bulletin, or empty (a level absent from it counts
     *        as zero), not null
     * @param trend  the trend of the year, or empty, not null
     * @param provinceNames  display names by province code (such as 辽宁省), possibly empty, not null
     * @return the view, not null
     */
    public static BulletinView of(Bulletin bulletin, Optional<Bulletin> previous, Optional<Trend> trend,
            Map<DivisionCode, String> provinceNames) {
        return new BulletinView(Objects.requireNonNull(bulletin, "bulletin"), Objects.requireNonNull(previous, "previous"),
                Objects.requireNonNull(trend, "trend"), Objects.requireNonNull(provinceNames, "provinceNames"),
                Optional.empty());
    }

    /**
     * Returns the bulletin.
     *
     * @return the bulletin, not null
     */
    public Bulletin bulletin() {
        return bulletin;
    }

    /**
     * Returns the national indicators.
     *
     * @return the indicators, not null
     */
    public Indicators national() {
        return national;
    }

    /**
     * Returns the indicators of each province, in code order.
     *
     * @return the indicators, unmodifiable, not null
     */
    public SortedMap<DivisionCode, Indicators> provinces() {
        return provinces;
    }

    /**
     * Returns the indicators of each industry, in the order of {@link Industry}.
     *
     * @return the indicators, unmodifiable, not null
     */
    public Map<Industry, Indicators> industries() {
        return industries;
    }

    /**
     * Returns the province ranking.
     *
     * @return the ranking, not null
     */
    public ProvinceRanking ranking() {
        return ranking;
    }

    /**
     * Returns the trend of the year.
     *
     * @return the trend, or empty, not null
     */
    public Optional<Trend> trend() {
        return trend;
    }

    /**
     * Returns how many monitored enterprises stand at each risk level, GREEN to RED.
     *
     * @return the counts, or empty when the roll-up assessed no risk, not null
     */
    public Optional<Map<RiskLevel, Long>> riskLevels() {
        return riskLevels;
    }

    /**
     * Returns the display name of a province: its name if known, else its code.
     *
     * @param province  the province, not null
     * @return the name, not null
     */
    public String provinceName(DivisionCode province) {
        return provinceNames.getOrDefault(province, province.toString());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BulletinView)) {
            return false;
        }
        BulletinView o = (BulletinView) obj;
        return bulletin.equals(o.bulletin) && national.equals(o.national) && provinces.equals(o.provinces)
                && industries.equals(o.industries) && trend.equals(o.trend) && provinceNames.equals(o.provinceNames)
                && riskLevels.equals(o.riskLevels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bulletin, national, provinces, industries, trend, provinceNames, riskLevels);
    }

    @Override
    public String toString() {
        return "BulletinView{" + bulletin + "}";
    }
}
