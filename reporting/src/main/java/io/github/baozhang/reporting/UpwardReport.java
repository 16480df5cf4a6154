package io.github.baozhang.reporting;

import io.github.baozhang.hierarchy.ReportingUnit;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.report.ReportSummary;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One report sent up one step of the reporting hierarchy: the monthly summary of a city or a
 * province ({@link Kind#MONTHLY}), or an urgent report outside the monthly cycle — an incident
 * ({@link Kind#INCIDENT}) or a major problem ({@link Kind#MAJOR_PROBLEM}) — and the trade union
 * told beside it, whose {@link #notice()} is produced with it.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class UpwardReport {

    /** What an upward report carries. */
    public enum Kind {
        /** The monthly summary of the sender's area; {@link #summary()} is present. */
        MONTHLY,
        /** An urgent report of an incident; {@link #incident()} is present. */
        INCIDENT,
        /** An urgent report of a major problem (重大问题); {@link #problem()} is present. */
        MAJOR_PROBLEM
    }

    private final Kind kind;
    private final YearMonth period;
    private final String subject;
    private final ReportingUnit from;
    private final ReportingUnit to;
    private final Optional<ReportingUnit> tradeUnion;
    private final Optional<ReportSummary> summary;
    private final Optional<Incident> incident;
    private final Optional<Finding> problem;

    private UpwardReport(Kind kind, YearMonth period, String subject, ReportingUnit from, ReportingUnit to,
            Optional<ReportingUnit> tradeUnion, Optional<ReportSummary> summary, Optional<Incident> incident,
            Optional<Finding> problem) {
        this.kind = kind;
        this.period = Objects.requireNonNull(period, "period");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.tradeUnion = Objects.requireNonNull(tradeUnion, "tradeUnion");
        this.summary = summary;
        this.incident = incident;
        this.problem = problem;
    }

    static UpwardReport monthly(YearMonth period, ReportingUnit from, ReportingUnit to,
            Optional<ReportingUnit> tradeUnion, ReportSummary summary) {
        return new UpwardReport(Kind.MONTHLY, period, from.code(), from, to, tradeUnion, Optional.of(summary),
                Optional.empty(), Optional.empty());
    }

    static UpwardReport incident(YearMonth period, ReportingUnit from, ReportingUnit to,
            Optional<ReportingUnit> tradeUnion, Incident incident) {
        return new UpwardReport(Kind.INCIDENT, period, incident.id(), from, to, tradeUnion, Optional.empty(),
                Optional.of(incident), Optional.empty());
    }

    static UpwardReport problem(YearMonth period, ReportingUnit from, ReportingUnit to,
            Optional<ReportingUnit> tradeUnion, Finding problem) {
        return new UpwardReport(Kind.MAJOR_PROBLEM, period, problem.code().code() + ":" + problem.subject(), from, to,
                tradeUnion, Optional.empty(), Optional.empty(), Optional.of(problem));
    }

    /**
     * Returns what the report carries.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the period: the month reported, or the month (Beijing time) the incident occurred
     * or the problem was raised.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns what the report is about: the sender's code for a monthly report, the incident id,
     * or {@code <code>:<subject>} of the problem.
     *
     * @return the subject, not null
     */
    public String subject() {
        return subject;
    }

    /**
     * Returns the sender.
     *
     * @return the unit, not null
     */
    public ReportingUnit from() {
        return from;
    }

    /**
     * Returns the receiver.
     *
     * @return the unit, not null
     */
    public ReportingUnit to() {
        return to;
    }

    /**
     * Returns the trade union told beside the report (the sender's peer), if any.
     *
     * @return the trade union, or empty, not null
     */
    public Optional<ReportingUnit> tradeUnion() {
        return tradeUnion;
    }

    /**
     * Returns the notice to the trade union produced beside this report.
     *
     * @return the notice, or empty when the sender has no trade-union peer, not null
     */
    public Optional<TradeUnionNotice> notice() {
        return tradeUnion.map(t -> new TradeUnionNotice(t, this));
    }

    /**
     * Returns the summary of a monthly report.
     *
     * @return the summary, present exactly for {@link Kind#MONTHLY}, not null
     */
    public Optional<ReportSummary> summary() {
        return summary;
    }

    /**
     * Returns the incident of an incident report.
     *
     * @return the incident, present exactly for {@link Kind#INCIDENT}, not null
     */
    public Optional<Incident> incident() {
        return incident;
    }

    /**
     * Returns the problem of a major-problem report.
     *
     * @return the problem, present exactly for {@link Kind#MAJOR_PROBLEM}, not null
     */
    public Optional<Finding> problem() {
        return problem;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof UpwardReport)) {
            return false;
        }
        UpwardReport o = (UpwardReport) obj;
        return kind == o.kind && period.equals(o.period) && subject.equals(o.subject) && from.equals(o.from)
                && to.equals(o.to) && tradeUnion.equals(o.tradeUnion) && summary.equals(o.summary)
                && incident.equals(o.incident) && problem.equals(o.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, period, subject, from, to, tradeUnion, summary, incident, problem);
    }

    @Override
    public String toString() {
        return kind + " " + subject + " " + period + ": " + from + " -> " + to
                + tradeUnion.map(t -> " (notice to " + t + ")").orElse("");
    }
}
