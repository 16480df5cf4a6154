package io.github.baozhang.money;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of renminbi, held exactly as a whole number of fen (分, 0.01 yuan) on a
 * {@code long}.
 *
 * <p>Every amount from {@code Long.MIN_VALUE} to {@code Long.MAX_VALUE} fen is legal. Arithmetic
 * that would leave that range throws {@link ArithmeticException}: an amount never wraps.
 * {@link #toString()} writes yuan with two decimals ({@code "1234.56"}) and {@link #parse}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: compare with
 * {@link #equals}, never with {@code ==}.
 */
public final class Money implements Comparable<Money> {

    private static final Money ZERO = new Money(0);
    private static final long FEN_PER_YUAN = 100;

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /**
     * Returns an amount of fen.
     *
     * @param fen  the amount in fen, any {@code long}
     * @return the amount, not null
     */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /**
     * Returns an amount of whole yuan.
     *
     * @param yuan  the amount in yuan
     * @return the amount, not null
     * @throws ArithmeticException if the amount in fen leaves the {@code long} range
     */
    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, FEN_PER_YUAN));
    }

    /**
     * Returns zero.
     *
     * @return zero fen, not null
     */
    public static Money zero() {
        return ZERO;
    }

    /**
     * Returns the sum of amounts.
     *
     * @param amounts  the amounts, not null, no null element
     * @return the sum, zero when there are none, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range
     */
    public static Money total(Iterable<Money> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        long sum = 0;
        // Once a running sum leaves the long range it continues exactly: only the final sum
        // must fit ({MAX, 1, -1} totals MAX).
        BigInteger exact = null;
        for (Money m : amounts) {
            if (exact == null) {
                try {
                    sum = Math.addExact(sum, m.fen);
                    continue;
                } catch (ArithmeticException runningSumOverflows) {
                    exact = BigInteger.valueOf(sum);
                }
            }
            exact = exact.add(BigInteger.valueOf(m.fen));
        }
        return exact == null ? ofFen(sum) : ofFen(exact.longValueExact());
    }

    /**
     * Parses yuan: an optional minus sign, ASCII digits, and optionally a point with one or two
     * digits ({@code "1234.56"}, {@code "1234.5"}, {@code "-0.05"}, {@code "7"}).
     *
     * @param yuan  the text, not null
     * @return the amount, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#AMOUNT_MALFORMED} if the text is not an amount or leaves the range
     */
    public static Money parse(CharSequence yuan) {
        return check(yuan).orElseThrow();
    }

    /**
     * Parses yuan like {@link #parse}, returning the reason instead of throwing.
     *
     * @param yuan  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<Money> check(CharSequence yuan) {
        Objects.requireNonNull(yuan, "yuan");
        String text = yuan.toString();
        int len = text.length();
        int i = 0;
        boolean negative = false;
        if (len > 0 && text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int intStart = i;
        // Accumulate negatively so that Long.MIN_VALUE fen is reachable.
        long acc = 0;
        while (i < len && isDigit(text.charAt(i))) {
            acc = accumulate(acc, text.charAt(i));
            if (acc > 0) {
                return malformed(text, "range");
            }
            i++;
        }
        if (i == intStart) {
            return malformed(text, "digits");
        }
        int decimals = 0;
        if (i < len) {
            if (text.charAt(i) != '.') {
                return malformed(text, "character");
            }
            i++;
            while (i < len && isDigit(text.charAt(i))) {
                if (decimals == 2) {
                    return malformed(text, "decimals");
                }
                acc = accumulate(acc, text.charAt(i));
                if (acc > 0) {
                    return malformed(text, "range");
                }
                decimals++;
                i++;
            }
            if (decimals == 0) {
                return malformed(text, "decimals");
            }
            if (i < len) {
                return malformed(text, "character");
            }
        }
        for (int d = decimals; d < 2; d++) {
            acc = accumulate(acc, '0');
            if (acc > 0) {
                return malformed(text, "range");
            }
        }
        if (!negative) {
            if (acc == Long.MIN_VALUE) {
                return malformed(text, "range");
            }
            acc = -acc;
        }
        return Parsed.valid(ofFen(acc));
    }

    /** Returns acc * 10 - digit, or a positive number if that overflows. */
    private static long accumulate(long acc, char digit) {
        if (acc < Long.MIN_VALUE / 10) {
            return 1;
        }
        long times10 = acc * 10;
        long d = digit - '0';
        if (times10 < Long.MIN_VALUE + d) {
            return 1;
        }
        return times10 - d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Parsed<Money> malformed(String text, String reason) {
        return Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value", text, "reason", reason);
    }

    /**
     * Returns the amount in fen.
     *
     * @return the fen
     */
    public long fen() {
        return fen;
    }

    /**
     * Returns this amount plus another.
     *
     * @param other  the amount to add, not null
     * @return the sum, not null
     * @throws ArithmeticException if the sum leaves the {@code long} range
     */
    public Money plus(Money other) {
        Objects.requireNonNull(other, "other");
        return other.fen == 0 ? this : ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * Returns this amount minus another.
     *
     * @param other  the amount to subtract, not null
     * @return the difference, not null
     * @throws ArithmeticException if the difference leaves the {@code long} range
     */
    public Money minus(Money other) {
        Objects.requireNonNull(other, "other");
        return other.fen == 0 ? this : ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * Returns this amount times a whole number.
     *
     * @param multiplicand  the factor
     * @return the product, not null
     * @throws ArithmeticException if the product leaves the {@code long} range
     */
    public Money multipliedBy(long multiplicand) {
        return multiplicand == 1 ? this : ofFen(Math.multiplyExact(fen, multiplicand));
    }

    /**
     * Returns this amount times an exact ratio, rounded to a whole fen. The product is computed
     * exactly, however large the intermediate.
     *
     * @param ratio  the ratio, not null
     * @param rounding  how to round to a fen, not null
     * @return the product, not null
     * @throws ArithmeticException if the result leaves the {@code long} range, or rounding is
     *     {@link RoundingMode#UNNECESSARY} and the product is not a whole fen
     */
    public Money multipliedBy(Ratio ratio, RoundingMode rounding) {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(rounding, "rounding");
        BigInteger product = BigInteger.valueOf(fen).multiply(ratio.numerator());
        return ofFen(Ratio.divide(product, ratio.denominator(), rounding).longValueExact());
    }

    /**
     * Returns the negation of this amount.
     *
     * @return the negated amount, not null
     * @throws ArithmeticException if this is {@code Long.MIN_VALUE} fen
     */
    public Money negated() {
        return ofFen(Math.negateExact(fen));
    }

    /**
     * Returns the larger of this amount and another.
     *
     * @param other  the other amount, not null
     * @return the larger, not null
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other  the other amount, not null
     * @return the smaller, not null
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return fen == 0;
    }

    /**
     * Returns whether this amount is less than zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return fen < 0;
    }

    /**
     * Returns whether this amount is greater than zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return fen > 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money && ((Money) obj).fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * Returns the amount in yuan with two decimals, such as {@code "1234.56"} or
     * {@code "-0.05"}; {@link #parse} reads it back.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        long abs = Math.abs(fen / FEN_PER_YUAN);
        long cents = Math.abs(fen % FEN_PER_YUAN);
        String sign = fen < 0 ? "-" : "";
        return sign + abs + (cents < 10 ? ".0" : ".") + cents;
    }
}
