package io.github.baozhang.disbursement;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Violation;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The value of the interchange kind {@code baozhang/disbursement-summary@1}: what reading one
 * period of worker rows gives — the period, the row counts ({@link Rows}: read, accepted,
 * rejected, and rejected rows by code), the summary of each enterprise (in the province its rows
 * name), of each province and of the nation, over accepted rows only.
 *
 * <p>An enterprise whose rows name two provinces appears once under each. Enterprises are
 * ordered by province, then by code; provinces by code. A document rejected as a whole (no
 * header, a required column missing) has no rows and carries its
 * {@link #documentViolations() violations}, which the JSON form does not write.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PeriodDisbursementSummary {

    private final YearMonth period;
    private final Rows rows;
    private final List<Enterprise> enterprises;
    private final SortedMap<DivisionCode, DisbursementSummary> provinces;
    private final DisbursementSummary national;
    private final List<Violation> documentViolations;

    /**
     * Creates a summary.
     *
     * @param period  the period, not null
     * @param rows  the row counts, not null
     * @param enterprises  the enterprises in order, not null
     * @param provinces  the provinces, not null
     * @param national  the nation, not null
     * @param documentViolations  the violations of the document as a whole, not null
     */
    public PeriodDisbursementSummary(YearMonth period, Rows rows, List<Enterprise> enterprises,
            Map<DivisionCode, DisbursementSummary> provinces, DisbursementSummary national,
            List<Violation> documentViolations) {
        this.period = Objects.requireNonNull(period, "period");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.enterprises = List.copyOf(enterprises);
        this.provinces = Collections.unmodifiableSortedMap(new TreeMap<>(provinces));
        this.national = Objects.requireNonNull(national, "national");
        this.documentViolations = List.copyOf(documentViolations);
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
     * Returns the row counts.
     *
     * @return the counts, not null
     */
    public Rows rows() {
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

    /**
     * Returns the violations of the document as a whole; when there is one, no row was read.
     *
     * @return the violations, unmodifiable, empty for a document read row by row
     */
    public List<Violation> documentViolations() {
        return documentViolations;
    }

    /**
     * Returns whether the document was rejected as a whole.
     *
     * @return true if {@link #documentViolations()} is not empty
     */
    public boolean isDocumentRejected() {
        return !documentViolations.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PeriodDisbursementSummary)) {
            return false;
        }
        PeriodDisbursementSummary o = (PeriodDisbursementSummary) obj;
        return period.equals(o.period) && rows.equals(o.rows) && enterprises.equals(o.enterprises)
                && provinces.equals(o.provinces) && national.equals(o.national)
                && documentViolations.equals(o.documentViolations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, rows, enterprises, provinces, national, documentViolations);
    }

    @Override
    public String toString() {
        return "PeriodDisbursementSummary{" + period + " " + rows + " enterprises=" + enterprises.size() + " provinces="
                + provinces.keySet() + " national=" + national
                + (documentViolations.isEmpty() ? "" : " document=" + documentViolations) + "}";
    }

    /**
     * The row counts: rows read = accepted + rejected, and the rejected rows counted once under
     * each distinct code they carry. Immutable and thread-safe.
     */
    public static final class Rows {

        private final long accepted;
        private final long rejected;
        private final SortedMap<String, Long> rejectedByCode;

        /**
         * Creates counts.
         *
         * @param accepted  rows accepted, zero or more
         * @param rejected  rows rejected, zero or more
         * @param rejectedByCode  rejected rows by problem code, not null
         * @throws IllegalArgumentException if a count is negative
         */
        public Rows(long accepted, long rejected, Map<String, Long> rejectedByCode) {
            if (accepted < 0 || rejected < 0) {
                throw new IllegalArgumentException("counts must be zero or more");
            }
            this.accepted = accepted;
            this.rejected = rejected;
            this.rejectedByCode = Collections.unmodifiableSortedMap(new TreeMap<>(rejectedByCode));
        }

        /**
         * Returns the rows read: accepted plus rejected.
         *
         * @return the count
         * @throws ArithmeticException if the sum exceeds the {@code long} range
         */
        public long read() {
            return Math.addExact(accepted, rejected);
        }

        /**
         * Returns the rows accepted.
         *
         * @return the count
         */
        public long accepted() {
            return accepted;
        }

        /**
         * Returns the rows rejected.
         *
         * @return the count
         */
        public long rejected() {
            return rejected;
        }

        /**
         * Returns the rejected rows by problem code (such as {@code E2005}), in code order.
         *
         * @return the counts, unmodifiable, not null
         */
        public SortedMap<String, Long> rejectedByCode() {
            return rejectedByCode;
        }

        @Override
        public boolean equals(Object obj) {
            if (!(obj instanceof Rows)) {
                return false;
            }
            Rows o = (Rows) obj;
            return accepted == o.accepted && rejected == o.rejected && rejectedByCode.equals(o.rejectedByCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accepted, rejected, rejectedByCode);
        }

        @Override
        public String toString() {
            return "Rows{read=" + (accepted + rejected) + ", accepted=" + accepted + ", rejected=" + rejected
                    + ", byCode=" + rejectedByCode + "}";
        }
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
