package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What reading a month of the national worker-row CSV gives: the value of the interchange kind
 * {@code baozhang/disbursement-summary@1} — the period, the row counts, the summary of each
 * enterprise (in the province its rows name), of each province and of the nation, over accepted
 * rows only.
 *
 * <p>An enterprise whose rows name two provinces appears once under each. Enterprises are
 * ordered by province, then by code. This class is immutable and thread-safe.
 */
public final class NationalSummary {

    private final YearMonth period;
    private final ReadSummary rows;
    private final List<Enterprise> enterprises;
    private final SortedMap<DivisionCode, DisbursementSummary> provinces;
    private final DisbursementSummary national;

    /**
     * Creates a summary.
     *
     * @param period  the period, not null
     * @param rows  the row counts, not null
     * @param enterprises  the enterprises in order, not null
     * @param provinces  the provinces, not null
     * @param national  the nation, not null
     */
    public NationalSummary(YearMonth period, ReadSummary rows, List<Enterprise> enterprises,
            Map<DivisionCode, DisbursementSummary> provinces, DisbursementSummary national) {
        this.period = Objects.requireNonNull(period, "period");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.enterprises = List.copyOf(enterprises);
        this.provinces = Collections.unmodifiableSortedMap(new TreeMap<>(provinces));
        this.national = Objects.requireNonNull(national, "national");
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
     * Returns the counts: rows read, accepted, rejected, and rejected by code.
     *
     * @return the counts, not null
     */
    public ReadSummary rows() {
        return rows;
    }

    /**
     * Returns each enterprise's summary, ordered by province then code.
     *
     * @return the enterprises, unmodifiable, not null
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /**
     * Returns each province's summary, ordered by code.
     *
     * @return the provinces, unmodifiable, not null
     */
    public SortedMap<DivisionCode, DisbursementSummary> provinces() {
        return provinces;
    }

    /**
     * Returns the nation's summary.
     *
     * @return the summary, not null
     */
    public DisbursementSummary national() {
        return national;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof NationalSummary)) {
            return false;
        }
        NationalSummary o = (NationalSummary) obj;
        return period.equals(o.period) && rows.equals(o.rows) && enterprises.equals(o.enterprises)
                && provinces.equals(o.provinces) && national.equals(o.national);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, rows, enterprises, provinces, national);
    }

    @Override
    public String toString() {
        return "NationalSummary{" + period + " " + rows + " enterprises=" + enterprises.size() + " provinces="
                + provinces.keySet() + " national=" + national + "}";
    }

    /** One enterprise's summary in one province. Immutable and thread-safe. */
    public static final class Enterprise {

        private final OrganizationCode enterpriseId;
        private final DivisionCode province;
        private final DisbursementSummary summary;

        /**
         * Creates an entry.
         *
         * @param enterpriseId  the enterprise, not null
         * @param province  the province, not null
         * @param summary  the summary, not null
         */
        public Enterprise(OrganizationCode enterpriseId, DivisionCode province, DisbursementSummary summary) {
            this.enterpriseId = Objects.requireNonNull(enterpriseId, "enterpriseId");
            this.province = Objects.requireNonNull(province, "province");
            this.summary = Objects.requireNonNull(summary, "summary");
        }

        /**
         * Returns the enterprise.
         *
         * @return the code, not null
         */
        public OrganizationCode enterpriseId() {
            return enterpriseId;
        }

        /**
         * Returns the province.
         *
         * @return the province, not null
         */
        public DivisionCode province() {
            return province;
        }

        /**
         * Returns the summary.
         *
         * @return the summary, not null
         */
        public DisbursementSummary summary() {
            return summary;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Enterprise)) {
                return false;
            }
            Enterprise o = (Enterprise) obj;
            return enterpriseId.equals(o.enterpriseId) && province.equals(o.province) && summary.equals(o.summary);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enterpriseId, province, summary);
        }

        @Override
        public String toString() {
            return enterpriseId + "@" + province + " " + summary;
        }
    }
}
