package io.github.baozhang.disbursement;

import io.github.baozhang.money.Money;
import java.util.Objects;

/**
 * One line of a posted list: the masked name, the masked citizen ID and the monthly allowance.
 * It is made from a {@link Worker} and holds only the masks, so the full name and ID never reach
 * a posted list.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class PostedEntry {

    private final String maskedName;
    private final String maskedId;
    private final Money amount;

    private PostedEntry(String maskedName, String maskedId, Money amount) {
        this.maskedName = maskedName;
        this.maskedId = maskedId;
        this.amount = amount;
    }

    /**
     * Returns the line of a worker.
     *
     * @param worker  the worker, not null
     * @param amount  the monthly allowance, not null
     * @return the line, masked, not null
     */
    public static PostedEntry of(Worker worker, Money amount) {
        Objects.requireNonNull(worker, "worker");
        return new PostedEntry(worker.maskedName(), worker.maskedId(), Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Returns the masked name, such as {@code 王*国}.
     *
     * @return the mask, not null
     */
    public String maskedName() {
        return maskedName;
    }

    /**
     * Returns the masked citizen ID, such as {@code 110105********002X}.
     *
     * @return the mask, not null
     */
    public String maskedId() {
        return maskedId;
    }

    /**
     * Returns the monthly allowance.
     *
     * @return the amount, not null
     */
    public Money amount() {
        return amount;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PostedEntry)) {
            return false;
        }
        PostedEntry other = (PostedEntry) obj;
        return maskedName.equals(other.maskedName) && maskedId.equals(other.maskedId) && amount.equals(other.amount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maskedName, maskedId, amount);
    }

    /**
     * Returns the line, such as {@code 王*国 110105********002X 361.00}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return maskedName + " " + maskedId + " " + amount;
    }
}
