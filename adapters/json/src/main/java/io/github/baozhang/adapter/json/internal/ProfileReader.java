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
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * The strict reader of {@code baozhang/province-profile@1}: one document, one profile. The
 * document is small and read whole into a {@link Tree}, then bound by {@link ProfileBinder}.
 *
 * <p>A violation of the document — not UTF-8, not JSON, truncated, a repeated key, nesting
 * deeper than 64, more than {@link Tree#MAX_NODES} values, the root not an object, the
 * {@code format} missing or of another kind — rejects it as a whole
 * ({@link FeedListener#documentRejected}). Any other violation rejects the one record, the
 * profile, with every violation found, each at its JSON pointer, line, column and field; a clean
 * document is one accepted profile located at the root.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProfileReader implements FeedReader<ProvinceProfile> {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileReader.class);

    private final DocumentKind kind;

    /**
     * Creates the reader.
     *
     * @param kind  the kind it reads, {@code baozhang/province-profile@1}, not null
     */
    public ProfileReader(DocumentKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public Class<ProvinceProfile> valueType() {
        return ProvinceProfile.class;
    }

    @Override
    public ReadSummary read(Source source, FeedListener<? super ProvinceProfile> listener) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        String document = source.name();
        Violation rejected = null;
        Tree root = null;
        try (InputStream in = source.open();
                JsonParser p = DocumentReader.FACTORY.createParser(ObjectReadContext.empty(), new Utf8Reader(in))) {
            try {
                root = readRoot(p, document);
            } catch (DocumentError e) {
                rejected = e.violation;
            } catch (JacksonException e) {
                rejected = DocumentReader.translate(e, p, document);
            }
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
        }
        ReadSummary.Counter counter = ReadSummary.counter();
        if (rejected != null) {
            listener.documentRejected(rejected);
            counter.documentRejected(rejected);
            LOG.debug("{} rejected as a whole: {}", document, rejected.code().code());
            return counter.toSummary();
        }
        Issues issues = new Issues(document);
        ProvinceProfile profile = new ProfileBinder(issues).bind(root);
        Location location = Issues.location(document, root.pos, null);
        if (profile != null && issues.isEmpty()) {
            counter.accepted();
            listener.accepted(profile, location);
        } else {
            RejectedRecord record = RejectedRecord.of(location, issues.violations());
            counter.rejected(record);
            listener.rejected(record);
        }
        ReadSummary summary = counter.toSummary();
        LOG.debug("read {} as {}: {}", document, kind, summary);
        return summary;
    }

    private Tree readRoot(JsonParser p, String document) {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw error(document, ProblemCode.JSON_MALFORMED, new Pos("", 1, 1), null, "reason", "no content");
        }
        Pos rootPos = ElementParser.pos("", p.currentTokenLocation());
        if (t != JsonToken.START_OBJECT) {
            throw error(document, ProblemCode.JSON_TYPE, rootPos, null, "expected", "object",
                    "actual", DocumentReader.jsonType(t));
        }
        Tree root = Tree.read(p, "", document, new int[1]);
        if (p.nextToken() != null) {
            throw error(document, ProblemCode.JSON_MALFORMED, ElementParser.pos("", p.currentTokenLocation()), null,
                    "reason", "content after the document");
        }
        Tree format = root.members.get("format");
        if (format == null) {
            throw error(document, ProblemCode.JSON_FIELD_MISSING, root.pos, "format", "field", "format");
        }
        if (format.type == Tree.Type.NULL) {
            throw error(document, ProblemCode.JSON_NULL, format.pos, "format");
        }
        if (format.type != Tree.Type.STRING) {
            throw error(document, ProblemCode.JSON_TYPE, format.pos, "format", "expected", "string",
                    "actual", format.type.json);
        }
        if (!format.text.equals(kind.name())) {
            throw error(document, ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, format.pos, "format",
                    "format", Issues.cut(format.text), "expected", kind.name());
        }
        return root;
    }

    private static DocumentError error(String document, ProblemCode code, Pos pos, String field,
            String... namesAndValues) {
        return new DocumentError(Issues.violation(document, code, pos, field, null, namesAndValues));
    }
}
