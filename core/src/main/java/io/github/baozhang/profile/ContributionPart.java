package io.github.baozhang.profile;

/**
 * One part of the contributions paid on a worker's behalf: an insurance and whether it is the
 * employer's part or the worker's personal part. The centre pays both.
 */
public enum ContributionPart {
    /** The employer's part of pension insurance. */
    PENSION_EMPLOYER(Insurance.PENSION, false),
    /** The worker's personal part of pension insurance. */
    PENSION_PERSONAL(Insurance.PENSION, true),
    /** The employer's part of medical insurance. */
    MEDICAL_EMPLOYER(Insurance.MEDICAL, false),
    /** The worker's personal part of medical insurance. */
    MEDICAL_PERSONAL(Insurance.MEDICAL, true),
    /** The employer's part of unemployment insurance. */
    UNEMPLOYMENT_EMPLOYER(Insurance.UNEMPLOYMENT, false),
    /** The worker's personal part of unemployment insurance. */
    UNEMPLOYMENT_PERSONAL(Insurance.UNEMPLOYMENT, true);

    private final Insurance insurance;
    private final boolean personal;

    ContributionPart(Insurance insurance, boolean personal) {
        this.insurance = insurance;
        this.personal = personal;
    }

    /**
     * Returns the insurance this part belongs to.
     *
     * @return the insurance, not null
     */
    public Insurance insurance() {
        return insurance;
    }

    /**
     * Returns whether this is the worker's personal part (which the centre pays too).
     *
     * @return true for a personal part, false for an employer's part
     */
    public boolean isPersonal() {
        return personal;
    }
}
