package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;

/**
 * Receives what a {@link FeedReader} makes of a document, record by record, so that a feed of
 * any length streams through in constant memory.
 *
 * <p>A reader calls the listener in document order, one call at a time; calls may come from a
 * thread other than the caller's (a parallel reader hands them over in order).
 *
 * @param <T>  the type of the accepted values
 */
public interface FeedListener<T> {

    /**
     * Receives an accepted value.
     *
     * @param value  the value, not null
     * @param location  where it was read, not null
     */
    void accepted(T value, Location location);

    /**
     * Receives a rejected record with every violation found in it.
     *
     * @param record  the record, not null
     */
    void rejected(RejectedRecord record);

    /**
     * Receives a violation of the document as a whole — not JSON, the wrong format or kind, a
     * duplicate key, nesting too deep, a missing header. The reader delivers no record after it.
     * A streaming reader may have delivered records before it found the document broken: the
     * summary counts none of them ({@link ReadSummary#read()} is 0), and the listener discards
     * what it received from this document.
     *
     * @param violation  the violation, not null
     */
    default void documentRejected(Violation violation) {
    }
}
