package io.github.baozhang.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of parsing text into a value: either the value, or the code and arguments that
 * say why there is none. Never half-valid.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T>  the type of the value
 */
public final class Parsed<T> {

    private final T value;
    private final ProblemCode code;
    private final Map<String, String> arguments;

    private Parsed(T value, ProblemCode code, Map<String, String> arguments) {
        this.value = value;
        this.code = code;
        this.arguments = arguments;
    }

    /**
     * Returns a successful outcome.
     *
     * @param <T>  the type of the value
     * @param value  the value, not null
     * @return the outcome, not null
     */
    public static <T> Parsed<T> valid(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), null, Map.of());
    }

    /**
     * Returns a failed outcome.
     *
     * @param <T>  the type the value would have had
     * @param code  the reason, not null
     * @param namesAndValues  the arguments as alternating names and values, not null
     * @return the outcome, not null
     * @throws IllegalArgumentException if the names and values do not pair up, or a name is not
     *     one of the code's argument names
     */
    public static <T> Parsed<T> invalid(ProblemCode code, String... namesAndValues) {
        Objects.requireNonNull(code, "code");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must pair up");
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], namesAndValues[i]));
        }
        Problems.checkArguments(code, args);
        return new Parsed<>(null, code, Collections.unmodifiableMap(args));
    }

    /**
     * Returns whether parsing succeeded.
     *
     * @return true if there is a value
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     * @throws NoSuchElementException if parsing failed
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("no value: " + code.code());
        }
        return value;
    }

    /**
     * Returns the value, or throws the reason.
     *
     * @return the value, not null
     * @throws InvalidValueException if parsing failed
     */
    public T orElseThrow() {
        if (value == null) {
            throw new InvalidValueException(code, arguments);
        }
        return value;
    }

    /**
     * Returns the value if there is one.
     *
     * @return the value, or empty
     */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the reason parsing failed.
     *
     * @return the code, or empty if parsing succeeded
     */
    public Optional<ProblemCode> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the arguments of the reason; empty if parsing succeeded.
     *
     * @return the arguments, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        return arguments;
    }

    /**
     * Maps the value, keeping a failure as it is.
     *
     * @param <R>  the type of the result
     * @param mapper  the mapping, not null
     * @return the mapped outcome, not null
     */
    public <R> Parsed<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        if (value == null) {
            return new Parsed<>(null, code, arguments);
        }
        return Parsed.valid(mapper.apply(value));
    }

    /**
     * Returns a violation for this failure at the given location.
     *
     * @param location  where the text was, not null
     * @return the violation, not null
     * @throws IllegalStateException if parsing succeeded
     */
    public Violation toViolation(Location location) {
        if (value != null) {
            throw new IllegalStateException("parsing succeeded");
        }
        return Violation.builder().code(code).location(location).putAllArguments(arguments).build();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Parsed)) {
            return false;
        }
        Parsed<?> other = (Parsed<?>) obj;
        return Objects.equals(value, other.value) && code == other.code && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, code, arguments);
    }

    @Override
    public String toString() {
        return value != null ? "Parsed[" + value + "]" : "Parsed[" + code.code() + " " + arguments + "]";
    }
}
