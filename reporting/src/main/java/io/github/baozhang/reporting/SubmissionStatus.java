package io.github.baozhang.reporting;

/**
 * What the {@link SubmissionLedger} made of one submitted monthly report.
 */
public enum SubmissionStatus {
    /** The first report of the enterprise and period; it counts. */
    ACCEPTED,
    /** A higher revision than any held; it replaces the counting report. */
    REPLACED,
    /** The same revision with the same content as one held: it counts once. */
    DUPLICATE,
    /**
     * The same revision as one held with another content: both are rejected
     * ({@link io.github.baozhang.problem.ProblemCode#REPORT_REVISION_CONFLICT}).
     */
    CONFLICT,
    /**
     * A lower revision than one held: it never counts
     * ({@link io.github.baozhang.problem.ProblemCode#REPORT_REVISION_SUPERSEDED}).
     */
    SUPERSEDED,
    /**
     * The enterprise is missing from the registry: rejected, kept nowhere
     * ({@link io.github.baozhang.problem.ProblemCode#REPORT_ENTERPRISE_NOT_IN_REGISTRY}).
     */
    UNKNOWN_ENTERPRISE
}
