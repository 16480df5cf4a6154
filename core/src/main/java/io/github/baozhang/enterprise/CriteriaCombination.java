package io.github.baozhang.enterprise;

/**
 * How many of the four {@link SelectionCriterion selection criteria} an enterprise must meet to
 * be selected. The notice does not say; Baozhang's default is {@link #ANY}.
 */
public enum CriteriaCombination {
    /** At least one criterion. */
    ANY(1),
    /** At least two criteria. */
    AT_LEAST_TWO(2),
    /** At least three criteria. */
    AT_LEAST_THREE(3),
    /** All four criteria. */
    ALL(4);

    private final int minimumMatches;

    CriteriaCombination(int minimumMatches) {
        this.minimumMatches = minimumMatches;
    }

    /**
     * Returns the least number of criteria that must be met.
     *
     * @return 1 to 4
     */
    public int minimumMatches() {
        return minimumMatches;
    }

    /**
     * Returns whether a number of met criteria satisfies this combination.
     *
     * @param matched  how many criteria are met
     * @return true if {@code matched} is at least {@link #minimumMatches()}
     */
    public boolean isSatisfiedBy(int matched) {
        return matched >= minimumMatches;
    }
}
