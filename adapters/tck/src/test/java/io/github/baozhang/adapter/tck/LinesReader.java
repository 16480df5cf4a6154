package io.github.baozhang.adapter.tck;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A toy format for testing the kit itself: one non-negative integer per line, in ASCII. The
 * conforming reader and sink, and readers that break the contract in one way each.
 */
class LinesReader implements FeedReader<Integer> {

    static final DocumentKind KIND = DocumentKind.of("test/lines@1");

    /** How a reader breaks the contract. */
    enum Flaw {
        NONE, MISCOUNTS, THROWS_ON_BAD_DATA, UNLOCATED_REJECTION, LEAKS_STREAM, SWALLOWS_IO_ERRORS
    }

    private final Flaw flaw;

    LinesReader(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public DocumentKind kind() {
        return KIND;
    }

    @Override
    public Class<Integer> valueType() {
        return Integer.class;
    }

    @Override
    public ReadSummary read(Source source, FeedListener<? super Integer> listener) throws IOException {
        ReadSummary.Counter counter = ReadSummary.counter();
        BufferedReader in = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.US_ASCII));
        try {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                Location at = flaw == Flaw.UNLOCATED_REJECTION ? Location.none()
                        : Location.builder().document(source.name()).line(line).column(1).build();
                if (text.matches("[0-9]{1,9}")) {
                    int value = Integer.parseInt(text);
                    counter.accepted();
                    listener.accepted(value, at);
                } else {
                    if (flaw == Flaw.THROWS_ON_BAD_DATA) {
                        throw new NumberFormatException(text);
                    }
                    RejectedRecord r = RejectedRecord.of(at, List.of(Violation.builder().code(ProblemCode.INTEGER_MALFORMED)
                            .location(at).putArguments("value", "?").putArguments("reason", "digits").build()));
                    counter.rejected(r);
                    listener.rejected(r);
                }
            }
            if (flaw == Flaw.MISCOUNTS && line > 0) {
                counter.accepted();
            }
        } catch (IOException e) {
            if (flaw != Flaw.SWALLOWS_IO_ERRORS) {
                throw e;
            }
        } finally {
            if (flaw != Flaw.LEAKS_STREAM) {
                in.close();
            }
        }
        return counter.toSummary();
    }

    /** Writes integers one per line. */
    static final class Sink implements ReportSink<List<Integer>> {

        private final boolean closes;

        Sink(boolean closes) {
            this.closes = closes;
        }

        @Override
        public DocumentKind kind() {
            return KIND;
        }

        @Override
        public String format() {
            return "txt";
        }

        @Override
        @SuppressWarnings("unchecked")
        public Class<List<Integer>> valueType() {
            return (Class<List<Integer>>) (Class<?>) List.class;
        }

        @Override
        public void write(List<Integer> value, OutputStream out) throws IOException {
            StringBuilder sb = new StringBuilder();
            value.forEach(v -> sb.append(v).append('\n'));
            out.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
            if (closes) {
                out.close();
            }
        }
    }
}
