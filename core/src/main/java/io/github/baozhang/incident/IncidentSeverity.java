package io.github.baozhang.incident;

/**
 * How serious a mass incident is, as {@code baozhang/incidents@1} grades it.
 */
public enum IncidentSeverity {
    /** A general incident: reported within the general clock (default 24 hours). */
    GENERAL,
    /**
     * A major incident (重大问题): reported "at any time" (default within 2 hours), and the
     * provincial labour department goes to the scene at once.
     */
    MAJOR
}
