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
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The strict reader of a kind whose document is one record ({@code calendar@1},
 * {@code bulletin@1}): {@code {"format": KIND, …fields}}, the fields read against a
 * {@link Shape} and bound by a {@link Binder}. The document counts as one record: accepted, or
 * rejected with every violation of its fields located. A violation of the document itself — not
 * UTF-8, not JSON, truncated, a repeated key, nesting deeper than 64, the wrong or no
 * {@code format} — rejects the document and counts no record.
 *
 * <p>Immutable and thread-safe: every read has its own parser and binder.
 *
 * @param <T>  the type of the value
 */
public final class WholeDocumentReader<T> implements FeedReader<T> {

    private static final Logger LOG = LoggerFactory.getLogger(WholeDocumentReader.class);

    private final DocumentKind kind;
    private final Class<T> type;
    private final Shape shape;
    private final Supplier<? extends Binder<T>> binders;

    /**
     * Creates the reader.
     *
     * @param shape  the root's fields, {@code format} among them as an optional string
     */
    WholeDocumentReader(DocumentKind kind, Class<T> type, Shape shape, Supplier<? extends Binder<T>> binders) {
        this.kind = kind;
        this.type = type;
        this.shape = shape;
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
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        String document = source.name();
        ReadSummary.Counter counter = ReadSummary.counter();
        Violation rejected = null;
        Outcome<T> outcome = null;
        try (InputStream in = source.open();
                JsonParser p = DocumentReader.FACTORY.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
            try {
                outcome = readRoot(p, document);
            } catch (DocumentError e) {
                rejected = e.violation;
            } catch (JacksonException e) {
                rejected = DocumentReader.translate(e, p, document);
            }
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
        }
        if (rejected != null) {
            listener.documentRejected(rejected);
            counter.documentRejected(rejected);
            LOG.debug("{} rejected as a whole: {}", document, rejected.code().code());
        } else if (outcome.value != null) {
            counter.accepted();
            listener.accepted(outcome.value, outcome.location);
        } else {
            RejectedRecord record = RejectedRecord.of(outcome.location, outcome.violations);
            counter.rejected(record);
            listener.rejected(record);
        }
        ReadSummary summary = counter.toSummary();
        LOG.debug("read {} as {}: {}", document, kind, summary);
        return summary;
    }

    private record Outcome<T>(T value, Location location, java.util.List<Violation> violations) {
    }

    private Outcome<T> readRoot(JsonParser p, String document) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw error(document, ProblemCode.JSON_MALFORMED, new Pos("", 1, 1), null, "reason", "no content");
        }
        Pos root = ElementParser.pos("", p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
            throw error(document, ProblemCode.JSON_TYPE, root, null, "expected", "object",
                    "actual", DocumentReader.jsonType(t));
        }
        Issues issues = new Issues(document);
        Node node = ElementParser.readObject(p, shape, root, "", "", document, issues);
        if (!node.has("format")) {
            throw error(document, ProblemCode.JSON_FIELD_MISSING, root, "format", "field", "format");
        }
        Node format = node.get("format");
        if (format == null) {
            for (Violation v : issues.violations()) {
                if (v.location().field().orElse("").equals("format")) {
                    throw new DocumentError(v);
                }
            }
            throw new IllegalStateException("format failed without a violation");
        }
        if (!format.text.equals(kind.name())) {
            throw error(document, ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, format.pos, "format",
                    "format", Issues.cut(format.text), "expected", kind.name());
        }
        t = p.nextToken();
        if (t != null) {
            throw error(document, ProblemCode.JSON_MALFORMED, ElementParser.pos("", p.currentTokenLocation()), null,
                    "reason", "content after the document");
        }
        T value = binders.get().bind(node, issues);
        Location location = Issues.location(document, root, null);
        if (value != null && issues.isEmpty()) {
            return new Outcome<>(value, location, java.util.List.of());
        }
        return new Outcome<>(null, location, issues.violations());
    }

    private static DocumentError error(String document, ProblemCode code, Pos pos, String field,
            String... namesAndValues) {
        return new DocumentError(Issues.violation(document, code, pos, field, null, namesAndValues));
    }
}
