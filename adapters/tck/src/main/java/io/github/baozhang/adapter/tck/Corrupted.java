package io.github.baozhang.adapter.tck;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A valid document broken on purpose by a {@link Corruptor}, with where the reader must say it is
 * broken: the line of the broken record, its JSON pointer, or the document as a whole.
 *
 * <p>For a broken record, {@link FeedReaderContract} requires that the reader rejects a record at
 * exactly that line (or at that pointer, or at a pointer inside it), that every other record is
 * still counted (rows in = accepted + rejected), and that no violation lacks a code. For a broken
 * document, it requires a document violation and no record.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Corrupted {

    private final byte[] bytes;
    private final OptionalLong line;
    private final Optional<String> pointer;

    private Corrupted(byte[] bytes, OptionalLong line, Optional<String> pointer) {
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
        this.line = line;
        this.pointer = pointer;
    }

    /**
     * Returns a document with one broken record that the reader must reject at the given line.
     *
     * @param bytes  the broken document, not null; copied
     * @param line  the 1-based line of the broken record
     * @return the corruption, not null
     * @throws IllegalArgumentException if the line is less than 1
     */
    public static Corrupted recordAtLine(byte[] bytes, long line) {
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
        return new Corrupted(bytes, OptionalLong.of(line), Optional.empty());
    }

    /**
     * Returns a document with one broken record that the reader must reject at the given JSON
     * pointer (RFC 6901) or at a pointer below it.
     *
     * @param bytes  the broken document, not null; copied
     * @param pointer  the pointer of the broken record, such as {@code "/enterprises/2"}, not null
     * @return the corruption, not null
     */
    public static Corrupted recordAtPointer(byte[] bytes, String pointer) {
        return new Corrupted(bytes, OptionalLong.empty(), Optional.of(Objects.requireNonNull(pointer, "pointer")));
    }

    /**
     * Returns a document broken as a whole (not the format, a missing header, a duplicate key):
     * the reader must report a document violation and deliver no record.
     *
     * @param bytes  the broken document, not null; copied
     * @return the corruption, not null
     */
    public static Corrupted wholeDocument(byte[] bytes) {
        return new Corrupted(bytes, OptionalLong.empty(), Optional.empty());
    }

    /**
     * Returns the broken document.
     *
     * @return a copy of the bytes, not null
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Returns the line at which a record must be rejected.
     *
     * @return the line, or empty if located by pointer or for the whole document
     */
    public OptionalLong line() {
        return line;
    }

    /**
     * Returns the pointer at which a record must be rejected.
     *
     * @return the pointer, or empty if located by line or for the whole document
     */
    public Optional<String> pointer() {
        return pointer;
    }

    /**
     * Returns whether the document is broken as a whole rather than in one record.
     *
     * @return true if the reader must reject the document
     */
    public boolean isWholeDocument() {
        return line.isEmpty() && pointer.isEmpty();
    }

    @Override
    public String toString() {
        String where = line.isPresent() ? "line " + line.getAsLong()
                : pointer.map(p -> "pointer " + p).orElse("the whole document");
        return "Corrupted[" + bytes.length + " bytes, at " + where + "]";
    }
}
