package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The explainable risk level of an enterprise in a month: the level and every reason that
 * raised it.
 *
 * <p>The level is the worst level among the reasons, and {@link RiskLevel#GREEN} exactly when
 * there is no reason. Each reason is the code
 * {@link io.github.baozhang.problem.ProblemCode#RISK_RAISED} with its arguments, so
 * {@link #findings()} hands them on as findings about the enterprise.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class RiskAssessment {

    private final OrganizationCode enterpriseId;
    private final YearMonth period;
    private final RiskLevel level;
    private final List<RiskReason> reasons;

    private RiskAssessment(OrganizationCode enterpriseId, YearMonth period, List<RiskReason> reasons) {
        this.enterpriseId = enterpriseId;
        this.period = period;
        this.reasons = reasons;
        RiskLevel worst = RiskLevel.GREEN;
        for (RiskReason reason : reasons) {
            worst = worst.max(reason.level());
        }
        this.level = worst;
    }

    /**
     * Assesses an enterprise in a month: the reasons of {@link RiskThresholds#reasons} and the
     * worst of their levels.
     *
     * @param enterpriseId  the enterprise, not null
     * @param period  the month, not null
     * @param factors  what is known of the enterprise that month, not null
     * @param thresholds  the province's thresholds, not null
     * @return the assessment, not null
     */
    public static RiskAssessment assess(OrganizationCode enterpriseId, YearMonth period, RiskFactors factors,
            RiskThresholds thresholds) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(thresholds, "thresholds");
        return new RiskAssessment(enterpriseId, period, thresholds.reasons(factors));
    }

    /**
     * Returns the enterprise assessed.
     *
     * @return the enterprise id, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the month assessed.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the level: the worst among the reasons, GREEN if there is none.
     *
     * @return the level, not null
     */
    public RiskLevel level() {
        return level;
    }

    /**
     * Returns every reason that raised the level, one per factor, in the order of
     * {@link RiskFactor}.
     *
     * @return the reasons, unmodifiable, empty when GREEN, not null
     */
    public List<RiskReason> reasons() {
        return reasons;
    }

    /**
     * Returns the reasons as findings with the enterprise id as subject.
     *
     * @return the findings, unmodifiable, not null
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>(reasons.size());
        for (RiskReason reason : reasons) {
            findings.add(reason.toFinding(enterpriseId.toString()));
        }
        return List.copyOf(findings);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RiskAssessment)) {
            return false;
        }
        RiskAssessment other = (RiskAssessment) obj;
        return enterpriseId.equals(other.enterpriseId) && period.equals(other.period) && reasons.equals(other.reasons);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, period, reasons);
    }

    /**
     * Returns the assessment such as {@code RiskAssessment{D2143569X 1999-12 RED [...]}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "RiskAssessment{" + enterpriseId + " " + period + " " + level + " " + reasons + "}";
    }
}
