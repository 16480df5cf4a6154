package io.github.baozhang.adapter.tck;

import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one read handed to its listener, in order, and the summary it returned; two
 * transcripts are equal when the reads behaved the same. Checks the listener contract as it
 * records: no null argument, no record after a document violation, one call at a time.
 */
final class Transcript<T> {

    /** One call of the listener. */
    record Event(String call, Object payload, Location location) {
    }

    final List<Event> events = new ArrayList<>();
    final List<T> values = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    final List<RejectedRecord> rejected = new ArrayList<>();
    final List<Violation> document = new ArrayList<>();
    final List<String> contractBreaches = new ArrayList<>();
    ReadSummary summary;

    static <T> Transcript<T> of(FeedReader<T> reader, Source source) throws IOException {
        Transcript<T> t = new Transcript<>();
        Object lock = new Object();
        boolean[] inCall = {false};
        t.summary = reader.read(source, new FeedListener<T>() {
            private void enter(String call) {
                synchronized (lock) {
                    if (inCall[0]) {
                        t.contractBreaches.add("the listener was called concurrently (" + call + ")");
                    }
                    inCall[0] = true;
                    if (!t.document.isEmpty()) {
                        t.contractBreaches.add(call + " after a document violation");
                    }
                }
            }

            private void leave() {
                synchronized (lock) {
                    inCall[0] = false;
                }
            }

            @Override
            public void accepted(T value, Location location) {
                enter("accepted");
                if (value == null || location == null) {
                    t.contractBreaches.add("accepted(" + value + ", " + location + ") with a null argument");
                }
                t.values.add(value);
                t.locations.add(location);
                t.events.add(new Event("accepted", value, location));
                leave();
            }

            @Override
            public void rejected(RejectedRecord record) {
                enter("rejected");
                if (record == null) {
                    t.contractBreaches.add("rejected(null)");
                } else {
                    t.rejected.add(record);
                    t.events.add(new Event("rejected", record.violations(), record.location()));
                }
                leave();
            }

            @Override
            public void documentRejected(Violation violation) {
                enter("documentRejected");
                if (violation == null) {
                    t.contractBreaches.add("documentRejected(null)");
                } else {
                    t.document.add(violation);
                    t.events.add(new Event("documentRejected", violation, violation.location()));
                }
                leave();
            }
        });
        if (t.summary == null) {
            t.contractBreaches.add("read returned a null summary");
        }
        return t;
    }

    /**
     * Returns what is wrong with this read against the listener and counting contract: rows in =
     * accepted + rejected, the listener's calls agree with the summary, every rejection has a
     * code and a location. Empty when it conforms.
     */
    List<String> breaches() {
        List<String> out = new ArrayList<>(contractBreaches);
        if (summary == null) {
            return out;
        }
        if (summary.read() != summary.accepted() + summary.rejected()) {
            out.add("read " + summary.read() + " != accepted + rejected in " + summary);
        }
        if (summary.isDocumentRejected()) {
            // A streaming reader may have handed records over before it found the document
            // broken; the summary then counts none of them, and the listener discards them.
            if (summary.read() != 0) {
                out.add("a document rejected as a whole counted records: " + summary);
            }
            if (!summary.documentViolations().equals(document)) {
                out.add("the summary's document violations " + summary.documentViolations() + " differ from the listener's " + document);
            }
            return Collections.unmodifiableList(out);
        }
        if (summary.accepted() != values.size()) {
            out.add("the summary counts " + summary.accepted() + " accepted, the listener got " + values.size());
        }
        if (summary.rejected() != rejected.size()) {
            out.add("the summary counts " + summary.rejected() + " rejected, the listener got " + rejected.size());
        }
        if (!summary.documentViolations().equals(document)) {
            out.add("the summary's document violations " + summary.documentViolations() + " differ from the listener's " + document);
        }
        TreeMap<String, Long> byCode = new TreeMap<>();
        for (RejectedRecord r : rejected) {
            if (r.violations().isEmpty()) {
                out.add("a rejected record without violation: " + r);
            }
            r.violations().stream().map(v -> Objects.requireNonNull(v.code(), "code").code()).distinct()
                    .forEach(code -> byCode.merge(code, 1L, Long::sum));
            Location l = r.location();
            if (l.line().isEmpty() && l.pointer().isEmpty()) {
                out.add("a rejected record located by neither line nor pointer: " + r);
            }
        }
        if (!byCode.equals(summary.rejectedByCode())) {
            out.add("rejections by code " + summary.rejectedByCode() + " differ from the records' " + byCode);
        }
        for (Location l : locations) {
            if (l != null && l.line().isEmpty() && l.pointer().isEmpty()) {
                out.add("an accepted value located by neither line nor pointer: " + l);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Fails with every breach found. */
    Transcript<T> conforming(String what) {
        List<String> b = breaches();
        if (!b.isEmpty()) {
            throw new AssertionError(what + " breaks the reader contract:\n  " + String.join("\n  ", b));
        }
        return this;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Transcript && ((Transcript<?>) obj).events.equals(events)
                && Objects.equals(((Transcript<?>) obj).summary, summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(events, summary);
    }

    @Override
    public String toString() {
        return "Transcript" + events + " " + summary;
    }
}
