package io.github.baozhang.reporting;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of a monthly report replacing the previous accepted one: which revisions, when
 * the new one was submitted, by which unit, and which interchange fields changed.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Replacement {

    private final OrganizationCode enterpriseId;
    private final YearMonth period;
    private final int fromRevision;
    private final int toRevision;
    private final OffsetDateTime submittedAt;
    private final Optional<DivisionCode> submittedBy;
    private final List<String> changed;

    Replacement(OrganizationCode enterpriseId, YearMonth period, int fromRevision, int toRevision,
            OffsetDateTime submittedAt, Optional<DivisionCode> submittedBy, List<String> changed) {
        this.enterpriseId = Objects.requireNonNull(enterpriseId, "enterpriseId");
        this.period = Objects.requireNonNull(period, "period");
        this.fromRevision = fromRevision;
        this.toRevision = toRevision;
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.submittedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        this.changed = List.copyOf(changed);
    }

    /**
     * Returns the enterprise.
     *
     * @return the id, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the revision replaced.
     *
     * @return the revision, 1 or more
     */
    public int fromRevision() {
        return fromRevision;
    }

    /**
     * Returns the replacing revision.
     *
     * @return the revision, greater than {@link #fromRevision()}
     */
    public int toRevision() {
        return toRevision;
    }

    /**
     * Returns when the replacing revision was submitted.
     *
     * @return the instant, not null
     */
    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    /**
     * Returns the unit that submitted the replacing revision, if given.
     *
     * @return the unit, or empty
     */
    public Optional<DivisionCode> submittedBy() {
        return submittedBy;
    }

    /**
     * Returns the interchange fields whose value changed, such as {@code laidOffWorkers} or
     * {@code funds}, in field order; {@code revision}, {@code submittedAt} and
     * {@code submittedBy} are not listed.
     *
     * @return the fields, unmodifiable, not null
     */
    public List<String> changed() {
        return changed;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Replacement)) {
            return false;
        }
        Replacement o = (Replacement) obj;
        return enterpriseId.equals(o.enterpriseId) && period.equals(o.period) && fromRevision == o.fromRevision
                && toRevision == o.toRevision && submittedAt.equals(o.submittedAt)
                && submittedBy.equals(o.submittedBy) && changed.equals(o.changed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, period, fromRevision, toRevision, submittedAt, submittedBy, changed);
    }

    @Override
    public String toString() {
        return "Replacement{" + enterpriseId + " " + period + " " + fromRevision + "→" + toRevision + " at "
                + submittedAt + submittedBy.map(u -> " by " + u).orElse("") + " changed " + changed + "}";
    }
}
