package io.github.baozhang.reporting;

import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The national trend across the months of one year: for each month with a bulletin, in month
 * order, the national {@link Indicators}, with the previous month's summary when the previous
 * calendar month has a bulletin too (so new and reduced laid-off workers are known).
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Trend {

    private final Year year;
    private final SortedMap<YearMonth, Indicators> months;

    private Trend(Year year, SortedMap<YearMonth, Indicators> months) {
        this.year = year;
        this.months = months;
    }

    /**
     * Returns the trend of a year from bulletins; bulletins of other years are ignored, except
     * that December of the year before serves as the previous month of January.
     *
     * @param year  the year, not null
     * @param bulletins  the bulletins, any order, not null, no null element
     * @return the trend, not null
     * @throws IllegalArgumentException if two bulletins have one period
     */
    public static Trend of(Year year, Collection<Bulletin> bulletins) {
        Objects.requireNonNull(year, "year");
        SortedMap<YearMonth, ReportSummary> national = new TreeMap<>();
        for (Bulletin b : Objects.requireNonNull(bulletins, "bulletins")) {
            if (national.put(b.period(), b.national()) != null) {
                throw new IllegalArgumentException("two bulletins for " + b.period());
            }
        }
        SortedMap<YearMonth, Indicators> out = new TreeMap<>();
        national.forEach((period, summary) -> {
            if (period.getYear() == year.getValue()) {
                out.put(period, Indicators.of(summary, Optional.ofNullable(national.get(period.minusMonths(1)))));
            }
        });
        return new Trend(year, java.util.Collections.unmodifiableSortedMap(out));
    }

    /**
     * Returns the year.
     *
     * @return the year, not null
     */
    public Year year() {
        return year;
    }

    /**
     * Returns the national indicators of each month with a bulletin, in month order.
     *
     * @return the months, unmodifiable, not null
     */
    public SortedMap<YearMonth, Indicators> months() {
        return months;
    }

    /**
     * Returns the periods, in order.
     *
     * @return the periods, not null
     */
    public List<YearMonth> periods() {
        return new ArrayList<>(months.keySet());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Trend && year.equals(((Trend) obj).year) && months.equals(((Trend) obj).months);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, months);
    }

    @Override
    public String toString() {
        return "Trend{" + year + ", " + months.keySet() + "}";
    }
}
