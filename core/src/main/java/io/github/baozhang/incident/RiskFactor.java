package io.github.baozhang.incident;

/**
 * A factor that can raise an enterprise's {@link RiskLevel}, one for each attribute of
 * {@link RiskFactors}; named in the argument {@code factor} of
 * {@link io.github.baozhang.problem.ProblemCode#RISK_RAISED}.
 */
public enum RiskFactor {
    /** Months of allowance arrears: the level of the highest threshold reached. */
    ARREARS_MONTHS,
    /** The overall arrival rate of funds (到位率): the level of the lowest threshold it is below. */
    ARRIVAL_RATE,
    /** Production half stopped or stopped. */
    PRODUCTION,
    /** A general incident this month. */
    GENERAL_INCIDENT,
    /** A major incident this month. */
    MAJOR_INCIDENT,
    /** A mass incident in the enterprise's past. */
    INCIDENT_HISTORY,
    /** A latent risk of an incident (隐患). */
    HIDDEN_RISK,
    /** No current emergency plan (预案). */
    EMERGENCY_PLAN_MISSING,
    /** A funding blind spot (死角). */
    FUNDING_BLIND_SPOT,
    /** The standard and the list were not posted in time (张榜公布). */
    POSTING_LATE
}
