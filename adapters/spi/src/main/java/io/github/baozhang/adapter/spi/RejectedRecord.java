package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.Objects;

/**
 * A record (a row, an array element) a reader rejected: where it is and every violation found
 * in it. A rejected record adds to no sum.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RejectedRecord {

    private final Location location;
    private final List<Violation> violations;

    private RejectedRecord(Location location, List<Violation> violations) {
        this.location = location;
        this.violations = violations;
    }

    /**
     * Returns a rejected record.
     *
     * @param location  where the record is (document, line or pointer), not null
     * @param violations  why it was rejected, at least one, not null
     * @return the record, not null
     * @throws IllegalArgumentException if there is no violation
     */
    public static RejectedRecord of(Location location, List<Violation> violations) {
        Objects.requireNonNull(location, "location");
        List<Violation> copy = List.copyOf(violations);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a rejected record has at least one violation");
        }
        return new RejectedRecord(location, copy);
    }

    /**
     * Returns where the record is.
     *
     * @return the location, not null
     */
    public Location location() {
        return location;
    }

    /**
     * Returns every violation found in the record, in the order found.
     *
     * @return the violations, at least one, unmodifiable, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RejectedRecord)) {
            return false;
        }
        RejectedRecord other = (RejectedRecord) obj;
        return location.equals(other.location) && violations.equals(other.violations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(location, violations);
    }

    @Override
    public String toString() {
        return "Rejected{" + location + " " + violations + "}";
    }
}
