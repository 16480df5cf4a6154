package io.github.baozhang.adapter.json;

import io.github.baozhang.report.MonthlyReport;
import java.util.List;

/**
 * A {@code baozhang/monthly-reports@1} document as a value: monthly reports of monitored enterprises
 * in document order. What the monthly reports sink writes; the reader streams the same kind
 * report by report ({@link InterchangeJson#monthlyReportReader()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyReportsDocument {

    private final List<MonthlyReport> reports;

    private MonthlyReportsDocument(List<MonthlyReport> reports) {
        this.reports = reports;
    }

    /**
     * Returns the document of the given reports.
     *
     * @param reports  the reports in document order, not null, no null element
     * @return the document, not null
     */
    public static MonthlyReportsDocument of(List<MonthlyReport> reports) {
        return new MonthlyReportsDocument(List.copyOf(reports));
    }

    /**
     * Returns the reports in document order.
     *
     * @return the reports, unmodifiable, not null
     */
    public List<MonthlyReport> reports() {
        return reports;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MonthlyReportsDocument && ((MonthlyReportsDocument) obj).reports.equals(reports);
    }

    @Override
    public int hashCode() {
        return reports.hashCode();
    }

    @Override
    public String toString() {
        return "MonthlyReportsDocument[" + reports.size() + " reports]";
    }
}
