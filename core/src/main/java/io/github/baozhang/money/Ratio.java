package io.github.baozhang.money;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction p/q with q &gt; 0, always held in lowest terms, so {@code "2/6"} equals
 * {@code "1/3"}.
 *
 * <p>Arithmetic is exact and never overflows: numerator and denominator are
 * {@link BigInteger}s internally. {@link #toString()} writes {@code "p/q"} in lowest terms and
 * {@link #parse} reads it back.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Ratio implements Comparable<Ratio> {

    /** Zero, {@code 0/1}. */
    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    /** One, {@code 1/1}. */
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);
    /** One third, {@code 1/3}: each share of the three-thirds rule. */
    public static final Ratio ONE_THIRD = new Ratio(BigInteger.ONE, BigInteger.valueOf(3));
    /** Two thirds, {@code 2/3}. */
    public static final Ratio TWO_THIRDS = new Ratio(BigInteger.TWO, BigInteger.valueOf(3));

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Ratio(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * Returns the ratio {@code numerator / denominator} in lowest terms.
     *
     * @param numerator  the numerator
     * @param denominator  the denominator, not zero
     * @return the ratio, not null
     * @throws ArithmeticException if the denominator is zero
     */
    public static Ratio of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * Returns the ratio {@code numerator / denominator} in lowest terms.
     *
     * @param numerator  the numerator, not null
     * @param denominator  the denominator, not null, not zero
     * @return the ratio, not null
     * @throws ArithmeticException if the denominator is zero
     */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Ratio(numerator, denominator);
    }

    /**
     * Parses {@code "p/q"}: an optional minus sign and ASCII digits, a slash, ASCII digits;
     * q &gt; 0; p and q each within the {@code long} range.
     *
     * @param text  the text, not null
     * @return the ratio in lowest terms, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#RATIO_MALFORMED} if the text is not a ratio
     */
    public static Ratio parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Parses {@code "p/q"} like {@link #parse}, returning the reason instead of throwing.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<Ratio> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return malformed(s);
        }
        int start = s.startsWith("-") ? 1 : 0;
        String p = s.substring(start, slash);
        String q = s.substring(slash + 1);
        if (!isDigits(p) || !isDigits(q) || p.length() > 19 || q.length() > 19) {
            return malformed(s);
        }
        // The sign is applied before the range check: -9223372036854775808 is a long.
        BigInteger num = start == 1 ? new BigInteger(p).negate() : new BigInteger(p);
        BigInteger den = new BigInteger(q);
        if (num.bitLength() > 63 || den.bitLength() > 63 || den.signum() == 0) {
            return malformed(s);
        }
        return Parsed.valid(of(num, den));
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Parsed<Ratio> malformed(String s) {
        return Parsed.invalid(ProblemCode.RATIO_MALFORMED, "value", s);
    }

    /**
     * Returns the numerator in lowest terms; it carries the sign.
     *
     * @return the numerator, not null
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator in lowest terms, always positive.
     *
     * @return the denominator, not null
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Returns this ratio plus another.
     *
     * @param other  the other ratio, not null
     * @return the sum, not null
     */
    public Ratio plus(Ratio other) {
        Objects.requireNonNull(other, "other");
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /**
     * Returns this ratio minus another.
     *
     * @param other  the other ratio, not null
     * @return the difference, not null
     */
    public Ratio minus(Ratio other) {
        Objects.requireNonNull(other, "other");
        return plus(other.negated());
    }

    /**
     * Returns this ratio times another.
     *
     * @param other  the other ratio, not null
     * @return the product, not null
     */
    public Ratio multipliedBy(Ratio other) {
        Objects.requireNonNull(other, "other");
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    /**
     * Returns the negation of this ratio.
     *
     * @return the negated ratio, not null
     */
    public Ratio negated() {
        return new Ratio(numerator.negate(), denominator);
    }

    /**
     * Returns the sign: -1, 0 or 1.
     *
     * @return the sign
     */
    public int signum() {
        return numerator.signum();
    }

    /**
     * Returns whether {@code min ≤ this ≤ max}.
     *
     * @param min  the lower bound, inclusive, not null
     * @param max  the upper bound, inclusive, not null
     * @return true if within
     */
    public boolean isBetween(Ratio min, Ratio max) {
        return compareTo(min) >= 0 && compareTo(max) <= 0;
    }

    /**
     * Returns this ratio rounded to a whole number.
     *
     * @param rounding  the rounding, not null
     * @return the whole number, not null
     * @throws ArithmeticException if rounding is {@link RoundingMode#UNNECESSARY} and the ratio
     *     is not whole
     */
    public BigInteger toBigInteger(RoundingMode rounding) {
        return divide(numerator, denominator, rounding);
    }

    /** Divides exactly-rounded: {@code a / b} with b &gt; 0 under the given rounding. */
    static BigInteger divide(BigInteger a, BigInteger b, RoundingMode rounding) {
        BigInteger[] qr = a.divideAndRemainder(b);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() == 0) {
            return q;
        }
        // a = q*b + r, with r of a's sign; the exact quotient lies between q and q + sign(a).
        int sign = a.signum();
        boolean awayFromZero;
        switch (rounding) {
            case UP:
                awayFromZero = true;
                break;
            case DOWN:
                awayFromZero = false;
                break;
            case CEILING:
                awayFromZero = sign > 0;
                break;
            case FLOOR:
                awayFromZero = sign < 0;
                break;
            case HALF_UP:
            case HALF_DOWN:
            case HALF_EVEN:
                int cmp = r.abs().shiftLeft(1).compareTo(b);
                if (cmp != 0) {
                    awayFromZero = cmp > 0;
                } else if (rounding == RoundingMode.HALF_UP) {
                    awayFromZero = true;
                } else if (rounding == RoundingMode.HALF_DOWN) {
                    awayFromZero = false;
                } else {
                    awayFromZero = q.testBit(0);
                }
                break;
            default:
                throw new ArithmeticException("rounding necessary");
        }
        return awayFromZero ? q.add(BigInteger.valueOf(sign)) : q;
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Ratio)) {
            return false;
        }
        Ratio other = (Ratio) obj;
        return numerator.equals(other.numerator) && denominator.equals(other.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    /**
     * Returns {@code "p/q"} in lowest terms, such as {@code "1/3"} or {@code "0/1"}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
