package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a document value as pretty-printed UTF-8 JSON with a final line feed, through a mapper
 * of the interchange format. Deterministic: the same value gives the same bytes.
 *
 * @param <T>  the type of the documents
 */
public final class JsonSink<T> implements ReportSink<T> {

    private final DocumentKind kind;
    private final Class<T> type;
    private final ObjectWriter writer;

    /**
     * Creates the sink.
     *
     * @param kind  the kind written, not null
     * @param type  the document type, not null
     * @param mapper  the mapper, with the module, not null
     */
    public JsonSink(DocumentKind kind, Class<T> type, JsonMapper mapper) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.type = Objects.requireNonNull(type, "type");
        this.writer = mapper.writerFor(type).withDefaultPrettyPrinter();
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Class<T> valueType() {
        return type;
    }

    @Override
    public void write(T value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try {
            writer.writeValue(out, value);
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
        out.write('\n');
        out.flush();
    }

    @Override
    public String toString() {
        return "JsonSink[" + kind + "]";
    }
}
