package io.github.baozhang.problem;

import java.util.Map;
import java.util.Objects;

/**
 * Thrown by a {@code parse} or {@code of} factory when its input is not a valid value; carries
 * the catalogue code and arguments so a caller can render the reason in any language.
 *
 * <p>Readers of bulk input should prefer the {@code check} factories, which return a
 * {@link Parsed} instead of throwing.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code. */
    private final ProblemCode code;
    /** The arguments, an unmodifiable map in insertion order. */
    @SuppressWarnings("serial") // an unmodifiable view of a LinkedHashMap, both serializable
    private final Map<String, String> arguments;

    /**
     * Creates the exception.
     *
     * @param code  the code, not null
     * @param arguments  the arguments by name, not null
     */
    public InvalidValueException(ProblemCode code, Map<String, String> arguments) {
        super(message(code, arguments));
        this.code = code;
        this.arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    }

    /** The message, after checking the arguments at the door (the superclass call comes first). */
    private static String message(ProblemCode code, Map<String, String> arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        return code.code() + " " + arguments;
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return code;
    }

    /**
     * Returns the arguments.
     *
     * @return the arguments, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        return arguments;
    }
}
