package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads documents of one kind into core values: every record is either accepted or rejected
 * with its location and every violation found; never both, never neither.
 *
 * <p>Contract, checked by the conformance kit ({@code baozhang-adapter-tck}):
 * <ul>
 *   <li>Bad data never throws: it becomes rejected records or a document violation.
 *       {@link IOException} is only for a source that cannot be read.</li>
 *   <li>Rows in = rows accepted + rows rejected ({@link ReadSummary}).</li>
 *   <li>Streaming: memory does not grow with the document's length (values are handed to the
 *       listener as they are read).</li>
 *   <li>Deterministic: the same bytes give the same calls in the same order.</li>
 *   <li>Thread-safe: one reader instance may read different sources on several threads at once.</li>
 * </ul>
 *
 * @param <T>  the type of the values read
 */
public interface FeedReader<T> {

    /**
     * Returns the kind of document this reader reads.
     *
     * @return the kind, not null
     */
    DocumentKind kind();

    /**
     * Returns the type of the values read.
     *
     * @return the type, not null
     */
    Class<T> valueType();

    /**
     * Reads a document, handing each record to the listener as it is read.
     *
     * @param source  the document, not null
     * @param listener  receives accepted values and rejected records, not null
     * @return the counts, not null
     * @throws IOException if the source cannot be read (never for bad data)
     */
    ReadSummary read(Source source, FeedListener<? super T> listener) throws IOException;

    /**
     * Reads a whole document into memory: convenient for small documents (a registry, a few
     * funding cases), not for millions of rows. A document rejected as a whole gives no value
     * and no rejected record, only its document violations in the summary.
     *
     * @param source  the document, not null
     * @return the values, rejections and counts, not null
     * @throws IOException if the source cannot be read (never for bad data)
     */
    default ReadResult<T> readAll(Source source) throws IOException {
        List<T> values = new ArrayList<>();
        List<Location> locations = new ArrayList<>();
        List<RejectedRecord> rejected = new ArrayList<>();
        ReadSummary summary = read(source, new FeedListener<T>() {
            @Override
            public void accepted(T value, Location location) {
                values.add(value);
                locations.add(location);
            }

            @Override
            public void rejected(RejectedRecord record) {
                rejected.add(record);
            }

            @Override
            public void documentRejected(Violation violation) {
                // A streaming reader may have handed records over before it found the document
                // broken: the summary counts none of them, and neither does the result.
                values.clear();
                locations.clear();
                rejected.clear();
            }
        });
        return new ReadResult<>(values, locations, rejected, summary);
    }
}
