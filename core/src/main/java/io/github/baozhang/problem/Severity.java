package io.github.baozhang.problem;

/**
 * How serious a problem is.
 */
public enum Severity {
    /** The value is rejected, or the finding demands action. */
    ERROR,
    /** The value is accepted, but somebody should look at it. */
    WARNING
}
