package io.github.baozhang.validation.internal;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.report.MonthlyReport;
import java.util.List;

/**
 * The documents of the interchange format as beans for Hibernate Validator, each with the
 * top-level key of its kind, so that property paths read as JSON pointers into the document.
 * This class is a holder of nested types.
 */
public final class Documents {

    private Documents() {
    }

    /**
     * A registry, {@code baozhang/enterprises@1}: {@code enterprises[]}.
     *
     * @param enterprises  the enterprises in document order, not null
     */
    public record Registry(List<Enterprise> enterprises) {
        /**
         * Creates the document.
         *
         * @param enterprises  the enterprises in document order, not null
         */
        public Registry {
            enterprises = List.copyOf(enterprises);
        }
    }

    /**
     * Monthly reports, {@code baozhang/monthly-reports@1}: {@code reports[]}.
     *
     * @param reports  the reports in document order, not null
     */
    public record Reports(List<MonthlyReport> reports) {
        /**
         * Creates the document.
         *
         * @param reports  the reports in document order, not null
         */
        public Reports {
            reports = List.copyOf(reports);
        }
    }

    /**
     * Worker rows, {@code baozhang/disbursements@1}: {@code records[]}.
     *
     * @param records  the rows in document order, not null
     */
    public record Disbursements(List<DisbursementRecord> records) {
        /**
         * Creates the document.
         *
         * @param records  the rows in document order, not null
         */
        public Disbursements {
            records = List.copyOf(records);
        }
    }
}
