package io.github.baozhang.funding;

import io.github.baozhang.money.Money;
import java.util.Objects;

/**
 * Who makes up the gap in one source, and how much (rule 5 of the funding rules).
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Backstop {

    private final FundingSource source;
    private final Payer payer;
    private final Money amount;

    private Backstop(FundingSource source, Payer payer, Money amount) {
        this.source = source;
        this.payer = payer;
        this.amount = amount;
    }

    /**
     * Returns a backstop.
     *
     * @param source  the source with the gap, not null
     * @param payer  who makes it up, not null
     * @param amount  the gap, more than zero, not null
     * @return the backstop, not null
     * @throws IllegalArgumentException if the amount is not positive
     */
    public static Backstop of(FundingSource source, Payer payer, Money amount) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a backstop covers a gap of more than zero: " + amount.fen());
        }
        return new Backstop(source, payer, amount);
    }

    /**
     * Returns the source with the gap.
     *
     * @return the source, not null
     */
    public FundingSource source() {
        return source;
    }

    /**
     * Returns who makes up the gap.
     *
     * @return the payer, not null
     */
    public Payer payer() {
        return payer;
    }

    /**
     * Returns the gap made up.
     *
     * @return the amount, positive, not null
     */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Backstop)) {
            return false;
        }
        Backstop other = (Backstop) obj;
        return source == other.source && payer == other.payer && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, payer, amount);
    }

    @Override
    public String toString() {
        return "Backstop{" + source + " -> " + payer + ": " + amount + "}";
    }
}
