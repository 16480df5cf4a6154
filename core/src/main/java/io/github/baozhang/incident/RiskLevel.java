package io.github.baozhang.incident;

import java.util.Objects;

/**
 * The risk level of an enterprise and month, from no concern to the worst, in this order:
 * {@link #GREEN} &lt; {@link #YELLOW} &lt; {@link #ORANGE} &lt; {@link #RED}.
 */
public enum RiskLevel {
    /** No factor raised the level. */
    GREEN,
    /** Watch: a factor calls for attention. */
    YELLOW,
    /** Warning: a factor calls for action this month. */
    ORANGE,
    /** Alarm: a factor calls for action now. */
    RED;

    /**
     * Returns the worse of this level and another.
     *
     * @param other  the other level, not null
     * @return the worse level, not null
     */
    public RiskLevel max(RiskLevel other) {
        Objects.requireNonNull(other, "other");
        return values()[Math.max(ordinal(), other.ordinal())];
    }

    /**
     * Returns whether this level is at least as bad as another.
     *
     * @param other  the other level, not null
     * @return true if this level is the other or worse
     */
    public boolean isAtLeast(RiskLevel other) {
        Objects.requireNonNull(other, "other");
        return compareTo(other) >= 0;
    }
}
