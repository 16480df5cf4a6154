package io.github.baozhang.reporting;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.report.MonthlyReport;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The state of the {@link SubmissionLedger} for one enterprise and period: the counting report,
 * whether the highest revision is in conflict, the earliest accepted submission, and the
 * replacements between accepted revisions.
 *
 * <p>Accepted revisions are those up to the highest that carry a single content; when the
 * highest revision carries two different contents the entry is in conflict: nothing counts and
 * the enterprise is not reported. Timeliness is judged by {@link #earliestSubmittedAt()}.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class LedgerEntry {

    private final OrganizationCode enterpriseId;
    private final YearMonth period;
    private final Optional<MonthlyReport> counting;
    private final SortedSet<Integer> conflictingRevisions;
    private final Optional<OffsetDateTime> earliestSubmittedAt;
    private final List<Replacement> replacements;

    LedgerEntry(OrganizationCode enterpriseId, YearMonth period, Optional<MonthlyReport> counting,
            SortedSet<Integer> conflictingRevisions, Optional<OffsetDateTime> earliestSubmittedAt,
            List<Replacement> replacements) {
        this.enterpriseId = Objects.requireNonNull(enterpriseId, "enterpriseId");
        this.period = Objects.requireNonNull(period, "period");
        this.counting = Objects.requireNonNull(counting, "counting");
        this.conflictingRevisions = Collections.unmodifiableSortedSet(new TreeSet<>(conflictingRevisions));
        this.earliestSubmittedAt = Objects.requireNonNull(earliestSubmittedAt, "earliestSubmittedAt");
        this.replacements = List.copyOf(replacements);
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
     * Returns the report that counts: the highest revision, unless it is in conflict.
     *
     * @return the report, or empty when the highest revision is in conflict
     */
    public Optional<MonthlyReport> counting() {
        return counting;
    }

    /**
     * Returns whether the highest revision is in conflict, so the enterprise is not reported.
     *
     * @return true if in conflict
     */
    public boolean isInConflict() {
        return counting.isEmpty();
    }

    /**
     * Returns the revisions that carry two or more different contents.
     *
     * @return the revisions, ascending, unmodifiable, not null
     */
    public SortedSet<Integer> conflictingRevisions() {
        return conflictingRevisions;
    }

    /**
     * Returns the earliest submission among the accepted revisions, which judges timeliness.
     *
     * @return the instant as submitted, or empty when in conflict
     */
    public Optional<OffsetDateTime> earliestSubmittedAt() {
        return earliestSubmittedAt;
    }

    /**
     * Returns the replacements between consecutive accepted revisions, in revision order.
     *
     * @return the replacements, unmodifiable, not null
     */
    public List<Replacement> replacements() {
        return replacements;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof LedgerEntry)) {
            return false;
        }
        LedgerEntry o = (LedgerEntry) obj;
        return enterpriseId.equals(o.enterpriseId) && period.equals(o.period) && counting.equals(o.counting)
                && conflictingRevisions.equals(o.conflictingRevisions)
                && earliestSubmittedAt.equals(o.earliestSubmittedAt) && replacements.equals(o.replacements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, period, counting, conflictingRevisions, earliestSubmittedAt, replacements);
    }

    @Override
    public String toString() {
        return "LedgerEntry{" + enterpriseId + " " + period + " counting="
                + counting.map(r -> Integer.toString(r.revision())).orElse("none") + " conflicts="
                + conflictingRevisions + " earliest=" + earliestSubmittedAt.map(Object::toString).orElse("none")
                + " replacements=" + replacements.size() + "}";
    }
}
