package io.github.baozhang.problem;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where a problem was found: the document, a JSON pointer or a line and column, and the field.
 * Every part is optional; {@link #none()} is the location of a problem about a value as a whole.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class Location {

    private static final Location NONE = builder().build();

    Location() {
    }

    /**
     * Returns the location that says nothing more than "this value".
     *
     * @return the empty location, not null
     */
    public static Location none() {
        return NONE;
    }

    /**
     * Returns the location of a field, named as the interchange format names it
     * ({@code "enterpriseRatio"}, {@code "received.socialFen"}).
     *
     * @param field  the field path, not null
     * @return the location, not null
     */
    public static Location ofField(String field) {
        return builder().field(field).build();
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the document: a file name or another name the caller gave its input.
     *
     * @return the document, or empty
     */
    public abstract Optional<String> document();

    /**
     * Returns the JSON pointer (RFC 6901) of the offending value.
     *
     * @return the pointer, or empty
     */
    public abstract Optional<String> pointer();

    /**
     * Returns the 1-based line.
     *
     * @return the line, or empty
     */
    public abstract OptionalLong line();

    /**
     * Returns the 1-based column.
     *
     * @return the column, or empty
     */
    public abstract OptionalLong column();

    /**
     * Returns the field path.
     *
     * @return the field, or empty
     */
    public abstract Optional<String> field();

    /**
     * Returns a copy of this location in the given document.
     *
     * @param document  the document, not null
     * @return the location, not null
     */
    public abstract Location withDocument(String document);

    /**
     * Returns a copy of this location with the given field.
     *
     * @param field  the field path, not null
     * @return the location, not null
     */
    public abstract Location withField(String field);

    @Value.Check
    void check() {
        line().ifPresent(l -> require(l >= 1, "line"));
        column().ifPresent(c -> require(c >= 1, "column"));
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalArgumentException(what + " must be 1 or more");
        }
    }

    /** Builds a {@link Location}. */
    public static final class Builder extends ImmutableLocation.Builder {
        Builder() {
        }
    }
}
