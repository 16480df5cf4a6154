package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import java.util.List;
import java.util.Objects;

/**
 * A whole document read into memory: the accepted values with their locations, the rejected
 * records, and the counts.
 *
 * <p>This class is immutable and thread-safe if the values are.
 *
 * @param <T>  the type of the values
 */
public final class ReadResult<T> {

    private final List<T> values;
    private final List<Location> locations;
    private final List<RejectedRecord> rejected;
    private final ReadSummary summary;

    /**
     * Creates a result.
     *
     * @param values  the accepted values in document order, not null
     * @param locations  the location of each accepted value, same size, not null
     * @param rejected  the rejected records in document order, not null
     * @param summary  the counts, not null
     * @throws IllegalArgumentException if the lists disagree with each other or with the counts
     */
    public ReadResult(List<T> values, List<Location> locations, List<RejectedRecord> rejected, ReadSummary summary) {
        this.values = List.copyOf(values);
        this.locations = List.copyOf(locations);
        this.rejected = List.copyOf(rejected);
        this.summary = Objects.requireNonNull(summary, "summary");
        if (this.values.size() != this.locations.size() || summary.accepted() != this.values.size()
                || summary.rejected() != this.rejected.size()) {
            throw new IllegalArgumentException("the values, rejections and counts of a read disagree: " + summary);
        }
    }

    /**
     * Returns the accepted values in document order.
     *
     * @return the values, unmodifiable, not null
     */
    public List<T> values() {
        return values;
    }

    /**
     * Returns the location of each accepted value, index for index.
     *
     * @return the locations, unmodifiable, not null
     */
    public List<Location> locations() {
        return locations;
    }

    /**
     * Returns the rejected records in document order.
     *
     * @return the records, unmodifiable, not null
     */
    public List<RejectedRecord> rejected() {
        return rejected;
    }

    /**
     * Returns the counts.
     *
     * @return the summary, not null
     */
    public ReadSummary summary() {
        return summary;
    }
}
