package io.github.baozhang.disbursement;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was due and what was paid for one worker and month — of the allowance, with the day it
 * was paid, or of the contributions, without one.
 *
 * <p>A payment holds what its sender said, negative amounts included; {@link DisbursementRecord#check()}
 * reports them. Paid in full means paid ≥ due.
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
     * Returns the payment of nothing, due nothing.
     *
     * @return the payment, not null
     */
    public static Payment none() {
        return NONE;
    }

    /**
     * Returns a payment with no paid date.
     *
     * @param due  the amount due, not null
     * @param paid  the amount paid, not null
     * @return the payment, not null
     */
    public static Payment of(Money due, Money paid) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(paid, "paid");
        return due.isZero() && paid.isZero() ? NONE : new Payment(due, paid, null);
    }

    /**
     * Returns a payment made on a day.
     *
     * @param due  the amount due, not null
     * @param paid  the amount paid, not null
     * @param paidOn  the day it was paid, not null
     * @return the payment, not null
     */
    public static Payment of(Money due, Money paid, LocalDate paidOn) {
        return new Payment(Objects.requireNonNull(due, "due"), Objects.requireNonNull(paid, "paid"),
                Objects.requireNonNull(paidOn, "paidOn"));
    }

    /**
     * Returns a payment in fen with no paid date.
     *
     * @param dueFen  the amount due
     * @param paidFen  the amount paid
     * @return the payment, not null
     */
    public static Payment ofFen(long dueFen, long paidFen) {
        return of(Money.ofFen(dueFen), Money.ofFen(paidFen));
    }

    /**
     * Returns a payment in fen made on a day.
     *
     * @param dueFen  the amount due
     * @param paidFen  the amount paid
     * @param paidOn  the day it was paid, not null
     * @return the payment, not null
     */
    public static Payment ofFen(long dueFen, long paidFen, LocalDate paidOn) {
        return of(Money.ofFen(dueFen), Money.ofFen(paidFen), paidOn);
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
     * Returns the day it was paid.
     *
     * @return the date, or empty (allowed only when nothing was paid, and for contributions)
     */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    /**
     * Returns whether the amount paid reaches the amount due.
     *
     * @return true if paid ≥ due
     */
    public boolean isInFull() {
        return paid.compareTo(due) >= 0;
    }

    /**
     * Returns a payment with its paid date if there was one.
     *
     * @param due  the amount due, not null
     * @param paid  the amount paid, not null
     * @param paidOn  the day it was paid, or empty, not null
     * @return the payment, not null
     */
    public static Payment of(Money due, Money paid, Optional<LocalDate> paidOn) {
        Objects.requireNonNull(paidOn, "paidOn");
        return paidOn.isPresent() ? of(due, paid, paidOn.get()) : of(due, paid);
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
        if (!due.isPositive()) {
            return true;
        }
        return paidOn != null && !paidOn.isAfter(payDay);
    }

    /**
     * Returns what is still owed: {@code max(0, due − paid)}.
     *
     * @return the shortfall, zero or more, not null
     * @throws ArithmeticException if the difference leaves the {@code long} range
     */
    public Money shortfall() {
        return isInFull() ? Money.zero() : due.minus(paid);
    }

    /**
     * Adds the violations of this payment at a field prefix: {@link ProblemCode#VALUE_NEGATIVE}
     * at {@code prefix.dueFen} and {@code prefix.paidFen}; when a paid date is required,
     * {@link ProblemCode#PAID_ON_MISSING} at {@code prefix.paidOn} if something was paid without
     * one.
     */
    void check(String prefix, boolean paidOnRequired, List<Violation> violations) {
        negative(prefix + ".dueFen", due, violations);
        negative(prefix + ".paidFen", paid, violations);
        if (paidOnRequired && paid.isPositive() && paidOn == null) {
            violations.add(Checks.violation(ProblemCode.PAID_ON_MISSING, prefix + ".paidOn",
                    "paidFen", Long.toString(paid.fen())));
        }
    }

    private static void negative(String field, Money amount, List<Violation> violations) {
        if (amount.isNegative()) {
            violations.add(Checks.violation(ProblemCode.VALUE_NEGATIVE, field, "value", Long.toString(amount.fen())));
        }
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

    /**
     * Returns the amounts and date, such as {@code {due=361.00, paid=361.00, paidOn=1999-07-10}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "{due=" + due + ", paid=" + paid + (paidOn == null ? "" : ", paidOn=" + paidOn) + "}";
    }
}
