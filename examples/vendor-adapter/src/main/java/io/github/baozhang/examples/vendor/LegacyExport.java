package io.github.baozhang.examples.vendor;

import java.util.List;

/**
 * A whole ACME legacy export as a value: the records in file order. What
 * {@link FixedWidthWorkerRowSink} writes; {@link FixedWidthWorkerRowReader} streams the same
 * file record by record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegacyExport {

    private final List<LegacyWorkerRow> rows;

    private LegacyExport(List<LegacyWorkerRow> rows) {
        this.rows = rows;
    }

    /**
     * Returns the export of the given records.
     *
     * @param rows  the records in file order, not null, no null element
     * @return the export, not null
     */
    public static LegacyExport of(List<LegacyWorkerRow> rows) {
        return new LegacyExport(List.copyOf(rows));
    }

    /**
     * Returns the records in file order.
     *
     * @return the records, unmodifiable, not null
     */
    public List<LegacyWorkerRow> rows() {
        return rows;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegacyExport && ((LegacyExport) obj).rows.equals(rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "LegacyExport[" + rows.size() + " rows]";
    }
}
