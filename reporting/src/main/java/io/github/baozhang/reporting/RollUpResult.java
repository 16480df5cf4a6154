package io.github.baozhang.reporting;

import io.github.baozhang.incident.RiskAssessment;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.Bulletin;
import java.util.List;
import java.util.Objects;

/**
 * A bulletin with what was left out of it: the reports rejected or refused by the ledger, and
 * the reports of another period that were skipped.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class RollUpResult {

    private final Bulletin bulletin;
    private final List<Violation> rejected;
    private final List<Finding> skipped;
    private final List<RiskAssessment> assessments;

    RollUpResult(Bulletin bulletin, List<Violation> rejected, List<Finding> skipped) {
        this(bulletin, rejected, skipped, List.of());
    }

    RollUpResult(Bulletin bulletin, List<Violation> rejected, List<Finding> skipped, List<RiskAssessment> assessments) {
        this.bulletin = Objects.requireNonNull(bulletin, "bulletin");
        this.rejected = List.copyOf(rejected);
        this.skipped = List.copyOf(skipped);
        this.assessments = List.copyOf(assessments);
    }

    /**
     * Returns the risk assessment of each monitored enterprise, in registry order, when the
     * roll-up was run with incidents and profiles
     * ({@link RollUp#run(java.time.YearMonth, java.util.Collection, java.util.Collection,
     * java.util.Collection, io.github.baozhang.profile.HolidayCalendar, java.util.Collection)});
     * otherwise empty. {@link Indicators#riskLevels} counts them.
     *
     * @return the assessments, unmodifiable, not null
     */
    public List<RiskAssessment> assessments() {
        return assessments;
    }

    /**
     * Returns the bulletin.
     *
     * @return the bulletin, not null
     */
    public Bulletin bulletin() {
        return bulletin;
    }

    /**
     * Returns the violations of the reports rejected (unknown enterprise, conflict) or refused
     * (a lower revision), in arrival order.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> rejected() {
        return rejected;
    }

    /**
     * Returns one {@link io.github.baozhang.problem.ProblemCode#REPORT_OTHER_PERIOD} finding per
     * report of another period, in arrival order; their number is the count to note.
     *
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> skipped() {
        return skipped;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RollUpResult)) {
            return false;
        }
        RollUpResult o = (RollUpResult) obj;
        return bulletin.equals(o.bulletin) && rejected.equals(o.rejected) && skipped.equals(o.skipped)
                && assessments.equals(o.assessments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bulletin, rejected, skipped, assessments);
    }

    @Override
    public String toString() {
        return "RollUpResult{" + bulletin + ", rejected=" + rejected.size() + ", skipped=" + skipped.size() + "}";
    }
}
