package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Helpers of the tests: documents from text, reads that keep the document violation. */
final class Json {

    private Json() {
    }

    /** Text with single quotes for double quotes, for readable tests. */
    static String q(String text) {
        return text.replace('\'', '"');
    }

    static Source source(String text) {
        return Source.of("doc.json", text.getBytes(StandardCharsets.UTF_8));
    }

    /** What one read handed over, in order. */
    static final class Read<T> {
        final List<T> values = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();
        final List<RejectedRecord> rejected = new ArrayList<>();
        final List<Violation> document = new ArrayList<>();
        ReadSummary summary;

        Violation onlyDocumentViolation() {
            if (document.size() != 1) {
                throw new AssertionError("expected one document violation, got " + document + " / " + rejected);
            }
            return document.get(0);
        }

        List<Violation> onlyRejected() {
            if (rejected.size() != 1 || !document.isEmpty()) {
                throw new AssertionError("expected one rejected record, got " + rejected + " / " + document);
            }
            return rejected.get(0).violations();
        }
    }

    static <T> Read<T> read(FeedReader<T> reader, String text) {
        return read(reader, source(text));
    }

    static <T> Read<T> read(FeedReader<T> reader, Source source) {
        Read<T> r = new Read<>();
        try {
            r.summary = reader.read(source, new io.github.baozhang.adapter.spi.FeedListener<T>() {
                @Override
                public void accepted(T value, Location location) {
                    r.values.add(value);
                    r.locations.add(location);
                }

                @Override
                public void rejected(RejectedRecord record) {
                    r.rejected.add(record);
                }

                @Override
                public void documentRejected(Violation violation) {
                    r.document.add(violation);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    static <T> ReadResult<T> readAll(FeedReader<T> reader, String text) {
        try {
            return reader.readAll(source(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> String write(io.github.baozhang.adapter.spi.ReportSink<T> sink, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sink.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
