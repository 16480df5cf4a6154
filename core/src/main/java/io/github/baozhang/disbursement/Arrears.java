package io.github.baozhang.disbursement;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Arrears (拖欠) carried month to month for one stream of payments — one worker's allowance, say,
 * or an enterprise's contributions: what is still owed for each past month, oldest first.
 *
 * <p>{@link #carry} moves to the next month. What is paid goes first to that month's due; what
 * is left short is owed for that month; what is paid above the due is back-pay (补发), which
 * clears the oldest arrears first. Back-pay beyond every arrear is not credited to later months;
 * it is kept as {@link #overpaid()}. So, after any run of months, exactly:
 * <pre>
 *   Σ paid + total() = Σ due + overpaid()
 * </pre>
 * and no amount is ever negative.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Arrears {

    private static final Arrears NONE = new Arrears(Collections.emptySortedMap(), Money.zero(), Money.zero(), null);

    private final SortedMap<YearMonth, Money> outstanding;
    private final Money total;
    private final Money overpaid;
    private final YearMonth lastPeriod;

    private Arrears(SortedMap<YearMonth, Money> outstanding, Money total, Money overpaid, YearMonth lastPeriod) {
        this.outstanding = outstanding;
        this.total = total;
        this.overpaid = overpaid;
        this.lastPeriod = lastPeriod;
    }

    /**
     * Returns no arrears, before any month.
     *
     * @return the empty ledger, not null
     */
    public static Arrears none() {
        return NONE;
    }

    /**
     * Returns the arrears after one more month.
     *
     * @param period  the month, after every month carried before, not null
     * @param due  what was due for it, zero or more, not null
     * @param paid  what was paid in it, zero or more, not null
     * @return the arrears, not null
     * @throws IllegalArgumentException if the month is not after the last month carried
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if an amount is negative
     * @throws ArithmeticException if the total owed or overpaid leaves the {@code long} range
     */
    public Arrears carry(YearMonth period, Money due, Money paid) {
        Objects.requireNonNull(period, "period");
        notNegative(Objects.requireNonNull(due, "due"));
        notNegative(Objects.requireNonNull(paid, "paid"));
        if (lastPeriod != null && !period.isAfter(lastPeriod)) {
            throw new IllegalArgumentException(period + " is not after " + lastPeriod);
        }
        TreeMap<YearMonth, Money> owed = new TreeMap<>(outstanding);
        Money newTotal = total;
        Money newOverpaid = overpaid;
        if (paid.compareTo(due) < 0) {
            Money shortfall = due.minus(paid);
            owed.put(period, shortfall);
            newTotal = newTotal.plus(shortfall);
        } else {
            Money backPay = paid.minus(due);
            Iterator<Map.Entry<YearMonth, Money>> oldestFirst = owed.entrySet().iterator();
            while (backPay.isPositive() && oldestFirst.hasNext()) {
                Map.Entry<YearMonth, Money> e = oldestFirst.next();
                Money cleared = backPay.min(e.getValue());
                backPay = backPay.minus(cleared);
                newTotal = newTotal.minus(cleared);
                if (cleared.equals(e.getValue())) {
                    oldestFirst.remove();
                } else {
                    e.setValue(e.getValue().minus(cleared));
                }
            }
            newOverpaid = newOverpaid.plus(backPay);
        }
        return new Arrears(Collections.unmodifiableSortedMap(owed), newTotal, newOverpaid, period);
    }

    private static void notNegative(Money amount) {
        if (amount.isNegative()) {
            Checks.fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(amount.fen()));
        }
    }

    /**
     * Returns what is still owed for each month, oldest first; every amount is positive.
     *
     * @return the arrears by month, unmodifiable, not null
     */
    public SortedMap<YearMonth, Money> outstanding() {
        return outstanding;
    }

    /**
     * Returns the total still owed.
     *
     * @return the total, zero or more, not null
     */
    public Money total() {
        return total;
    }

    /**
     * Returns the number of months for which something is still owed.
     *
     * @return the months, zero or more
     */
    public int months() {
        return outstanding.size();
    }

    /**
     * Returns the oldest month for which something is still owed.
     *
     * @return the month, or empty when nothing is owed
     */
    public Optional<YearMonth> oldest() {
        return outstanding.isEmpty() ? Optional.empty() : Optional.of(outstanding.firstKey());
    }

    /**
     * Returns the back-pay paid beyond every arrear, over all months carried.
     *
     * @return the amount, zero or more, not null
     */
    public Money overpaid() {
        return overpaid;
    }

    /**
     * Returns the last month carried.
     *
     * @return the month, or empty before any
     */
    public Optional<YearMonth> lastPeriod() {
        return Optional.ofNullable(lastPeriod);
    }

    /**
     * Returns whether nothing is owed.
     *
     * @return true if the total is zero
     */
    public boolean isClear() {
        return outstanding.isEmpty();
    }

    /**
     * Returns the finding {@link ProblemCode#DISBURSEMENT_ARREARS} (arguments {@code arrearsFen},
     * {@code months}, {@code oldestPeriod}) when something is owed.
     *
     * @param subject  what the arrears concern, such as an enterprise id or a masked citizen ID
     *     (never a full ID), not null
     * @return the finding, or empty when nothing is owed
     */
    public Optional<Finding> finding(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (outstanding.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Checks.finding(ProblemCode.DISBURSEMENT_ARREARS, subject,
                "arrearsFen", Long.toString(total.fen()), "months", Integer.toString(months()),
                "oldestPeriod", outstanding.firstKey().toString()));
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Arrears)) {
            return false;
        }
        Arrears other = (Arrears) obj;
        return outstanding.equals(other.outstanding) && overpaid.equals(other.overpaid)
                && Objects.equals(lastPeriod, other.lastPeriod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outstanding, overpaid, lastPeriod);
    }

    /**
     * Returns the months owed, such as {@code Arrears{1999-08=61.00, 1999-09=361.00; overpaid=0.00}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Arrears{");
        String sep = "";
        for (Map.Entry<YearMonth, Money> e : outstanding.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append("; overpaid=").append(overpaid).append('}').toString();
    }
}
