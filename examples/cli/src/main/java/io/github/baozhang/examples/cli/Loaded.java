package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a strict reader accepted from one document, where it found each, and every
 * violation (the document's own, the rejected records').
 *
 * @param <T>  the type of the values
 */
final class Loaded<T> {

    final List<T> values;
    final List<Location> locations;
    final List<Violation> violations;
    final boolean documentRejected;

    private Loaded(List<T> values, List<Location> locations, List<Violation> violations, boolean documentRejected) {
        this.values = values;
        this.locations = locations;
        this.violations = violations;
        this.documentRejected = documentRejected;
    }

    /** Reads a source with a reader; an I/O failure is thrown, bad content is a violation. */
    static <T> Loaded<T> read(Source source, FeedReader<T> reader) throws IOException {
        ReadResult<T> result = reader.readAll(source);
        List<Violation> violations = new ArrayList<>(result.summary().documentViolations());
        for (RejectedRecord rejected : result.rejected()) {
            violations.addAll(rejected.violations());
        }
        return new Loaded<>(result.values(), result.locations(), List.copyOf(violations),
                result.summary().isDocumentRejected());
    }

    /** The location of the value at an index, or none. */
    Location location(int index) {
        return index < locations.size() ? locations.get(index) : Location.none();
    }
}
