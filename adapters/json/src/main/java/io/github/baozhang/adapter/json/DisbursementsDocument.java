package io.github.baozhang.adapter.json;

import io.github.baozhang.disbursement.DisbursementRecord;
import java.util.List;

/**
 * A {@code baozhang/disbursements@1} document as a value: worker-month records in document order.
 * What the disbursements sink writes; the reader streams the same kind record by record
 * ({@link InterchangeJson#disbursementReader()}). Meant for tests and small documents: a feed of
 * millions of rows is streamed, not built in memory.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisbursementsDocument {

    private final List<DisbursementRecord> records;

    private DisbursementsDocument(List<DisbursementRecord> records) {
        this.records = records;
    }

    /**
     * Returns the document of the given records.
     *
     * @param records  the records in document order, not null, no null element
     * @return the document, not null
     */
    public static DisbursementsDocument of(List<DisbursementRecord> records) {
        return new DisbursementsDocument(List.copyOf(records));
    }

    /**
     * Returns the records in document order.
     *
     * @return the records, unmodifiable, not null
     */
    public List<DisbursementRecord> records() {
        return records;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DisbursementsDocument && ((DisbursementsDocument) obj).records.equals(records);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    @Override
    public String toString() {
        return "DisbursementsDocument[" + records.size() + " records]";
    }
}
