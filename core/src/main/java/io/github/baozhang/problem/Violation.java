package io.github.baozhang.problem;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Input that is not valid: a code from the catalogue, its severity, where it is, the offending
 * value (masked when it is personal data) and the arguments a message needs.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class Violation {

    Violation() {
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
     * Returns a violation of the given code at a field, with arguments given as name, value
     * pairs.
     *
     * @param code  the code, not null
     * @param field  the field path, not null
     * @param arguments  the arguments, not null
     * @return the violation, not null
     */
    public static Violation of(ProblemCode code, String field, Map<String, String> arguments) {
        return builder().code(code).location(Location.ofField(field)).putAllArguments(arguments).build();
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public abstract ProblemCode code();

    /**
     * Returns the severity, by default the code's.
     *
     * @return the severity, not null
     */
    @Value.Default
    public Severity severity() {
        return code().defaultSeverity();
    }

    /**
     * Returns where the violation is.
     *
     * @return the location, not null
     */
    @Value.Default
    public Location location() {
        return Location.none();
    }

    /**
     * Returns the offending value as text, masked if it is personal data.
     *
     * @return the value, or empty
     */
    public abstract Optional<String> offendingValue();

    /**
     * Returns the arguments by name, in insertion order; every name is one of
     * {@link ProblemCode#argumentNames()}.
     *
     * @return the arguments, unmodifiable, not null
     */
    public abstract Map<String, String> arguments();

    /**
     * Returns a copy at the given location.
     *
     * @param location  the location, not null
     * @return the violation, not null
     */
    public abstract Violation withLocation(Location location);

    @Value.Check
    void check() {
        Problems.checkArguments(code(), arguments());
    }

    /** Builds a {@link Violation}. */
    public static final class Builder extends ImmutableViolation.Builder {
        Builder() {
        }
    }
}
