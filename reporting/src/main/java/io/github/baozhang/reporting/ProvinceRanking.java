package io.github.baozhang.reporting;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The provinces of a bulletin ranked, best first.
 *
 * <p>Key, compared exactly: first the overall arrival rate (Σ received / Σ plan; a province
 * with nothing planned counts as 1/1, as rule 7 has it, uncapped), higher first; then
 * timeliness (on time / monitored), higher first; then completeness (reported / monitored),
 * higher first. Ties on the whole key share a rank (competition ranking, 1, 2, 2, 4) and are
 * listed in province code order.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class ProvinceRanking {

    private final List<Entry> entries;

    private ProvinceRanking(List<Entry> entries) {
        this.entries = entries;
    }

    /**
     * Ranks the provinces of a bulletin.
     *
     * @param bulletin  the bulletin, not null
     * @return the ranking, not null
     */
    public static ProvinceRanking of(Bulletin bulletin) {
        Objects.requireNonNull(bulletin, "bulletin");
        List<Map.Entry<DivisionCode, ReportSummary>> sorted = new ArrayList<>(bulletin.provinces().entrySet());
        Comparator<ReportSummary> key = Comparator.comparing(ProvinceRanking::arrival)
                .thenComparing(s -> share(s.onTime(), s.monitored()))
                .thenComparing(s -> share(s.reported(), s.monitored()))
                .reversed();
        sorted.sort(Comparator.comparing((Map.Entry<DivisionCode, ReportSummary> e) -> e.getValue(), key)
                .thenComparing(Map.Entry::getKey));
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i + 1;
            if (i > 0 && key.compare(sorted.get(i - 1).getValue(), sorted.get(i).getValue()) == 0) {
                rank = out.get(i - 1).rank();
            }
            ReportSummary s = sorted.get(i).getValue();
            out.add(new Entry(rank, sorted.get(i).getKey(), Indicators.of(s)));
        }
        return new ProvinceRanking(List.copyOf(out));
    }

    private static Ratio arrival(ReportSummary s) {
        BigInteger plan = s.fundsPlan().exactTotalFen();
        return plan.signum() == 0 ? Ratio.ONE : Ratio.of(s.fundsReceived().exactTotalFen(), plan);
    }

    private static Ratio share(long n, long d) {
        return d == 0 ? Ratio.ZERO : Ratio.of(n, d);
    }

    /**
     * Returns the entries, best first.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<Entry> entries() {
        return entries;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProvinceRanking && entries.equals(((ProvinceRanking) obj).entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }

    /** One province of a ranking: its rank, its code and its indicators. */
    public static final class Entry {

        private final int rank;
        private final DivisionCode province;
        private final Indicators indicators;

        Entry(int rank, DivisionCode province, Indicators indicators) {
            this.rank = rank;
            this.province = province;
            this.indicators = indicators;
        }

        /**
         * Returns the rank, 1 for the best; tied provinces share one.
         *
         * @return the rank, 1 or more
         */
        public int rank() {
            return rank;
        }

        /**
         * Returns the province.
         *
         * @return the code, not null
         */
        public DivisionCode province() {
            return province;
        }

        /**
         * Returns the province's indicators, from which the key was taken.
         *
         * @return the indicators, not null
         */
        public Indicators indicators() {
            return indicators;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Entry)) {
                return false;
            }
            Entry o = (Entry) obj;
            return rank == o.rank && province.equals(o.province) && indicators.equals(o.indicators);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rank, province, indicators);
        }

        @Override
        public String toString() {
            return rank + ":" + province;
        }
    }
}
