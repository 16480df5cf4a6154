package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCategory;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.RiskAssessment;
import io.github.baozhang.incident.RiskFactors;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.incident.RiskReason;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.MonthlyReport;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The alerts of the bulletin beyond missing and late reports, each a pure function of one
 * enterprise's counting report, its incidents and its province's settings.
 *
 * <table>
 *   <caption>Alerts</caption>
 *   <tr><th>code</th><th>fires when</th></tr>
 *   <tr><td>{@link ProblemCode#ARREARS A9604}</td><td>the report's allowance or contributions
 *       paid is below the amount due</td></tr>
 *   <tr><td>{@link ProblemCode#ARRIVAL_RATE_LOW A9605}</td><td>the overall arrival rate (rule 7)
 *       is strictly below the threshold: the province's
 *       {@link RiskThresholds#arrivalRateYellowBelow()} (default 9000 bp,
 *       {@link #DEFAULT_ARRIVAL_THRESHOLD})</td></tr>
 *   <tr><td>{@link ProblemCode#INCIDENT_REPORTED_LATE A9606}</td><td>an incident's delay from
 *       {@code occurredAt} to {@code reportedAt} exceeds the province's
 *       {@link UrgentReportClocks} limit for its severity</td></tr>
 *   <tr><td>{@link ProblemCode#SHOUGANG_SHORTFALL A9607}</td><td>a Shougang external enterprise
 *       received less than its planned enterprise share</td></tr>
 *   <tr><td>{@link ProblemCode#ENTERPRISE_AT_RISK A9608}</td><td>the enterprise's risk level is
 *       {@link RiskLevel#ORANGE} or {@link RiskLevel#RED}</td></tr>
 * </table>
 *
 * <p>{@link #assess} derives the risk factors of a month from what the roll-up knows: the
 * registry's production status and flags; arrears months 1 when the report shows arrears, else
 * 0 (one month is all a bulletin sees); the report's overall arrival rate; the incidents of the
 * month by severity (when the incidents file has none for the enterprise, the report's
 * {@code incidents} count as general ones); posting late when the report was not posted
 * publicly. Without a report the arrival rate and arrears are taken as harmless (the missing
 * report is its own alert).
 *
 * <p>Order ({@link #ORDER}): by code, then subject, then the arguments in the code's argument
 * order, compared as text.
 *
 * <p>Pure functions. This class is a stateless utility.
 */
public final class Alerts {

    /** The arrival threshold when a province sets none: 9000 bp, the default YELLOW threshold. */
    public static final BasisPoints DEFAULT_ARRIVAL_THRESHOLD = RiskThresholds.defaults().arrivalRateYellowBelow();

    /** The deterministic order of alerts in a bulletin: code, subject, then arguments as text. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.code().code())
            .thenComparing(Finding::subject)
            .thenComparing(f -> String.join("\u0000", f.arguments().values()));

    private Alerts() {
    }

    /**
     * Returns the arrears alert of a report, if the allowance or contributions paid fall short.
     *
     * @param enterprise  the enterprise, not null
     * @param report  its counting report, not null
     * @return the alert, or empty, not null
     */
    public static Optional<Finding> arrears(Enterprise enterprise, MonthlyReport report) {
        Money allowance = report.allowance().shortfall();
        Money contributions = report.contributions().shortfall();
        if (allowance.isZero() && contributions.isZero()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(ProblemCode.ARREARS, enterprise.id().toString(), SubmissionLedger.args(
                "enterpriseId", enterprise.id().toString(), "province", enterprise.province().toString(),
                "period", report.period().toString(), "allowanceArrearsFen", Long.toString(allowance.fen()),
                "contributionsArrearsFen", Long.toString(contributions.fen()))));
    }

    /**
     * Returns the low-arrival alert of a report, if its overall arrival rate is below a threshold.
     *
     * @param enterprise  the enterprise, not null
     * @param report  its counting report, not null
     * @param threshold  the rate below which the alert fires, not null
     * @return the alert, or empty, not null
     */
    public static Optional<Finding> lowArrival(Enterprise enterprise, MonthlyReport report, BasisPoints threshold) {
        Objects.requireNonNull(threshold, "threshold");
        Indicator rate = overallArrival(report);
        BasisPoints bp = rate.basisPoints().orElseThrow();
        if (bp.compareTo(threshold) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(ProblemCode.ARRIVAL_RATE_LOW, enterprise.id().toString(), SubmissionLedger.args(
                "enterpriseId", enterprise.id().toString(), "province", enterprise.province().toString(),
                "period", report.period().toString(), "receivedFen", rate.numerator().toString(),
                "planFen", rate.denominator().toString(), "arrivalBp", Long.toString(bp.value()),
                "thresholdBp", Long.toString(threshold.value()))));
    }

    private static Indicator overallArrival(MonthlyReport report) {
        return Indicator.arrival(report.funds().received().exactTotalFen(), report.funds().plan().exactTotalFen());
    }

    /**
     * Returns the Shougang shortfall alert: a Shougang external enterprise whose enterprise share
     * received is below its plan (the gap Shougang headquarters backs, rule 5).
     *
     * @param enterprise  the enterprise, not null
     * @param report  its counting report, not null
     * @return the alert, or empty (also for any other enterprise), not null
     */
    public static Optional<Finding> shougangShortfall(Enterprise enterprise, MonthlyReport report) {
        if (FundingCategory.of(enterprise.affiliation(), enterprise.shougangExternal())
                != FundingCategory.SHOUGANG_EXTERNAL) {
            return Optional.empty();
        }
        Money plan = report.funds().plan().enterprise();
        Money received = report.funds().received().enterprise();
        if (received.compareTo(plan) >= 0) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(ProblemCode.SHOUGANG_SHORTFALL, enterprise.id().toString(), SubmissionLedger.args(
                "enterpriseId", enterprise.id().toString(), "province", enterprise.province().toString(),
                "period", report.period().toString(), "planFen", Long.toString(plan.fen()),
                "receivedFen", Long.toString(received.fen()), "gapFen", Long.toString(plan.minus(received).fen()))));
    }

    /**
     * Returns the late-report alert of an incident, if its report came later than the clock allows.
     *
     * @param enterprise  the incident's enterprise, not null
     * @param incident  the incident, not null
     * @param clocks  the province's urgent-report clocks, not null
     * @return the alert, or empty, not null
     */
    public static Optional<Finding> incidentLate(Enterprise enterprise, Incident incident, UrgentReportClocks clocks) {
        Objects.requireNonNull(incident, "incident");
        if (!clocks.isLate(incident)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(ProblemCode.INCIDENT_REPORTED_LATE, enterprise.id().toString(),
                SubmissionLedger.args("enterpriseId", enterprise.id().toString(),
                        "province", enterprise.province().toString(), "incidentId", incident.id(),
                        "severity", incident.severity().name(), "occurredAt", incident.occurredAt().toString(),
                        "reportedAt", incident.reportedAt().toString(),
                        "delay", incident.reportingDelay().toString(),
                        "limit", clocks.limitFor(incident.severity()).toString())));
    }

    /**
     * Assesses an enterprise's risk for a month from its counting report and incidents.
     *
     * @param period  the month, not null
     * @param enterprise  the enterprise, not null
     * @param report  its counting report, or empty, not null
     * @param incidents  its incidents of the month, not null
     * @param thresholds  the province's thresholds, not null
     * @return the assessment, not null
     */
    public static RiskAssessment assess(YearMonth period, Enterprise enterprise, Optional<MonthlyReport> report,
            Collection<Incident> incidents, RiskThresholds thresholds) {
        Objects.requireNonNull(report, "report");
        RiskFactors.Builder factors = RiskFactors.builderFor(enterprise);
        int major = (int) incidents.stream().filter(i -> i.severity() == IncidentSeverity.MAJOR).count();
        int general = incidents.size() - major;
        if (report.isPresent()) {
            MonthlyReport r = report.get();
            boolean arrears = !r.allowance().isInFull() || !r.contributions().isInFull();
            factors.arrearsMonths(arrears ? 1 : 0)
                    .arrivalRate(overallArrival(r).basisPoints().orElseThrow())
                    .postingLate(!r.postedPublicly());
            if (incidents.isEmpty()) {
                general = (int) Math.min(Integer.MAX_VALUE, r.incidents());
            }
        }
        factors.generalIncidents(general).majorIncidents(major);
        return RiskAssessment.assess(enterprise.id(), period, factors.build(), thresholds);
    }

    /**
     * Returns the at-risk alert of an assessment at ORANGE or RED.
     *
     * @param enterprise  the enterprise, not null
     * @param assessment  its assessment, not null
     * @return the alert, or empty, not null
     */
    public static Optional<Finding> atRisk(Enterprise enterprise, RiskAssessment assessment) {
        RiskLevel level = assessment.level();
        if (!level.isAtLeast(RiskLevel.ORANGE)) {
            return Optional.empty();
        }
        String factors = assessment.reasons().stream().filter(r -> r.level() == level)
                .map(RiskReason::factor).map(Enum::name).distinct().collect(Collectors.joining(","));
        return Optional.of(Finding.of(ProblemCode.ENTERPRISE_AT_RISK, enterprise.id().toString(), SubmissionLedger.args(
                "enterpriseId", enterprise.id().toString(), "province", enterprise.province().toString(),
                "period", assessment.period().toString(), "level", level.name(), "factors", factors)));
    }

    /**
     * Returns alerts in {@link #ORDER}.
     *
     * @param alerts  the alerts, not null
     * @return a sorted copy, unmodifiable, not null
     */
    public static List<Finding> sorted(Collection<Finding> alerts) {
        List<Finding> out = new ArrayList<>(alerts);
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
