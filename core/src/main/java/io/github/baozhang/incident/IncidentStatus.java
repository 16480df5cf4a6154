package io.github.baozhang.incident;

/**
 * Where the handling of a mass incident stands.
 */
public enum IncidentStatus {
    /** Under way, not yet contained. */
    OPEN,
    /** Contained: the situation no longer spreads, the cause is not yet settled. */
    CONTAINED,
    /** Resolved: the cause is settled. */
    RESOLVED
}
