package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of amounts ({@link Money}, whole fen) and exact ratios ({@link Ratio}).
 *
 * <p>This class is a stateless utility.
 */
public final class MoneyArbitraries {

    private MoneyArbitraries() {
    }

    /**
     * Returns amounts of fen from zero to {@code Long.MAX_VALUE}: small amounts, amounts the
     * size of a province's month, and amounts next to the top of the range.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Long> nonNegativeFen() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(0, 1_000)),
                        Tuple.of(4, Arbitraries.longs().between(0, 100_000_000_000L)),
                        Tuple.of(2, Arbitraries.longs().between(0, Long.MAX_VALUE)),
                        Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)))
                .edgeCases(c -> c.add(0L, 1L, 2L, 3L, 100L, 101L, Long.MAX_VALUE));
    }

    /**
     * Returns amounts of zero or more fen ({@link #nonNegativeFen()}).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Money> amounts() {
        return nonNegativeFen().map(Money::ofFen);
    }

    /**
     * Returns amounts between two bounds.
     *
     * @param minFen  the smallest amount in fen
     * @param maxFen  the largest amount in fen, not below {@code minFen}
     * @return the arbitrary, not null
     */
    public static Arbitrary<Money> amountsBetween(long minFen, long maxFen) {
        return Arbitraries.longs().between(minFen, maxFen).map(Money::ofFen);
    }

    /**
     * Returns any amount, negative ones included, across the whole {@code long} range.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Money> anyAmounts() {
        return Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs()),
                        Tuple.of(2, Arbitraries.longs().between(-1_000, 1_000)))
                .edgeCases(c -> c.add(Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE))
                .map(Money::ofFen);
    }

    /**
     * Returns enterprise ratios of the three-thirds rule: exact fractions from 0 to 2/3, with
     * small denominators (thirds, halves, quarters) often and 64-bit ones sometimes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Ratio> enterpriseRatios() {
        return ratiosBetweenZeroAnd(Ratio.TWO_THIRDS)
                .edgeCases(c -> c.add(Ratio.ZERO, Ratio.ONE_THIRD, Ratio.TWO_THIRDS, Ratio.of(1, 2)));
    }

    /**
     * Returns exact ratios from 0 to 1.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Ratio> unitRatios() {
        return ratiosBetweenZeroAnd(Ratio.ONE);
    }

    private static Arbitrary<Ratio> ratiosBetweenZeroAnd(Ratio max) {
        Arbitrary<Long> denominators = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, 12)),
                Tuple.of(2, Arbitraries.longs().between(1, 1_000_000)),
                Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE)));
        // A numerator from 0 to the largest p with p/q <= max, as a fraction of SCALE: no flatMap.
        Arbitrary<Long> fractions = Arbitraries.longs().between(0, SCALE);
        return net.jqwik.api.Combinators.combine(denominators, fractions).as((q, u) -> {
            BigInteger top = BigInteger.valueOf(q).multiply(max.numerator()).divide(max.denominator());
            BigInteger p = top.multiply(BigInteger.valueOf(u)).divide(BigInteger.valueOf(SCALE));
            return Ratio.of(p, BigInteger.valueOf(q));
        });
    }

    /** The scale of {@link #ratiosBetweenZeroAnd}'s fractions. */
    private static final long SCALE = 1L << 62;
}
