package io.github.baozhang.incident;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a risk level was raised: the factor, the level it raised the enterprise to, the
 * factor's value and the threshold it reached — the code {@link ProblemCode#RISK_RAISED} and its
 * arguments.
 *
 * <p>Values and thresholds are text as the arguments carry them: months and counts as digits
 * ({@code "3"}), arrival rates in basis points ({@code "4200bp"}), production as the status
 * name ({@code "STOPPED"}), flags as {@code "true"}.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class RiskReason {

    private final RiskFactor factor;
    private final RiskLevel level;
    private final String value;
    private final String threshold;

    private RiskReason(RiskFactor factor, RiskLevel level, String value, String threshold) {
        this.factor = factor;
        this.level = level;
        this.value = value;
        this.threshold = threshold;
    }

    /**
     * Returns a reason.
     *
     * @param factor  the factor, not null
     * @param level  the level it raised the enterprise to, above {@link RiskLevel#GREEN}, not null
     * @param value  the factor's value as text, not null
     * @param threshold  the threshold the value reached, as text, not null
     * @return the reason, not null
     * @throws IllegalArgumentException if the level is {@link RiskLevel#GREEN}: green raises nothing
     */
    public static RiskReason of(RiskFactor factor, RiskLevel level, String value, String threshold) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        if (level == RiskLevel.GREEN) {
            throw new IllegalArgumentException("a reason raises the level above GREEN");
        }
        return new RiskReason(factor, level, value, threshold);
    }

    /**
     * Returns the factor.
     *
     * @return the factor, not null
     */
    public RiskFactor factor() {
        return factor;
    }

    /**
     * Returns the level this factor raised the enterprise to.
     *
     * @return the level, above {@link RiskLevel#GREEN}, not null
     */
    public RiskLevel level() {
        return level;
    }

    /**
     * Returns the factor's value.
     *
     * @return the value as text, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the threshold the value reached.
     *
     * @return the threshold as text, not null
     */
    public String threshold() {
        return threshold;
    }

    /**
     * Returns the code of every reason: {@link ProblemCode#RISK_RAISED}.
     *
     * @return the code, not null
     */
    public ProblemCode code() {
        return ProblemCode.RISK_RAISED;
    }

    /**
     * Returns the arguments of the code, in its order: {@code factor}, {@code value},
     * {@code threshold}, {@code level}.
     *
     * @return the arguments, unmodifiable, not null
     */
    public Map<String, String> arguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("factor", factor.name());
        arguments.put("value", value);
        arguments.put("threshold", threshold);
        arguments.put("level", level.name());
        return Collections.unmodifiableMap(arguments);
    }

    /**
     * Returns this reason as a finding about a subject.
     *
     * @param subject  the enterprise id or other subject, not null
     * @return the finding, not null
     */
    public Finding toFinding(String subject) {
        return Finding.of(code(), Objects.requireNonNull(subject, "subject"), arguments());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RiskReason)) {
            return false;
        }
        RiskReason other = (RiskReason) obj;
        return factor == other.factor && level == other.level && value.equals(other.value)
                && threshold.equals(other.threshold);
    }

    @Override
    public int hashCode() {
        return Objects.hash(factor, level, value, threshold);
    }

    /**
     * Returns the reason such as {@code RiskReason{ARREARS_MONTHS=3 threshold 3 -> RED}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RiskReason{" + factor + "=" + value + " threshold " + threshold + " -> " + level + "}";
    }
}
