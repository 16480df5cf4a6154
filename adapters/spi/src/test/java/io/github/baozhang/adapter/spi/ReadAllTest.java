package io.github.baozhang.adapter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FeedReader#readAll} keeps what the summary counts, also for a document rejected after streaming. */
class ReadAllTest {

    /** Streams two values and a rejected record, then finds the document broken. */
    private static final FeedReader<String> BROKEN_LATE = new FeedReader<>() {
        @Override
        public DocumentKind kind() {
            return DocumentKind.of("test/late@1");
        }

        @Override
        public Class<String> valueType() {
            return String.class;
        }

        @Override
        public ReadSummary read(Source source, FeedListener<? super String> listener) {
            Location at = Location.builder().document(source.name()).line(1).build();
            listener.accepted("a", at);
            listener.accepted("b", at);
            listener.rejected(RejectedRecord.of(at, List.of(Violation.builder().code(ProblemCode.JSON_TYPE).location(at)
                    .putArguments("expected", "string").putArguments("actual", "number").build())));
            Violation truncated = Violation.builder().code(ProblemCode.JSON_TRUNCATED).location(at).build();
            listener.documentRejected(truncated);
            ReadSummary.Counter counter = ReadSummary.counter();
            counter.documentRejected(truncated);
            return counter.toSummary();
        }
    };

    @Test
    void aDocumentRejectedAfterStreamingGivesNoValueAndNoRejectedRecord() throws Exception {
        ReadResult<String> r = BROKEN_LATE.readAll(Source.of("late.json", new byte[0]));
        assertEquals(List.of(), r.values());
        assertEquals(List.of(), r.locations());
        assertEquals(List.of(), r.rejected());
        assertTrue(r.summary().isDocumentRejected());
        assertEquals(0, r.summary().read());
    }
}
