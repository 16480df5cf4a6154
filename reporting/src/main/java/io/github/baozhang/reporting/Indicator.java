package io.github.baozhang.reporting;

import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Ratio;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator: a numerator over a denominator, kept exactly; no rate is stored. The rate is
 * derived on request, exactly ({@link #ratio()}) or in basis points rounded down
 * ({@link #basisPoints()}).
 *
 * <p>A share ({@link #share}) has no rate when its denominator is zero. An arrival rate
 * ({@link #arrival}) follows rule 7 of the funding rules: 10000 bp when the plan is zero,
 * capped at 1,000,000 bp.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Indicator {

    private final BigInteger numerator;
    private final BigInteger denominator;
    private final boolean arrival;

    private Indicator(BigInteger numerator, BigInteger denominator, boolean arrival) {
        if (numerator.signum() < 0 || denominator.signum() < 0) {
            throw new IllegalArgumentException("numerator and denominator must be zero or more: "
                    + numerator + "/" + denominator);
        }
        this.numerator = numerator;
        this.denominator = denominator;
        this.arrival = arrival;
    }

    /**
     * Returns a share: numerator over denominator, no rate when the denominator is zero.
     *
     * @param numerator  the numerator, zero or more
     * @param denominator  the denominator, zero or more
     * @return the indicator, not null
     * @throws IllegalArgumentException if either is negative
     */
    public static Indicator share(long numerator, long denominator) {
        return new Indicator(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), false);
    }

    /**
     * Returns a share of exact counts.
     *
     * @param numerator  the numerator, zero or more, not null
     * @param denominator  the denominator, zero or more, not null
     * @return the indicator, not null
     * @throws IllegalArgumentException if either is negative
     */
    public static Indicator share(BigInteger numerator, BigInteger denominator) {
        return new Indicator(Objects.requireNonNull(numerator, "numerator"),
                Objects.requireNonNull(denominator, "denominator"), false);
    }

    /**
     * Returns an arrival rate (到位率): received over planned, in fen, by rule 7.
     *
     * @param receivedFen  the amount received, zero or more
     * @param planFen  the amount planned, zero or more
     * @return the indicator, not null
     * @throws IllegalArgumentException if either is negative
     */
    public static Indicator arrival(long receivedFen, long planFen) {
        return arrival(BigInteger.valueOf(receivedFen), BigInteger.valueOf(planFen));
    }

    /**
     * Returns an arrival rate (到位率) over exact totals, which may exceed the {@code long} range
     * of fen (the sum of three sources, say).
     *
     * @param receivedFen  the amount received, zero or more, not null
     * @param planFen  the amount planned, zero or more, not null
     * @return the indicator, not null
     * @throws IllegalArgumentException if either is negative
     */
    public static Indicator arrival(BigInteger receivedFen, BigInteger planFen) {
        return new Indicator(Objects.requireNonNull(receivedFen, "receivedFen"),
                Objects.requireNonNull(planFen, "planFen"), true);
    }

    /**
     * Returns the numerator.
     *
     * @return the numerator, zero or more, not null
     */
    public BigInteger numerator() {
        return numerator;
    }

    /**
     * Returns the denominator.
     *
     * @return the denominator, zero or more, not null
     */
    public BigInteger denominator() {
        return denominator;
    }

    /**
     * Returns whether this is an arrival rate (rule 7) rather than a share.
     *
     * @return true for an arrival rate
     */
    public boolean isArrivalRate() {
        return arrival;
    }

    /**
     * Returns the exact rate, numerator / denominator.
     *
     * @return the rate, or empty when the denominator is zero, not null
     */
    public Optional<Ratio> ratio() {
        return denominator.signum() == 0 ? Optional.empty() : Optional.of(Ratio.of(numerator, denominator));
    }

    /**
     * Returns the rate in basis points, rounded down: for a share, floor(10000 × n / d), empty
     * when d is zero; for an arrival rate, rule 7 (10000 when the plan is zero, capped at
     * 1,000,000).
     *
     * @return the rate, or empty, not null
     */
    public Optional<BasisPoints> basisPoints() {
        if (arrival) {
            return Optional.of(ThreeThirds.arrivalRate(numerator, denominator));
        }
        return ratio().map(BasisPoints::floorOf);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Indicator)) {
            return false;
        }
        Indicator o = (Indicator) obj;
        return numerator.equals(o.numerator) && denominator.equals(o.denominator) && arrival == o.arrival;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator, arrival);
    }

    /**
     * Returns {@code n/d}, such as {@code 1900/2000}, unreduced.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
