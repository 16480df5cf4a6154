package io.github.baozhang.funding;

import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The three-thirds funding of one valid case: the plan, the payers, receipts, gaps and
 * excesses, arrival rates, backstops and findings — the {@code funding-results@1} entry.
 *
 * <p>Invariants, checked on construction: the plan sums exactly to the requirement; no share,
 * receipt or arrears is negative; for every source {@code received + gap − excess = plan}, with
 * gap and excess never both above zero; the backstops cover exactly the gaps, in the order
 * ENTERPRISE, SOCIAL, FISCAL, each paid by the category's backstop payer. A builder that breaks
 * one throws {@link IllegalStateException}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class FundingResult {

    FundingResult() {
    }

    /**
     * Returns a builder; {@link ThreeThirds#evaluate} is the usual way to obtain a result.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id of the case, as given.
     *
     * @return the id, not null
     */
    public abstract String caseId();

    /**
     * Returns the period of the case.
     *
     * @return the period, not null
     */
    public abstract YearMonth period();

    /**
     * Returns the category that decided the payers.
     *
     * @return the category, not null
     */
    public abstract FundingCategory category();

    /**
     * Returns the requirement R.
     *
     * @return the requirement, not null
     */
    public abstract Money requirement();

    /**
     * Returns the enterprise ratio the plan used.
     *
     * @return the ratio, not null
     */
    public abstract Ratio enterpriseRatio();

    /**
     * Returns the unemployment-insurance premium arrears, echoed beside the social share which
     * they never reduce.
     *
     * @return the arrears, not null
     */
    public abstract Money uiArrears();

    /**
     * Returns the plan: the requirement split by the ratios (rule 2).
     *
     * @return the plan, not null
     */
    public abstract SourceAmounts plan();

    /**
     * Returns what each source paid in.
     *
     * @return the receipts, not null
     */
    public abstract SourceAmounts received();

    /**
     * Returns the gap of each source: {@code max(0, plan − received)}.
     *
     * @return the gaps, not null
     */
    public abstract SourceAmounts gap();

    /**
     * Returns the excess of each source: {@code max(0, received − plan)}; never netted against
     * another source's gap.
     *
     * @return the excesses, not null
     */
    public abstract SourceAmounts excess();

    /**
     * Returns the arrival rates.
     *
     * @return the rates, not null
     */
    public abstract ArrivalRates arrival();

    /**
     * Returns one backstop for each source with a gap, in the order ENTERPRISE, SOCIAL, FISCAL.
     *
     * @return the backstops, unmodifiable, not null
     */
    public abstract List<Backstop> backstops();

    /**
     * Returns the findings: a {@code FUNDING_GAP} per backstop, {@code UI_PREMIUM_ARREARS} when
     * there are arrears, {@code SHOUGANG_HQ_SHORTFALL} when Shougang HQ must make up a plant's
     * own share.
     *
     * @return the findings, unmodifiable, not null
     */
    public abstract List<Finding> findings();

    /**
     * Returns the primary payer of each share (rule 3).
     *
     * @return the payers in source order, unmodifiable, not null
     */
    @Value.Derived
    public Map<FundingSource, Payer> payers() {
        Map<FundingSource, Payer> payers = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            payers.put(source, category().primaryPayer(source));
        }
        return java.util.Collections.unmodifiableMap(payers);
    }

    /**
     * Returns the sum of the gaps.
     *
     * @return the total gap, at most the requirement, not null
     */
    public Money gapTotal() {
        return gap().total();
    }

    @Value.Check
    void check() {
        if (!plan().exactTotalFen().equals(java.math.BigInteger.valueOf(requirement().fen()))) {
            throw new IllegalStateException("plan " + plan() + " does not sum to " + requirement());
        }
        for (FundingSource source : FundingSource.values()) {
            if (plan().get(source).isNegative() || received().get(source).isNegative()) {
                throw new IllegalStateException("negative plan or receipts of " + source);
            }
        }
        if (uiArrears().isNegative()) {
            throw new IllegalStateException("negative arrears " + uiArrears());
        }
        int next = 0;
        for (FundingSource source : FundingSource.values()) {
            long plan = plan().get(source).fen();
            long received = received().get(source).fen();
            long gap = gap().get(source).fen();
            long excess = excess().get(source).fen();
            if (gap != Math.max(0, plan - received) || excess != Math.max(0, received - plan)) {
                throw new IllegalStateException("gap or excess of " + source + " is not the difference");
            }
            if (gap > 0) {
                Backstop b = next < backstops().size() ? backstops().get(next) : null;
                if (b == null || b.source() != source || b.amount().fen() != gap
                        || b.payer() != category().backstopPayer(source)) {
                    throw new IllegalStateException("no backstop, or the wrong one, for the gap of " + source);
                }
                next++;
            }
        }
        if (next != backstops().size()) {
            throw new IllegalStateException("a backstop without a gap");
        }
    }

    /** Builds a {@link FundingResult}. */
    public static final class Builder extends ImmutableFundingResult.Builder {
        Builder() {
        }
    }
}
