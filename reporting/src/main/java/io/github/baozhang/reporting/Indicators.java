package io.github.baozhang.reporting;

import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.incident.RiskAssessment;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.money.Money;
import io.github.baozhang.report.ReportSummary;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The indicators of one summary of a bulletin (the nation, a province or an industry), each an
 * {@link Indicator} with its numerator and denominator:
 *
 * <table>
 *   <caption>Indicators</caption>
 *   <tr><th>indicator</th><th>numerator</th><th>denominator</th></tr>
 *   <tr><td>{@link #completeness()}</td><td>reported</td><td>monitored</td></tr>
 *   <tr><td>{@link #timeliness()}</td><td>on time</td><td>monitored</td></tr>
 *   <tr><td>{@link #inCentreShare()} 进中心率</td><td>inCentre</td><td>laidOffWorkers</td></tr>
 *   <tr><td>{@link #agreementShare()} 签协议率</td><td>agreementsSigned</td><td>inCentre</td></tr>
 *   <tr><td>{@link #allowancePaidShare()}</td><td>allowance paid (fen)</td><td>allowance due (fen)</td></tr>
 *   <tr><td>{@link #contributionsPaidShare()}</td><td>contributions paid (fen)</td><td>contributions due (fen)</td></tr>
 *   <tr><td>{@link #arrival(FundingSource)} 到位率</td><td>received (fen)</td><td>plan (fen), rule 7</td></tr>
 *   <tr><td>{@link #arrivalOverall()}</td><td>Σ received</td><td>Σ plan, rule 7</td></tr>
 *   <tr><td>{@link #reemploymentRate()} 再就业率</td><td>reemployed</td><td>laidOffWorkers + reemployed</td></tr>
 * </table>
 *
 * <p>The re-employment rate is the workers re-employed in the month over the laid-off workers
 * the month had to place: those still laid off at its end plus those re-employed in it.
 * Arrears are what was due but not paid, per stream ({@code max(0, due − paid)}). New and
 * reduced laid-off workers compare with the previous month's summary of the same level, when
 * given: {@code Δ = laidOffWorkers − previous.laidOffWorkers}; new = max(0, Δ), reduced =
 * max(0, −Δ) — net figures of the level.
 *
 * <p>The share paid on time and in full needs worker rows: {@link #paidOnTime} and
 * {@link #paidInFull} take a {@link DisbursementSummary}. The count of enterprises at each risk
 * level takes the assessments: {@link #riskLevels}.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Indicators {

    private final ReportSummary summary;
    private final Optional<ReportSummary> previous;

    private Indicators(ReportSummary summary, Optional<ReportSummary> previous) {
        this.summary = summary;
        this.previous = previous;
    }

    /**
     * Returns the indicators of a summary, without a previous month.
     *
     * @param summary  the summary, not null
     * @return the indicators, not null
     */
    public static Indicators of(ReportSummary summary) {
        return new Indicators(Objects.requireNonNull(summary, "summary"), Optional.empty());
    }

    /**
     * Returns the indicators of a summary and the previous month's summary of the same level.
     *
     * @param summary  the summary, not null
     * @param previous  the previous month's summary, or empty, not null
     * @return the indicators, not null
     */
    public static Indicators of(ReportSummary summary, Optional<ReportSummary> previous) {
        return new Indicators(Objects.requireNonNull(summary, "summary"), Objects.requireNonNull(previous, "previous"));
    }

    /**
     * Returns the summary the indicators derive from.
     *
     * @return the summary, not null
     */
    public ReportSummary summary() {
        return summary;
    }

    /**
     * Returns completeness: reported / monitored.
     *
     * @return the indicator, not null
     */
    public Indicator completeness() {
        return Indicator.share(summary.reported(), summary.monitored());
    }

    /**
     * Returns timeliness: on time / monitored.
     *
     * @return the indicator, not null
     */
    public Indicator timeliness() {
        return Indicator.share(summary.onTime(), summary.monitored());
    }

    /**
     * Returns the share in centres: inCentre / laidOffWorkers.
     *
     * @return the indicator, not null
     */
    public Indicator inCentreShare() {
        return Indicator.share(summary.inCentre(), summary.laidOffWorkers());
    }

    /**
     * Returns the share with agreements: agreementsSigned / inCentre.
     *
     * @return the indicator, not null
     */
    public Indicator agreementShare() {
        return Indicator.share(summary.agreementsSigned(), summary.inCentre());
    }

    /**
     * Returns the allowance paid over the allowance due, in fen.
     *
     * @return the indicator, not null
     */
    public Indicator allowancePaidShare() {
        return Indicator.share(summary.allowancePaid().fen(), summary.allowanceDue().fen());
    }

    /**
     * Returns the contributions paid over the contributions due, in fen.
     *
     * @return the indicator, not null
     */
    public Indicator contributionsPaidShare() {
        return Indicator.share(summary.contributionsPaid().fen(), summary.contributionsDue().fen());
    }

    /**
     * Returns the arrival rate of a source: received / plan, by rule 7.
     *
     * @param source  the source, not null
     * @return the indicator, not null
     */
    public Indicator arrival(FundingSource source) {
        Objects.requireNonNull(source, "source");
        return Indicator.arrival(summary.fundsReceived().get(source).fen(), summary.fundsPlan().get(source).fen());
    }

    /**
     * Returns the overall arrival rate: all receipts over the whole plan, by rule 7.
     *
     * @return the indicator, exact even beyond the {@code long} range of fen, not null
     */
    public Indicator arrivalOverall() {
        return Indicator.arrival(summary.fundsReceived().exactTotalFen(), summary.fundsPlan().exactTotalFen());
    }

    /**
     * Returns the re-employed workers of the month.
     *
     * @return the count, zero or more
     */
    public long reemployed() {
        return summary.reemployed();
    }

    /**
     * Returns the re-employment rate: reemployed / (laidOffWorkers + reemployed).
     *
     * @return the indicator, not null
     */
    public Indicator reemploymentRate() {
        return Indicator.share(BigInteger.valueOf(summary.reemployed()),
                BigInteger.valueOf(summary.laidOffWorkers()).add(BigInteger.valueOf(summary.reemployed())));
    }

    /**
     * Returns the net new laid-off workers since the previous month: max(0, Δ).
     *
     * @return the count, or empty without a previous month, not null
     */
    public Optional<Long> newLaidOff() {
        return previous.map(p -> Math.max(0, Math.subtractExact(summary.laidOffWorkers(), p.laidOffWorkers())));
    }

    /**
     * Returns the net reduction of laid-off workers since the previous month: max(0, −Δ).
     *
     * @return the count, or empty without a previous month, not null
     */
    public Optional<Long> reducedLaidOff() {
        return previous.map(p -> Math.max(0, Math.subtractExact(p.laidOffWorkers(), summary.laidOffWorkers())));
    }

    /**
     * Returns the allowance arrears: max(0, due − paid).
     *
     * @return the amount, zero or more, not null
     */
    public Money allowanceArrears() {
        return summary.allowanceDue().minus(summary.allowancePaid()).max(Money.zero());
    }

    /**
     * Returns the contributions arrears: max(0, due − paid).
     *
     * @return the amount, zero or more, not null
     */
    public Money contributionsArrears() {
        return summary.contributionsDue().minus(summary.contributionsPaid()).max(Money.zero());
    }

    /**
     * Returns the incidents the reports declare.
     *
     * @return the count, zero or more
     */
    public long incidents() {
        return summary.incidents();
    }

    /**
     * Returns the share of worker rows paid on time: onTime / rows.
     *
     * @param rows  the summary of the worker rows, not null
     * @return the indicator, not null
     */
    public static Indicator paidOnTime(DisbursementSummary rows) {
        return Indicator.share(rows.onTime(), rows.rows());
    }

    /**
     * Returns the share of worker rows paid in full (allowance and contributions): paidInFull / rows.
     *
     * @param rows  the summary of the worker rows, not null
     * @return the indicator, not null
     */
    public static Indicator paidInFull(DisbursementSummary rows) {
        return Indicator.share(rows.paidInFull(), rows.rows());
    }

    /**
     * Returns how many enterprises stand at each risk level, every level present (zero or more).
     *
     * @param assessments  the assessments, one per enterprise, not null
     * @return the counts, unmodifiable, iterated GREEN to RED, not null
     */
    public static Map<RiskLevel, Long> riskLevels(Collection<RiskAssessment> assessments) {
        Map<RiskLevel, Long> out = new EnumMap<>(RiskLevel.class);
        for (RiskLevel level : RiskLevel.values()) {
            out.put(level, 0L);
        }
        for (RiskAssessment a : Objects.requireNonNull(assessments, "assessments")) {
            out.merge(a.level(), 1L, Long::sum);
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Indicators)) {
            return false;
        }
        Indicators o = (Indicators) obj;
        return summary.equals(o.summary) && previous.equals(o.previous);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, previous);
    }

    @Override
    public String toString() {
        return "Indicators{completeness=" + completeness() + ", inCentre=" + inCentreShare() + ", agreements="
                + agreementShare() + ", reemployment=" + reemploymentRate() + "}";
    }
}
