package io.github.baozhang.adapter.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a value — a bulletin, a funding result, a summary — in one format. Sinks format; they
 * compute nothing.
 *
 * <p>Implementations are thread-safe and deterministic: the same value gives the same bytes.
 *
 * @param <T>  the type of the values written
 */
public interface ReportSink<T> {

    /**
     * Returns the kind of document written.
     *
     * @return the kind, not null
     */
    DocumentKind kind();

    /**
     * Returns the format, in lower case: {@code json}, {@code csv}, {@code md}, {@code html}, …
     *
     * @return the format, not null
     */
    String format();

    /**
     * Returns the type of the values written.
     *
     * @return the type, not null
     */
    Class<T> valueType();

    /**
     * Writes a value. The sink does not close the stream.
     *
     * @param value  the value, not null
     * @param out  where to write, not null
     * @throws IOException if writing fails
     */
    void write(T value, OutputStream out) throws IOException;
}
