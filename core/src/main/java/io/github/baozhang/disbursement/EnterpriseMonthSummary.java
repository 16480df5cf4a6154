package io.github.baozhang.disbursement;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The summary of one enterprise's worker rows for one month — an entry of
 * {@code disbursement-summary@1}'s {@code enterprises[]}: the enterprise, its province when known,
 * the period, and the {@link DisbursementSummary}.
 *
 * <p>Two summaries of the same enterprise, province and period {@link #merge} into one — the
 * rows of one enterprise read by two threads, say. {@link #findings()} reports a month that was
 * not on time or not in full for every row.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class EnterpriseMonthSummary {

    private final OrganizationCode enterpriseId;
    private final DivisionCode province;
    private final YearMonth period;
    private final DisbursementSummary summary;

    private EnterpriseMonthSummary(OrganizationCode enterpriseId, DivisionCode province, YearMonth period,
            DisbursementSummary summary) {
        this.enterpriseId = enterpriseId;
        this.province = province;
        this.period = period;
        this.summary = summary;
    }

    /**
     * Returns the summary of an enterprise month whose province is not given.
     *
     * @param enterpriseId  the enterprise, not null
     * @param period  the month, not null
     * @param summary  the summary of its rows, not null
     * @return the enterprise month, not null
     */
    public static EnterpriseMonthSummary of(OrganizationCode enterpriseId, YearMonth period, DisbursementSummary summary) {
        return new EnterpriseMonthSummary(Objects.requireNonNull(enterpriseId, "enterpriseId"), null,
                Objects.requireNonNull(period, "period"), Objects.requireNonNull(summary, "summary"));
    }

    /**
     * Returns the summary of an enterprise month in a province.
     *
     * @param enterpriseId  the enterprise, not null
     * @param province  the province, not null
     * @param period  the month, not null
     * @param summary  the summary of its rows, not null
     * @return the enterprise month, not null
     */
    public static EnterpriseMonthSummary of(OrganizationCode enterpriseId, DivisionCode province, YearMonth period,
            DisbursementSummary summary) {
        return new EnterpriseMonthSummary(Objects.requireNonNull(enterpriseId, "enterpriseId"),
                Objects.requireNonNull(province, "province"), Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(summary, "summary"));
    }

    /**
     * Returns the enterprise.
     *
     * @return the enterprise id, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the province.
     *
     * @return the province, or empty if not given
     */
    public Optional<DivisionCode> province() {
        return Optional.ofNullable(province);
    }

    /**
     * Returns the month.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the summary of the rows.
     *
     * @return the summary, not null
     */
    public DisbursementSummary summary() {
        return summary;
    }

    /**
     * Returns the summary of this enterprise month's rows and another's.
     *
     * @param other  a summary of the same enterprise, province and period, not null
     * @return the merged summary, not null
     * @throws IllegalArgumentException if the other is of another enterprise, province or period
     * @throws ArithmeticException if the row count would exceed {@code Long.MAX_VALUE}
     */
    public EnterpriseMonthSummary merge(EnterpriseMonthSummary other) {
        Objects.requireNonNull(other, "other");
        if (!enterpriseId.equals(other.enterpriseId) || !Objects.equals(province, other.province)
                || !period.equals(other.period)) {
            throw new IllegalArgumentException("only summaries of one enterprise, province and period merge");
        }
        return new EnterpriseMonthSummary(enterpriseId, province, period, summary.merge(other.summary));
    }

    /**
     * Returns what the month shows, the enterprise id as subject:
     * {@link ProblemCode#DISBURSEMENT_NOT_ON_TIME} (arguments {@code period}, {@code rows},
     * {@code onTime}) when some rows were late, then {@link ProblemCode#DISBURSEMENT_NOT_IN_FULL}
     * (arguments {@code period}, {@code rows}, {@code paidInFull}) when some were short.
     *
     * @return the findings, unmodifiable, empty if every row was on time and in full, not null
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(0);
        String subject = enterpriseId.toString();
        String rows = Long.toString(summary.rows());
        if (summary.onTime() < summary.rows()) {
            findings.add(Checks.finding(ProblemCode.DISBURSEMENT_NOT_ON_TIME, subject,
                    "period", period.toString(), "rows", rows, "onTime", Long.toString(summary.onTime())));
        }
        if (summary.paidInFull() < summary.rows()) {
            findings.add(Checks.finding(ProblemCode.DISBURSEMENT_NOT_IN_FULL, subject,
                    "period", period.toString(), "rows", rows, "paidInFull", Long.toString(summary.paidInFull())));
        }
        return List.copyOf(findings);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof EnterpriseMonthSummary)) {
            return false;
        }
        EnterpriseMonthSummary other = (EnterpriseMonthSummary) obj;
        return enterpriseId.equals(other.enterpriseId) && Objects.equals(province, other.province)
                && period.equals(other.period) && summary.equals(other.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, province, period, summary);
    }

    /**
     * Returns the enterprise, province, period and summary.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "EnterpriseMonthSummary{" + enterpriseId + (province == null ? "" : " in " + province) + " " + period
                + " " + summary + "}";
    }
}
