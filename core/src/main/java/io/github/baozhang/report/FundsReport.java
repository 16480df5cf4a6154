package io.github.baozhang.report;

import io.github.baozhang.funding.SourceAmounts;
import java.util.Objects;

/**
 * The funds a monthly report declares: the plan and the receipts of each source (enterprise,
 * social, fiscal) — the {@code funds} object of {@code monthly-reports@1}.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class FundsReport {

    private static final FundsReport NONE = new FundsReport(SourceAmounts.zero(), SourceAmounts.zero());

    private final SourceAmounts plan;
    private final SourceAmounts received;

    private FundsReport(SourceAmounts plan, SourceAmounts received) {
        this.plan = plan;
        this.received = received;
    }

    /**
     * Returns the funds.
     *
     * @param plan  the plan of each source, not null
     * @param received  the receipts of each source, not null
     * @return the funds, not null
     */
    public static FundsReport of(SourceAmounts plan, SourceAmounts received) {
        return new FundsReport(Objects.requireNonNull(plan, "plan"), Objects.requireNonNull(received, "received"));
    }

    /**
     * Returns no funds planned and none received.
     *
     * @return the funds, not null
     */
    public static FundsReport none() {
        return NONE;
    }

    /**
     * Returns the plan of each source.
     *
     * @return the plan, not null
     */
    public SourceAmounts plan() {
        return plan;
    }

    /**
     * Returns the receipts of each source.
     *
     * @return the receipts, not null
     */
    public SourceAmounts received() {
        return received;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FundsReport)) {
            return false;
        }
        FundsReport other = (FundsReport) obj;
        return plan.equals(other.plan) && received.equals(other.received);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, received);
    }

    @Override
    public String toString() {
        return "{plan=" + plan + ", received=" + received + "}";
    }
}
