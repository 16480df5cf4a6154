package io.github.baozhang.report;

import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Objects;

/**
 * What a set of monthly reports adds up to — one summary of {@code baozhang/bulletin@1}, for
 * the nation, a province or an industry: the enterprises monitored, reported and reported on
 * time, the worker counts, the allowance and contributions due and paid, and the funds planned
 * and received by source.
 *
 * <p>Summaries form a commutative monoid: {@link #identity()} is the neutral element and
 * {@link #merge} adds component by component, exactly, on {@code long} counts and fen. Every
 * component is zero or more, so every partial sum of a set of summaries is at most their total:
 * if the total fits in a {@code long}, every merge order succeeds and gives the same result; if
 * it does not, every order throws {@link ArithmeticException} — a sum never wraps and never
 * rounds. A negative figure is refused by the builder with
 * {@link io.github.baozhang.problem.InvalidValueException} ({@link ProblemCode#VALUE_NEGATIVE}). The roll-up may therefore run in any order and on any partition of the reports.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class ReportSummary {

    private static final ReportSummary IDENTITY = new Builder().build();

    private final long monitored;
    private final long reported;
    private final long onTime;
    private final long laidOffWorkers;
    private final long inCentre;
    private final long agreementsSigned;
    private final long reemployed;
    private final long leftCentre;
    private final long incidents;
    private final Money allowanceDue;
    private final Money allowancePaid;
    private final Money contributionsDue;
    private final Money contributionsPaid;
    private final SourceAmounts fundsPlan;
    private final SourceAmounts fundsReceived;

    private ReportSummary(Builder b) {
        this.monitored = b.monitored;
        this.reported = b.reported;
        this.onTime = b.onTime;
        this.laidOffWorkers = b.laidOffWorkers;
        this.inCentre = b.inCentre;
        this.agreementsSigned = b.agreementsSigned;
        this.reemployed = b.reemployed;
        this.leftCentre = b.leftCentre;
        this.incidents = b.incidents;
        this.allowanceDue = b.allowanceDue;
        this.allowancePaid = b.allowancePaid;
        this.contributionsDue = b.contributionsDue;
        this.contributionsPaid = b.contributionsPaid;
        this.fundsPlan = b.fundsPlan;
        this.fundsReceived = b.fundsReceived;
    }

    /**
     * Returns the neutral summary: nothing monitored, nothing reported, every figure zero.
     *
     * @return the identity, not null
     */
    public static ReportSummary identity() {
        return IDENTITY;
    }

    /**
     * Returns the summary of one monitored enterprise that has no counting report for the
     * period (none, or only a conflict): monitored 1, everything else zero.
     *
     * @return the summary, not null
     */
    public static ReportSummary ofMissing() {
        return new Builder().monitored(1).build();
    }

    /**
     * Returns the summary of one monitored enterprise and its counting report.
     *
     * @param report  the counting report, not null
     * @param onTime  whether the enterprise reported on time
     * @return the summary, not null
     */
    public static ReportSummary ofReport(MonthlyReport report, boolean onTime) {
        Objects.requireNonNull(report, "report");
        return new Builder()
                .monitored(1)
                .reported(1)
                .onTime(onTime ? 1 : 0)
                .laidOffWorkers(report.laidOffWorkers())
                .inCentre(report.inCentre())
                .agreementsSigned(report.agreementsSigned())
                .reemployed(report.reemployed())
                .leftCentre(report.leftCentre())
                .incidents(report.incidents())
                .allowance(report.allowance().due(), report.allowance().paid())
                .contributions(report.contributions().due(), report.contributions().paid())
                .funds(report.funds().plan(), report.funds().received())
                .build();
    }

    /**
     * Returns a builder, every figure zero.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the sum of this summary and another, component by component.
     *
     * @param other  the other summary, not null
     * @return the sum, not null
     * @throws ArithmeticException if a component would exceed {@code Long.MAX_VALUE}
     */
    public ReportSummary merge(ReportSummary other) {
        Objects.requireNonNull(other, "other");
        if (other == IDENTITY) {
            return this;
        }
        if (this == IDENTITY) {
            return other;
        }
        return new Builder()
                .monitored(Math.addExact(monitored, other.monitored))
                .reported(Math.addExact(reported, other.reported))
                .onTime(Math.addExact(onTime, other.onTime))
                .laidOffWorkers(Math.addExact(laidOffWorkers, other.laidOffWorkers))
                .inCentre(Math.addExact(inCentre, other.inCentre))
                .agreementsSigned(Math.addExact(agreementsSigned, other.agreementsSigned))
                .reemployed(Math.addExact(reemployed, other.reemployed))
                .leftCentre(Math.addExact(leftCentre, other.leftCentre))
                .incidents(Math.addExact(incidents, other.incidents))
                .allowance(allowanceDue.plus(other.allowanceDue), allowancePaid.plus(other.allowancePaid))
                .contributions(contributionsDue.plus(other.contributionsDue),
                        contributionsPaid.plus(other.contributionsPaid))
                .funds(add(fundsPlan, other.fundsPlan), add(fundsReceived, other.fundsReceived))
                .build();
    }

    private static SourceAmounts add(SourceAmounts a, SourceAmounts b) {
        return SourceAmounts.of(a.enterprise().plus(b.enterprise()), a.social().plus(b.social()),
                a.fiscal().plus(b.fiscal()));
    }

    /**
     * Returns the accepted registry enterprises monitored.
     *
     * @return the count, zero or more
     */
    public long monitored() {
        return monitored;
    }

    /**
     * Returns the monitored enterprises with a counting report; completeness is
     * reported / monitored.
     *
     * @return the count, zero or more
     */
    public long reported() {
        return reported;
    }

    /**
     * Returns the monitored enterprises that reported on time; timeliness is onTime / monitored.
     *
     * @return the count, zero or more
     */
    public long onTime() {
        return onTime;
    }

    /**
     * Returns the laid-off workers.
     *
     * @return the count, zero or more
     */
    public long laidOffWorkers() {
        return laidOffWorkers;
    }

    /**
     * Returns the laid-off workers in a re-employment service centre.
     *
     * @return the count, zero or more
     */
    public long inCentre() {
        return inCentre;
    }

    /**
     * Returns the workers in a centre who signed the agreement.
     *
     * @return the count, zero or more
     */
    public long agreementsSigned() {
        return agreementsSigned;
    }

    /**
     * Returns the workers re-employed in the period.
     *
     * @return the count, zero or more
     */
    public long reemployed() {
        return reemployed;
    }

    /**
     * Returns the workers who left a centre in the period.
     *
     * @return the count, zero or more
     */
    public long leftCentre() {
        return leftCentre;
    }

    /**
     * Returns the mass incidents the reports declare.
     *
     * @return the count, zero or more
     */
    public long incidents() {
        return incidents;
    }

    /**
     * Returns the basic living allowance due.
     *
     * @return the amount, zero or more, not null
     */
    public Money allowanceDue() {
        return allowanceDue;
    }

    /**
     * Returns the basic living allowance paid.
     *
     * @return the amount, zero or more, not null
     */
    public Money allowancePaid() {
        return allowancePaid;
    }

    /**
     * Returns the social-insurance contributions due.
     *
     * @return the amount, zero or more, not null
     */
    public Money contributionsDue() {
        return contributionsDue;
    }

    /**
     * Returns the social-insurance contributions paid.
     *
     * @return the amount, zero or more, not null
     */
    public Money contributionsPaid() {
        return contributionsPaid;
    }

    /**
     * Returns the funds planned, by source.
     *
     * @return the amounts, not null
     */
    public SourceAmounts fundsPlan() {
        return fundsPlan;
    }

    /**
     * Returns the funds received, by source.
     *
     * @return the amounts, not null
     */
    public SourceAmounts fundsReceived() {
        return fundsReceived;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ReportSummary)) {
            return false;
        }
        ReportSummary o = (ReportSummary) obj;
        return monitored == o.monitored && reported == o.reported && onTime == o.onTime
                && laidOffWorkers == o.laidOffWorkers && inCentre == o.inCentre
                && agreementsSigned == o.agreementsSigned && reemployed == o.reemployed
                && leftCentre == o.leftCentre && incidents == o.incidents
                && allowanceDue.equals(o.allowanceDue) && allowancePaid.equals(o.allowancePaid)
                && contributionsDue.equals(o.contributionsDue) && contributionsPaid.equals(o.contributionsPaid)
                && fundsPlan.equals(o.fundsPlan) && fundsReceived.equals(o.fundsReceived);
    }

    @Override
    public int hashCode() {
        return Objects.hash(monitored, reported, onTime, laidOffWorkers, inCentre, agreementsSigned, reemployed,
                leftCentre, incidents, allowanceDue, allowancePaid, contributionsDue, contributionsPaid, fundsPlan,
                fundsReceived);
    }

    @Override
    public String toString() {
        return "{enterprises={monitored=" + monitored + ", reported=" + reported + ", onTime=" + onTime
                + "}, laidOffWorkers=" + laidOffWorkers + ", inCentre=" + inCentre + ", agreementsSigned="
                + agreementsSigned + ", reemployed=" + reemployed + ", leftCentre=" + leftCentre + ", incidents="
                + incidents + ", allowance={due=" + allowanceDue + ", paid=" + allowancePaid
                + "}, contributions={due=" + contributionsDue + ", paid=" + contributionsPaid + "}, funds={plan="
                + fundsPlan + ", received=" + fundsReceived + "}}";
    }

    /**
     * Builds a {@link ReportSummary}; every figure starts at zero. Not thread-safe.
     */
    public static final class Builder {

        private long monitored;
        private long reported;
        private long onTime;
        private long laidOffWorkers;
        private long inCentre;
        private long agreementsSigned;
        private long reemployed;
        private long leftCentre;
        private long incidents;
        private Money allowanceDue = Money.zero();
        private Money allowancePaid = Money.zero();
        private Money contributionsDue = Money.zero();
        private Money contributionsPaid = Money.zero();
        private SourceAmounts fundsPlan = SourceAmounts.zero();
        private SourceAmounts fundsReceived = SourceAmounts.zero();

        Builder() {
        }

        /**
         * Sets the enterprises monitored.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder monitored(long value) {
            monitored = count(value);
            return this;
        }

        /**
         * Sets the enterprises reported.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder reported(long value) {
            reported = count(value);
            return this;
        }

        /**
         * Sets the enterprises reported on time.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder onTime(long value) {
            onTime = count(value);
            return this;
        }

        /**
         * Sets the laid-off workers.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder laidOffWorkers(long value) {
            laidOffWorkers = count(value);
            return this;
        }

        /**
         * Sets the workers in a centre.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder inCentre(long value) {
            inCentre = count(value);
            return this;
        }

        /**
         * Sets the agreements signed.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder agreementsSigned(long value) {
            agreementsSigned = count(value);
            return this;
        }

        /**
         * Sets the workers re-employed.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder reemployed(long value) {
            reemployed = count(value);
            return this;
        }

        /**
         * Sets the workers who left a centre.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder leftCentre(long value) {
            leftCentre = count(value);
            return this;
        }

        /**
         * Sets the incidents.
         *
         * @param value  the count, zero or more
         * @return this builder
         */
        public Builder incidents(long value) {
            incidents = count(value);
            return this;
        }

        /**
         * Sets the allowance due and paid.
         *
         * @param due  the amount due, zero or more, not null
         * @param paid  the amount paid, zero or more, not null
         * @return this builder
         */
        public Builder allowance(Money due, Money paid) {
            allowanceDue = amount(due, "allowanceDue");
            allowancePaid = amount(paid, "allowancePaid");
            return this;
        }

        /**
         * Sets the contributions due and paid.
         *
         * @param due  the amount due, zero or more, not null
         * @param paid  the amount paid, zero or more, not null
         * @return this builder
         */
        public Builder contributions(Money due, Money paid) {
            contributionsDue = amount(due, "contributionsDue");
            contributionsPaid = amount(paid, "contributionsPaid");
            return this;
        }

        /**
         * Sets the funds planned and received, by source.
         *
         * @param plan  the plan, each amount zero or more, not null
         * @param received  the receipts, each amount zero or more, not null
         * @return this builder
         */
        public Builder funds(SourceAmounts plan, SourceAmounts received) {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(received, "received");
            for (SourceAmounts s : new SourceAmounts[] {plan, received}) {
                amount(s.enterprise(), "funds");
                amount(s.social(), "funds");
                amount(s.fiscal(), "funds");
            }
            fundsPlan = plan;
            fundsReceived = received;
            return this;
        }

        /**
         * Returns the summary.
         *
         * @return the summary, not null
         */
        public ReportSummary build() {
            return new ReportSummary(this);
        }

        private static long count(long value) {
            if (value < 0) {
                Parsed.invalid(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(value)).orElseThrow();
            }
            return value;
        }

        private static Money amount(Money value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                Parsed.invalid(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(value.fen())).orElseThrow();
            }
            return value;
        }
    }
}
