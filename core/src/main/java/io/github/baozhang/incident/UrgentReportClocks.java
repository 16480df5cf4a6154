package io.github.baozhang.incident;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How soon after it occurred an incident must be reported upward, by severity: the
 * urgent-report clocks, a setting of the province profile.
 *
 * <p>The notice asks that major problems be reported "at any time" (重大问题及处理情况要随时上报,
 * 四(三)) and names no hours. Baozhang's defaults ({@link #defaults()}) are unconfirmed:
 * {@value #DEFAULT_GENERAL_HOURS} hours for a {@link IncidentSeverity#GENERAL general} incident
 * and {@value #DEFAULT_MAJOR_HOURS} hours for a {@link IncidentSeverity#MAJOR major} one.
 *
 * <p>A report is <em>late</em> when its delay — {@link Incident#reportingDelay()}, from
 * {@code occurredAt} to {@code reportedAt} — is longer than the limit. A report exactly at the
 * limit is on time; a report dated before the occurrence is not late (it breaks another rule,
 * {@link IncidentRules#check(Incident)}).
 *
 * <p>Invariant: each limit is zero or more ({@link ProblemCode#VALUE_NEGATIVE}, thrown as
 * {@link io.github.baozhang.problem.InvalidValueException} by the builder and the
 * {@code with} methods). Nothing requires the major clock to be the shorter one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class UrgentReportClocks {

    /** Default limit of a general incident, in hours (unconfirmed). */
    public static final long DEFAULT_GENERAL_HOURS = 24;
    /** Default limit of a major incident, in hours (unconfirmed). */
    public static final long DEFAULT_MAJOR_HOURS = 2;

    private static final UrgentReportClocks DEFAULTS = builder().build();

    UrgentReportClocks() {
    }

    /**
     * Returns the clocks with both defaults: 24 hours general, 2 hours major.
     *
     * @return the clocks, not null
     */
    public static UrgentReportClocks defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the clocks with the given limits.
     *
     * @param general  the limit of a general incident, zero or more, not null
     * @param major  the limit of a major incident, zero or more, not null
     * @return the clocks, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if a limit is negative
     */
    public static UrgentReportClocks of(Duration general, Duration major) {
        return builder().general(general).major(major).build();
    }

    /**
     * Returns a builder whose unset limits take their defaults.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the limit of a general incident.
     *
     * @return the limit, by default 24 hours, not null
     */
    @Value.Default
    public Duration general() {
        return Duration.ofHours(DEFAULT_GENERAL_HOURS);
    }

    /**
     * Returns the limit of a major incident.
     *
     * @return the limit, by default 2 hours, not null
     */
    @Value.Default
    public Duration major() {
        return Duration.ofHours(DEFAULT_MAJOR_HOURS);
    }

    /**
     * Returns a copy with another general limit.
     *
     * @param general  the limit, zero or more, not null
     * @return the clocks, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if negative
     */
    public abstract UrgentReportClocks withGeneral(Duration general);

    /**
     * Returns a copy with another major limit.
     *
     * @param major  the limit, zero or more, not null
     * @return the clocks, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if negative
     */
    public abstract UrgentReportClocks withMajor(Duration major);

    /**
     * Returns the limit of a severity.
     *
     * @param severity  the severity, not null
     * @return the limit, not null
     */
    public Duration limitFor(IncidentSeverity severity) {
        Objects.requireNonNull(severity, "severity");
        return severity == IncidentSeverity.MAJOR ? major() : general();
    }

    /**
     * Returns whether an incident was reported later than its limit: its delay is strictly
     * longer than the limit of its severity.
     *
     * @param incident  the incident, not null
     * @return true if late; false exactly at the limit
     */
    public boolean isLate(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        return incident.reportingDelay().compareTo(limitFor(incident.severity())) > 0;
    }

    /**
     * Checks the report of an incident: when it is late, the finding
     * {@link ProblemCode#URGENT_REPORT_LATE} with subject the incident id and arguments
     * {@code enterpriseId}, {@code severity}, {@code delay} and {@code limit} (ISO-8601
     * durations such as {@code PT26H30M}).
     *
     * @param incident  the incident, not null
     * @return the finding, or empty if the report was on time
     */
    public Optional<Finding> checkReport(Incident incident) {
        if (!isLate(incident)) {
            return Optional.empty();
        }
        return Optional.of(Checks.finding(ProblemCode.URGENT_REPORT_LATE, incident.id(),
                "enterpriseId", incident.enterpriseId().toString(),
                "severity", incident.severity().name(),
                "delay", incident.reportingDelay().toString(),
                "limit", limitFor(incident.severity()).toString()));
    }

    @Value.Check
    void check() {
        requireNotNegative(general());
        requireNotNegative(major());
    }

    private static void requireNotNegative(Duration limit) {
        if (limit.isNegative()) {
            Checks.fail(ProblemCode.VALUE_NEGATIVE, "value", limit.toString());
        }
    }

    /** Builds {@link UrgentReportClocks}. */
    public static final class Builder extends ImmutableUrgentReportClocks.Builder {
        Builder() {
        }
    }
}
