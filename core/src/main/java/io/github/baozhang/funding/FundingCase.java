package io.github.baozhang.funding;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One funding case of the interchange kind {@code funding-cases@1}: an enterprise's need for one
 * period, the enterprise ratio set by the assessment of its capacity, what each source has
 * paid in, and its unemployment-insurance premium arrears.
 *
 * <p>The requirement comes in one of two forms, or both (they must then agree): the amount
 * ({@link #requirement()}), or workers × months × (allowance + contributions)
 * ({@link #perWorker()}).
 *
 * <p>A case holds what its sender said, valid or not; {@link ThreeThirds#evaluate} reports every
 * violation or computes the result. This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class FundingCase {

    FundingCase() {
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the case id: any string the sender chose, echoed back in the result.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Returns whether the enterprise is central or local.
     *
     * @return the affiliation, not null
     */
    public abstract Affiliation affiliation();

    /**
     * Returns whether the enterprise is a Shougang external enterprise; default false.
     *
     * @return true for a Shougang external enterprise
     */
    @Value.Default
    public boolean shougangExternal() {
        return false;
    }

    /**
     * Returns the period the case funds.
     *
     * @return the period, not null
     */
    public abstract YearMonth period();

    /**
     * Returns the requirement R as an amount, when given in that form.
     *
     * @return the requirement, or empty
     */
    public abstract Optional<Money> requirement();

    /**
     * Returns the requirement as workers × months × (allowance + contributions), when given in
     * that form.
     *
     * @return the cost, or empty
     */
    public abstract Optional<PerWorkerCost> perWorker();

    /**
     * Returns the enterprise's share of the requirement; default one third. Valid from 0 to 2/3.
     *
     * @return the ratio, not null
     */
    @Value.Default
    public Ratio enterpriseRatio() {
        return Ratio.ONE_THIRD;
    }

    /**
     * Returns what each source has paid in; default zero each.
     *
     * @return the receipts, not null
     */
    @Value.Default
    public SourceAmounts received() {
        return SourceAmounts.zero();
    }

    /**
     * Returns the enterprise's unemployment-insurance premium arrears; default zero. They never
     * reduce the social share (边拨付边清缴).
     *
     * @return the arrears, not null
     */
    @Value.Default
    public Money uiArrears() {
        return Money.zero();
    }

    /**
     * Returns a copy with another enterprise ratio.
     *
     * @param ratio  the ratio, not null
     * @return the case, not null
     */
    public abstract FundingCase withEnterpriseRatio(Ratio ratio);

    /**
     * Returns a copy with other receipts.
     *
     * @param received  the receipts, not null
     * @return the case, not null
     */
    public abstract FundingCase withReceived(SourceAmounts received);

    /**
     * Returns a copy with other arrears.
     *
     * @param uiArrears  the arrears, not null
     * @return the case, not null
     */
    public abstract FundingCase withUiArrears(Money uiArrears);

    /** Builds a {@link FundingCase}. */
    public static final class Builder extends ImmutableFundingCase.Builder {
        Builder() {
        }
    }
}
