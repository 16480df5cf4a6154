package io.github.baozhang.adapter.tck;

import java.util.List;
import java.util.Optional;

/**
 * Breaks one record of a valid document, the way a real export goes wrong: a check character
 * mistyped, an amount with letters in it, a column shifted by one byte. A vendor supplies a few
 * of these per kind to {@link FeedReaderContract#corruptors()}; the kit then checks that the
 * reader rejects exactly the broken record, where it is, and keeps counting the others.
 *
 * <p>Implementations must be deterministic and must not modify their arguments.
 *
 * @param <T>  the type of the values read
 */
@FunctionalInterface
public interface Corruptor<T> {

    /**
     * Breaks the record at {@code index} of a valid document.
     *
     * @param values  the values the document holds, in document order, not empty, not null
     * @param document  the valid document as {@link FeedReaderContract#encode} wrote it, not null
     * @param index  which record to break, from 0 to {@code values.size() - 1}
     * @return the broken document and where the break must be reported, or empty if this
     *         corruptor cannot break that record (the kit then tries nothing for it)
     */
    Optional<Corrupted> corrupt(List<T> values, byte[] document, int index);
}
