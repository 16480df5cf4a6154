package io.github.baozhang.disbursement;

/**
 * Why a worker left the re-employment centre (出中心). A reason a province lists that is not
 * here is {@link #OTHER} with the province's own code ({@link CentreExit#otherCode()}).
 */
public enum ExitReason {
    /** Found a new job (再就业). */
    RE_EMPLOYED,
    /**
     * The agreement expired: the labour contract ends and the worker goes to unemployment
     * insurance ({@link UnemploymentInsurance#benefitMonths}), then to the minimum living
     * standard (低保).
     */
    AGREEMENT_EXPIRED,
    /** Refused the jobs the centre referred (a local rule). */
    REFUSED_REFERRALS,
    /** Worked elsewhere for six months or more (a local rule). */
    EMPLOYED_ELSEWHERE,
    /** Reached retirement. */
    RETIRED,
    /** Another reason a province lists, named by its code. */
    OTHER
}
