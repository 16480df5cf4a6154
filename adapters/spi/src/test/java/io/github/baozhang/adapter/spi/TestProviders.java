package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small providers for discovery tests; the class-path ones are listed in META-INF/services. */
final class TestProviders {

    private TestProviders() {
    }

    static final DocumentKind LINES = DocumentKind.of("test/lines@1");

    /** Reads non-empty lines; a line "bad" is rejected. */
    static final class LinesReader implements FeedReader<String> {
        @Override
        public DocumentKind kind() {
            return LINES;
        }

        @Override
        public Class<String> valueType() {
            return String.class;
        }

        @Override
        public ReadSummary read(Source source, FeedListener<? super String> listener) throws IOException {
            ReadSummary.Counter counter = ReadSummary.counter();
            try (InputStream in = source.open()) {
                String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isEmpty()) {
                        continue;
                    }
                    Location at = Location.builder().document(source.name()).line(i + 1).build();
                    if (lines[i].equals("bad")) {
                        RejectedRecord r = RejectedRecord.of(at, List.of(io.github.baozhang.problem.Violation.builder()
                                .code(io.github.baozhang.problem.ProblemCode.AMOUNT_MALFORMED).location(at)
                                .putArguments("value", "bad").putArguments("reason", "digits").build()));
                        counter.rejected(r);
                        listener.rejected(r);
                    } else {
                        counter.accepted();
                        listener.accepted(lines[i], at);
                    }
                }
            }
            return counter.toSummary();
        }
    }

    /** Writes a string as UTF-8. */
    static final class TextSink implements ReportSink<String> {
        @Override
        public DocumentKind kind() {
            return LINES;
        }

        @Override
        public String format() {
            return "txt";
        }

        @Override
        public Class<String> valueType() {
            return String.class;
        }

        @Override
        public void write(String value, OutputStream out) throws IOException {
            out.write(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A well-behaved provider, found on the class path. */
    public static final class Alpha implements AdapterProvider {
        @Override
        public String name() {
            return "alpha";
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public List<FeedReader<?>> readers() {
            return List.of(new LinesReader());
        }

        @Override
        public List<ReportSink<?>> sinks() {
            return List.of(new TextSink());
        }
    }

    /** Offers the same kind as {@link Alpha}: ambiguous; loses because "beta" sorts after "alpha". */
    public static final class Beta implements AdapterProvider {
        @Override
        public String name() {
            return "beta";
        }

        @Override
        public String spiVersion() {
            return "1.0";
        }

        @Override
        public List<FeedReader<?>> readers() {
            return List.of(new LinesReader());
        }
    }

    /** Built for a future major version of the SPI. */
    public static final class FromTheFuture implements AdapterProvider {
        @Override
        public String name() {
            return "future";
        }

        @Override
        public String spiVersion() {
            return "2.0";
        }
    }

    /** Fails while being instantiated by ServiceLoader. */
    public static final class Broken implements AdapterProvider {
        public Broken() {
            throw new IllegalStateException("cannot start");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }
    }

    /** Fails when asked its name. */
    static final class Nameless implements AdapterProvider {
        @Override
        public String name() {
            throw new IllegalStateException("no name");
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }
    }

    /** Fails when asked for its readers. */
    static final class FaultyReaders implements AdapterProvider {
        @Override
        public String name() {
            return "faulty";
        }

        @Override
        public String spiVersion() {
            return SpiVersion.CURRENT;
        }

        @Override
        public List<FeedReader<?>> readers() {
            throw new NoClassDefFoundError("org/example/Missing");
        }
    }
}
