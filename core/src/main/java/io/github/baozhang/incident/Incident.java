package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.ProblemCode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A mass incident (群体性突发事件) at a monitored enterprise, as {@code baozhang/incidents@1}
 * describes it; each attribute is named as its interchange field.
 *
 * <p>Instants are {@link OffsetDateTime}s and keep the offset their sender wrote (normally
 * Beijing time, {@code +08:00}); every comparison and {@link #reportingDelay()} uses the instant
 * they denote, but {@link #equals} compares the offset too, as for any {@code OffsetDateTime}.
 *
 * <p>Structural invariants are checked when the value is built, and {@link Builder#build()}
 * throws {@link io.github.baozhang.problem.InvalidValueException} when one fails: the id and the
 * cause are not blank ({@link ProblemCode#TEXT_BLANK}); participants are zero or more
 * ({@link ProblemCode#VALUE_NEGATIVE}). That the incident is not reported, nor the province on
 * the scene, before it occurred is a business rule, not an invariant: such an incident can be
 * built, and {@link IncidentRules#check(Incident)} reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class Incident {

    Incident() {
    }

    /**
     * Returns a builder; every attribute but {@link #provinceOnSceneAt()} must be set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id: any string the sender chose, unique in its document.
     *
     * @return the id, not blank, not null
     */
    public abstract String id();

    /**
     * Returns the id of the enterprise where the incident occurred.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns when the incident occurred.
     *
     * @return the instant with its offset, not null
     */
    public abstract OffsetDateTime occurredAt();

    /**
     * Returns when the incident was reported upward.
     *
     * @return the instant with its offset, not null
     */
    public abstract OffsetDateTime reportedAt();

    /**
     * Returns the number of people who took part.
     *
     * @return the count, zero or more
     */
    public abstract long participants();

    /**
     * Returns the cause as the reporter described it, such as arrears of the allowance.
     *
     * @return the cause, not blank, not null
     */
    public abstract String cause();

    /**
     * Returns the severity.
     *
     * @return the severity, not null
     */
    public abstract IncidentSeverity severity();

    /**
     * Returns when the provincial labour department arrived on the scene.
     *
     * @return the instant, or empty if it has not
     */
    public abstract Optional<OffsetDateTime> provinceOnSceneAt();

    /**
     * Returns where the handling stands.
     *
     * @return the status, not null
     */
    public abstract IncidentStatus status();

    /**
     * Returns the time from occurrence to report: negative when the report is dated before the
     * occurrence (a broken rule {@link IncidentRules#check(Incident)} reports).
     *
     * @return the delay, not null
     */
    public Duration reportingDelay() {
        return Duration.between(occurredAt(), reportedAt());
    }

    /**
     * Returns a copy with another status.
     *
     * @param status  the status, not null
     * @return the incident, not null
     */
    public abstract Incident withStatus(IncidentStatus status);

    /**
     * Returns a copy with the time the province arrived on the scene.
     *
     * @param provinceOnSceneAt  the instant, not null
     * @return the incident, not null
     */
    public abstract Incident withProvinceOnSceneAt(OffsetDateTime provinceOnSceneAt);

    @Value.Check
    void check() {
        Checks.requireText(id(), "id");
        Checks.requireText(cause(), "cause");
        Checks.requireNotNegative(participants());
    }

    /** Builds an {@link Incident}. */
    public static final class Builder extends ImmutableIncident.Builder {
        Builder() {
        }
    }
}
