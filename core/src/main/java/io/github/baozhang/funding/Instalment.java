package io.github.baozhang.funding;

import io.github.baozhang.money.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One instalment of a repayment plan: the month it is due and the amount.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Instalment {

    private final YearMonth period;
    private final Money amount;

    private Instalment(YearMonth period, Money amount) {
        this.period = period;
        this.amount = amount;
    }

    /**
     * Returns an instalment.
     *
     * @param period  the month it is due, not null
     * @param amount  the amount, zero or more, not null
     * @return the instalment, not null
     * @throws IllegalArgumentException if the amount is negative
     */
    public static Instalment of(YearMonth period, Money amount) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("instalment is negative: " + amount.fen());
        }
        return new Instalment(period, amount);
    }

    /**
     * Returns the month the instalment is due.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the amount.
     *
     * @return the amount, not null
     */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Instalment)) {
            return false;
        }
        Instalment other = (Instalment) obj;
        return period.equals(other.period) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, amount);
    }

    @Override
    public String toString() {
        return period + ":" + amount;
    }
}
