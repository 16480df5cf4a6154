package io.github.baozhang.problem;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Valid data that shows trouble — a funding gap, premium arrears, a duplicate recipient — as
 * a code from the catalogue, the subject it concerns (an enterprise or case id) and its
 * arguments.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class Finding {

    Finding() {
    }

    /**
     * Returns a finding.
     *
     * @param code  the code, not null
     * @param subject  what the finding concerns, such as an enterprise id, not null
     * @param arguments  the arguments by name, not null
     * @return the finding, not null
     */
    public static Finding of(ProblemCode code, String subject, Map<String, String> arguments) {
        return ImmutableFinding.builder().code(code).subject(subject).putAllArguments(arguments).build();
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public abstract ProblemCode code();

    /**
     * Returns the subject: the enterprise, case or region the finding concerns.
     *
     * @return the subject, not null
     */
    public abstract String subject();

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
     * Returns the arguments by name, in insertion order.
     *
     * @return the arguments, unmodifiable, not null
     */
    public abstract Map<String, String> arguments();

    @Value.Check
    void check() {
        Problems.checkArguments(code(), arguments());
    }
}
