package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * The strict streaming reader of one kind of the interchange format: {@code {"format": KIND,
 * ARRAY: [element, …]}}, each element read against its {@link Shape} and bound by a
 * {@link Binder}, handed to the listener as soon as it is read.
 *
 * <p>A violation inside an element rejects that element, with every violation found in it; the
 * next element is read. A violation of the document — not UTF-8, not JSON, truncated, a
 * repeated key, nesting deeper than 64, the wrong {@code format}, an unknown, missing or
 * ill-typed top-level field — stops the read: the listener's {@code documentRejected} is called,
 * and the summary counts no record (elements handed over before it must be discarded by the
 * caller).
 *
 * <p>Immutable and thread-safe: every read has its own parser and binder.
 *
 * @param <T>  the type of the values
 */
public final class DocumentReader<T> implements FeedReader<T> {

    /** Objects and arrays may nest this deep; one more level rejects the document. */
    public static final int MAX_DEPTH = 64;
    /** A string longer than this (in characters) rejects the document. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** A number literal longer than this rejects the document; from 33 to this, only its element. */
    public static final int HARD_NUMBER_LENGTH = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);

    /** The parser factory: strict JSON (no comments, no leading zeros, no NaN), our limits. */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(HARD_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();

    /**
     * Receives what a read finds, with the element's index and, for a rejected element, its id
     * when it had a readable one. Richer than {@link FeedListener}, for the funding results.
     *
     * @param <T>  the type of the values
     */
    public interface Records<T> {

        /**
         * Receives an accepted value.
         *
         * @param value  the value
         * @param location  where it was read
         * @param index  its position in the array
         */
        void accepted(T value, Location location, long index);

        /**
         * Receives a rejected element.
         *
         * @param record  the record
         * @param index  its position in the array
         * @param id  its id field when that was a string, or null
         */
        void rejected(RejectedRecord record, long index, String id);
    }

    private final DocumentKind kind;
    private final Class<T> type;
    private final String arrayName;
    private final Shape shape;
    private final String idField;
    private final Supplier<? extends Binder<T>> binders;

    DocumentReader(DocumentKind kind, Class<T> type, String arrayName, Shape shape, String idField,
            Supplier<? extends Binder<T>> binders) {
        this.kind = kind;
        this.type = type;
        this.arrayName = arrayName;
        this.shape = shape;
        this.idField = idField;
        this.binders = binders;
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public Class<T> valueType() {
        return type;
    }

    @Override
    public ReadSummary read(Source source, FeedListener<? super T> listener) throws IOException {
        Objects.requireNonNull(listener, "listener");
        return read(source, new Records<T>() {
            @Override
            public void accepted(T value, Location location, long index) {
                listener.accepted(value, location);
            }

            @Override
            public void rejected(RejectedRecord record, long index, String id) {
                listener.rejected(record);
            }
        }, listener::documentRejected);
    }

    /**
     * Reads a document, handing over each element with its index.
     *
     * @param source  the document, not null
     * @param records  receives the elements, not null
     * @param documentRejected  receives the violation of a document rejected as a whole, not null
     * @return the counts; for a rejected document, no record and the violation
     * @throws IOException if the source cannot be read (never for bad data)
     */
    public ReadSummary read(Source source, Records<? super T> records, Consumer<Violation> documentRejected)
            throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(documentRejected, "documentRejected");
        String document = source.name();
        ReadSummary.Counter counter = ReadSummary.counter();
        Violation rejected = null;
        try (InputStream in = source.open();
                JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
            try {
                readRoot(p, document, records, counter);
            } catch (DocumentError e) {
                rejected = e.violation;
            } catch (JacksonException e) {
                rejected = translate(e, p, document);
            }
        } catch (ListenerFailure f) {
            throw f.getCause();
        } catch (JacksonException e) {
            // Closing the parser failed.
            throw ioFailure(e);
        }
        if (rejected != null) {
            documentRejected.accept(rejected);
            counter = ReadSummary.counter();
            counter.documentRejected(rejected);
            LOG.debug("{} rejected as a whole: {}", document, rejected.code().code());
        }
        ReadSummary summary = counter.toSummary();
        LOG.debug("read {} as {}: {}", document, kind, summary);
        return summary;
    }

    private void readRoot(JsonParser p, String document, Records<? super T> records, ReadSummary.Counter counter) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw documentError(document, ProblemCode.JSON_MALFORMED, new Pos("", 1, 1), null,
                    "reason", "no content");
        }
        Pos root = ElementParser.pos("", p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
            throw documentError(document, ProblemCode.JSON_TYPE, root, null, "expected", "object",
                    "actual", jsonType(t));
        }
        Set<String> names = new HashSet<>();
        boolean sawFormat = false;
        boolean sawArray = false;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Pos namePos = ElementParser.pos(Pos.child("", name), p.currentTokenLocation());
            if (!names.add(name)) {
                throw ElementParser.duplicate(document, namePos, name, name);
            }
            JsonToken v = p.nextToken();
            Pos valuePos = ElementParser.pos(namePos.pointer(), p.currentTokenLocation());
            if (name.equals("format")) {
                sawFormat = true;
                if (v != JsonToken.VALUE_STRING) {
                    throw wrongType(document, v, valuePos, name, "string");
                }
                String format = p.getString();
                if (!format.equals(kind.name())) {
                    throw documentError(document, ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, valuePos, name,
                            "format", Issues.cut(format), "expected", kind.name());
                }
            } else if (name.equals(arrayName)) {
                sawArray = true;
                if (v != JsonToken.START_ARRAY) {
                    throw wrongType(document, v, valuePos, name, "array");
                }
                readElements(p, document, records, counter);
            } else {
                throw documentError(document, ProblemCode.JSON_FIELD_UNKNOWN, namePos, name, "field", name);
            }
        }
        if (!sawFormat) {
            throw documentError(document, ProblemCode.JSON_FIELD_MISSING, root, "format", "field", "format");
        }
        if (!sawArray) {
            throw documentError(document, ProblemCode.JSON_FIELD_MISSING, root, arrayName, "field", arrayName);
        }
        t = p.nextToken();
        if (t != null) {
            throw documentError(document, ProblemCode.JSON_MALFORMED, ElementParser.pos("", p.currentTokenLocation()),
                    null, "reason", "content after the document");
        }
    }

    private void readElements(JsonParser p, String document, Records<? super T> records, ReadSummary.Counter counter) {
        Binder<T> binder = binders.get();
        String prefix = "/" + arrayName + "/";
        long index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            Pos pos = ElementParser.pos(prefix + index, p.currentTokenLocation());
            Issues issues = new Issues(document);
            T value = null;
            String id = null;
            if (t == JsonToken.START_OBJECT) {
                Node element = ElementParser.readObject(p, shape, pos, "", "", document, issues);
                value = binder.bind(element, issues);
                id = idField == null ? null : element.string(idField);
            } else if (t == JsonToken.VALUE_NULL) {
                issues.add(ProblemCode.JSON_NULL, pos, null, "null");
            } else {
                issues.add(ProblemCode.JSON_TYPE, pos, null, null, "expected", "object", "actual", jsonType(t));
                ElementParser.skip(p, t, document);
            }
            Location location = Issues.location(document, pos, null);
            try {
                if (value != null && issues.isEmpty()) {
                    counter.accepted();
                    records.accepted(value, location, index);
                } else {
                    RejectedRecord record = RejectedRecord.of(location, issues.violations());
                    counter.rejected(record);
                    records.rejected(record, index, id);
                }
            } catch (RuntimeException e) {
                throw new ListenerFailure(e);
            }
            index++;
        }
    }

    private static DocumentError wrongType(String document, JsonToken v, Pos pos, String field, String expected) {
        if (v == JsonToken.VALUE_NULL) {
            return documentError(document, ProblemCode.JSON_NULL, pos, field);
        }
        return documentError(document, ProblemCode.JSON_TYPE, pos, field, "expected", expected, "actual", jsonType(v));
    }

    static String jsonType(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "object";
            case START_ARRAY:
                return "array";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
                return "integer";
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return t.name();
        }
    }

    private static DocumentError documentError(String document, ProblemCode code, Pos pos, String field,
            String... namesAndValues) {
        return new DocumentError(Issues.violation(document, code, pos, field, null, namesAndValues));
    }

    /** Translates what the parser refused into the violation of the document. */
    static Violation translate(JacksonException e, JsonParser p, String document) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof Utf8Reader.MalformedException) {
            Utf8Reader.MalformedException m = (Utf8Reader.MalformedException) cause;
            return Violation.builder().code(ProblemCode.JSON_NOT_UTF8)
                    .location(Location.builder().document(document).line(m.line).column(m.column).build())
                    .putArguments("byte", String.format("0x%02X", m.badByte))
                    .build();
        }
        if (cause instanceof IOException) {
            throw (IOException) cause;
        }
        TokenStreamLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        Pos pos = ElementParser.pos(p.streamReadContext().pathAsPointer().toString(), loc);
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnexpectedEndOfInputException) {
            return Issues.violation(document, ProblemCode.JSON_TRUNCATED, pos, null, null);
        }
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return Issues.violation(document, ProblemCode.JSON_TOO_DEEP, pos, null, null,
                        "max", Integer.toString(MAX_DEPTH));
            }
            if (message.startsWith("Number value length")) {
                return Issues.violation(document, ProblemCode.JSON_NUMBER_TOO_LONG, pos, null, null,
                        "max", Integer.toString(ElementParser.MAX_NUMBER_LENGTH));
            }
            String limit = message.startsWith("Name length") ? "name" : message.startsWith("String value length")
                    ? "string" : Issues.cut(message);
            return Issues.violation(document, ProblemCode.JSON_LIMIT_EXCEEDED, pos, null, null, "limit", limit,
                    "max", Integer.toString(MAX_STRING_LENGTH));
        }
        int cut = message.indexOf(" (start marker");
        if (cut < 0) {
            cut = message.indexOf("\n");
        }
        String reason = cut < 0 ? message : message.substring(0, cut);
        return Issues.violation(document, ProblemCode.JSON_MALFORMED, pos, null, null,
                "reason", reason.length() > 200 ? reason.substring(0, 200) + "…" : reason);
    }

    private static IOException ioFailure(JacksonException e) {
        return e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
    }

    /** A listener's own exception, carried past the translation of parser failures. */
    private static final class ListenerFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ListenerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
