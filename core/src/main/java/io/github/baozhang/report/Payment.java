package io.github.baozhang.report;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount due and the amount paid against it, with the date of payment when there was one:
 * the {@code allowance} and {@code contributions} objects of the interchange format.
 *
 * <p>Both amounts are zero or more ({@link ProblemCode#VALUE_NEGATIVE} otherwise). The date is
 * optional when nothing was paid; whether a payment was on time depends on a pay day, which
 * the caller's profile gives.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Payment {

    private static final Payment NONE = new Payment(Money.zero(), Money.zero(), null);

    private final Money due;
    private final Money paid;
    private final LocalDate paidOn;

    private Payment(Money due, Money paid, LocalDate paidOn) {
        this.due = due;
        this.paid = paid;
        this.paidOn = paidOn;
    }

    /**
     * Returns a payment without a date.
     *
     * @param due  the amount due, zero or more, not null
     * @param paid  the amount paid, zero or more, not null
     * @return the payment, not null
     * @throws io.github.baozhang.problem.InvalidValueException if an amount is negative
     */
    public static Payment of(Money due, Money paid) {
        return of(due, paid, Optional.empty());
    }

    /**
     * Returns a payment.
     *
     * @param due  the amount due, zero or more, not null
     * @param paid  the amount paid, zero or more, not null
     * @param paidOn  the date of payment, if any, not null
     * @return the payment, not null
     * @throws io.github.baozhang.problem.InvalidValueException if an amount is negative
     */
    public static Payment of(Money due, Money paid, Optional<LocalDate> paidOn) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(paidOn, "paidOn");
        for (Money m : new Money[] {due, paid}) {
            if (m.isNegative()) {
                Parsed.invalid(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(m.fen())).orElseThrow();
            }
        }
        if (due.isZero() && paid.isZero() && paidOn.isEmpty()) {
            return NONE;
        }
        return new Payment(due, paid, paidOn.orElse(null));
    }

    /**
     * Returns nothing due and nothing paid.
     *
     * @return the payment, not null
     */
    public static Payment none() {
        return NONE;
    }

    /**
     * Returns the amount due.
     *
     * @return the amount, not null
     */
    public Money due() {
        return due;
    }

    /**
     * Returns the amount paid.
     *
     * @return the amount, not null
     */
    public Money paid() {
        return paid;
    }

    /**
     * Returns the date of payment.
     *
     * @return the date, or empty when none was given
     */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    /**
     * Returns whether the amount paid reaches the amount due (足额).
     *
     * @return true if paid in full
     */
    public boolean isInFull() {
        return paid.compareTo(due) >= 0;
    }

    /**
     * Returns whether the payment was on time (按时) against a pay day: nothing due counts as on
     * time; otherwise the payment must be dated on or before the pay day.
     *
     * @param payDay  the last day on which payment is on time, not null
     * @return true if on time
     */
    public boolean isOnTime(LocalDate payDay) {
        Objects.requireNonNull(payDay, "payDay");
        if (due.isZero()) {
            return true;
        }
        return paidOn != null && !paidOn.isAfter(payDay);
    }

    /**
     * Returns what is still owed: {@code max(0, due − paid)}.
     *
     * @return the shortfall, not null
     */
    public Money shortfall() {
        return paid.compareTo(due) >= 0 ? Money.zero() : due.minus(paid);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Payment)) {
            return false;
        }
        Payment other = (Payment) obj;
        return due.equals(other.due) && paid.equals(other.paid) && Objects.equals(paidOn, other.paidOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(due, paid, paidOn);
    }

    @Override
    public String toString() {
        return "{due=" + due + ", paid=" + paid + (paidOn == null ? "" : ", paidOn=" + paidOn) + "}";
    }
}
