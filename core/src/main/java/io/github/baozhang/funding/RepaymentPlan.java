package io.github.baozhang.funding;

import io.github.baozhang.money.Allocation;
import io.github.baozhang.money.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repayment plan (补缴计划) for unemployment-insurance premium arrears: consecutive monthly
 * instalments that sum exactly to the arrears, the earlier ones carrying the odd fen.
 *
 * <p>The social share is paid in full while the plan runs (边拨付边清缴): a plan never changes
 * a funding plan. For a Shougang external enterprise, Shougang headquarters helps draw up and
 * fund the plan ({@link #assistedBy()}).
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class RepaymentPlan {

    private final Money arrears;
    private final List<Instalment> instalments;
    private final Payer assistedBy;

    private RepaymentPlan(Money arrears, List<Instalment> instalments, Payer assistedBy) {
        this.arrears = arrears;
        this.instalments = instalments;
        this.assistedBy = assistedBy;
    }

    /**
     * Spreads arrears over consecutive months as evenly as whole fen allow.
     *
     * @param arrears  the arrears, zero or more, not null
     * @param firstPeriod  the month of the first instalment, not null
     * @param months  the number of instalments, from 1 to 120
     * @return the plan, not null
     * @throws IllegalArgumentException if the arrears are negative or months is outside 1–120
     */
    public static RepaymentPlan evenly(Money arrears, YearMonth firstPeriod, int months) {
        Objects.requireNonNull(arrears, "arrears");
        Objects.requireNonNull(firstPeriod, "firstPeriod");
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months must be from 1 to 120: " + months);
        }
        List<Money> parts = Allocation.evenly(arrears, months);
        List<Instalment> instalments = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            instalments.add(Instalment.of(firstPeriod.plusMonths(i), parts.get(i)));
        }
        return new RepaymentPlan(arrears, Collections.unmodifiableList(instalments), null);
    }

    /**
     * Returns the plan for the arrears of a funded case: assisted by Shougang headquarters for a
     * Shougang external enterprise.
     *
     * @param result  the funded case, not null
     * @param firstPeriod  the month of the first instalment, not null
     * @param months  the number of instalments, from 1 to 120
     * @return the plan, not null
     * @throws IllegalArgumentException if months is outside 1–120
     */
    public static RepaymentPlan forResult(FundingResult result, YearMonth firstPeriod, int months) {
        Objects.requireNonNull(result, "result");
        RepaymentPlan plan = evenly(result.uiArrears(), firstPeriod, months);
        return result.category() == FundingCategory.SHOUGANG_EXTERNAL ? plan.withAssistance(Payer.SHOUGANG_HQ) : plan;
    }

    /**
     * Returns a copy whose drawing up and funding a payer assists.
     *
     * @param payer  the assisting payer, not null
     * @return the plan, not null
     */
    public RepaymentPlan withAssistance(Payer payer) {
        Objects.requireNonNull(payer, "payer");
        return payer == assistedBy ? this : new RepaymentPlan(arrears, instalments, payer);
    }

    /**
     * Returns the arrears the plan repays.
     *
     * @return the arrears, not null
     */
    public Money arrears() {
        return arrears;
    }

    /**
     * Returns the instalments in month order; they sum exactly to the arrears.
     *
     * @return the instalments, unmodifiable, not null
     */
    public List<Instalment> instalments() {
        return instalments;
    }

    /**
     * Returns who assists the enterprise with the plan, if anyone.
     *
     * @return the assisting payer, or empty
     */
    public Optional<Payer> assistedBy() {
        return Optional.ofNullable(assistedBy);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RepaymentPlan)) {
            return false;
        }
        // The arrears are the sum of the instalments: equal instalments mean equal arrears.
        RepaymentPlan other = (RepaymentPlan) obj;
        return instalments.equals(other.instalments) && assistedBy == other.assistedBy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(instalments, assistedBy);
    }

    @Override
    public String toString() {
        return "RepaymentPlan{" + arrears + " in " + instalments + (assistedBy == null ? "" : ", assisted by " + assistedBy) + "}";
    }
}
