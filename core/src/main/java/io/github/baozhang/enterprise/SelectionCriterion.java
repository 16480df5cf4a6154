package io.github.baozhang.enterprise;

/**
 * The four conditions under which the notice (劳社厅发〔1999〕33号, part 二) lets a province or an
 * industry authority select an enterprise for monitoring. Whether one suffices or all must hold
 * is a {@link SelectionPolicy}; the thresholds of (2) are in it too.
 */
public enum SelectionCriterion {
    /** (一) 亏损严重，已停产或半停产: severe losses, and production stopped or half stopped. */
    SEVERE_LOSS_AND_STOPPED(1),
    /** (二) 企业规模较大，下岗职工数量较多: a large enterprise with many laid-off workers. */
    LARGE_WITH_MANY_LAID_OFF(2),
    /** (三) 资金筹集不到位，下岗职工基本生活保障有"死角": funds not in place, a blind spot. */
    FUNDING_BLIND_SPOT(3),
    /** (四) 曾发生过群体性突发事件或存在隐患: a past mass incident, or a latent risk. */
    INCIDENT_OR_RISK(4);

    private final int number;

    SelectionCriterion(int number) {
        this.number = number;
    }

    /**
     * Returns the number the notice gives this criterion.
     *
     * @return 1 to 4
     */
    public int number() {
        return number;
    }
}
