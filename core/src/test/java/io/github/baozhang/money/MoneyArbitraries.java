package io.github.baozhang.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of the money tests, kept in core's tests so that core needs nothing but
 * JUnit, jqwik and ArchUnit. Each mixes the whole range with the small values and the edges
 * where the bugs live (0, ±1, the ends of the {@code long} range, exact halves and ties).
 */
final class MoneyArbitraries {

    private MoneyArbitraries() {
    }

    /** Any {@code long}: the whole range, small values, and values next to the ends. */
    static Arbitrary<Long> anyLong() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs()),
                Tuple.of(2, Arbitraries.longs().between(-1_000, 1_000)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.longs().between(Long.MIN_VALUE, Long.MIN_VALUE + 1_000)),
                Tuple.of(1, Arbitraries.longs().between(-3_037_000_500L, 3_037_000_500L)));
    }

    /** Any amount of fen, any {@code long}. */
    static Arbitrary<Money> amounts() {
        return anyLong().map(Money::ofFen);
    }

    /** Amounts of zero or more fen, up to {@code Long.MAX_VALUE}. */
    static Arbitrary<Long> nonNegativeFen() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, Long.MAX_VALUE)),
                Tuple.of(3, Arbitraries.longs().between(0, 1_000)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)));
    }

    /** A factor for {@code multipliedBy(long)}: small often, so that products also stay in range. */
    static Arbitrary<Long> factors() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs()),
                Tuple.of(3, Arbitraries.longs().between(-10, 10)),
                Tuple.of(2, Arbitraries.longs().between(-3_037_000_500L, 3_037_000_500L)),
                Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 1L, 0L)));
    }

    /** A denominator: small ones (halves, thirds, …) often, and the whole positive range. */
    static Arbitrary<Long> denominators() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, 12)),
                Tuple.of(1, Arbitraries.longs().between(1, Long.MAX_VALUE)),
                Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, 10_000L, 100L)));
    }

    /** Any ratio with numerator and denominator in the {@code long} range, q &gt; 0. */
    static Arbitrary<Ratio> ratios() {
        return Combinators.combine(anyLong(), denominators()).as(Ratio::of);
    }

    /** Ratios with small parts: many are equal to each other, whole, or exact halves. */
    static Arbitrary<Ratio> smallRatios() {
        return Combinators.combine(Arbitraries.longs().between(-20, 20), Arbitraries.longs().between(1, 8))
                .as(Ratio::of);
    }

    /** Ratios beyond the {@code long} range: up to 130-bit numerators and denominators. */
    static Arbitrary<Ratio> hugeRatios() {
        BigInteger bound = BigInteger.ONE.shiftLeft(130);
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(bound.negate(), bound),
                        Arbitraries.bigIntegers().between(BigInteger.ONE, bound))
                .as(Ratio::of);
    }

    /** Any ratio of the three kinds above. */
    static Arbitrary<Ratio> anyRatio() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, ratios()),
                Tuple.of(3, smallRatios()),
                Tuple.of(1, hugeRatios()));
    }

    /** A split: one to eight non-negative ratios that sum to exactly one, and a tie order. */
    record Split(List<Ratio> ratios, int[] tieOrder) {
        @Override
        public String toString() {
            return ratios + " tieOrder=" + java.util.Arrays.toString(tieOrder);
        }
    }

    /**
     * Ratios made from random non-negative weights (not all zero) divided by their sum, so that
     * they sum to one exactly; small weights make exact ties common, large ones make the
     * denominators exceed 64 bits.
     */
    static Arbitrary<List<Ratio>> ratiosSummingToOne() {
        return ratiosSummingToOne(1, 8);
    }

    static Arbitrary<List<Ratio>> ratiosSummingToOne(int minSize, int maxSize) {
        Arbitrary<Long> weight = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, 4)),
                Tuple.of(1, Arbitraries.longs().between(0, 1_000_000)),
                Tuple.of(2, Arbitraries.longs().between(0, Long.MAX_VALUE)));
        return weight.list().ofMinSize(minSize).ofMaxSize(maxSize)
                .filter(ws -> ws.stream().anyMatch(w -> w > 0))
                .map(MoneyArbitraries::normalise);
    }

    static List<Ratio> normalise(List<Long> weights) {
        BigInteger sum = weights.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        List<Ratio> ratios = new ArrayList<>(weights.size());
        for (long w : weights) {
            ratios.add(Ratio.of(BigInteger.valueOf(w), sum));
        }
        return ratios;
    }

    /** A permutation of {@code 0 .. n-1}. */
    static Arbitrary<int[]> permutations(int n) {
        List<Integer> indices = IntStream.range(0, n).boxed().toList();
        return Arbitraries.shuffle(indices).map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Ratios summing to one with a random tie order. */
    static Arbitrary<Split> splits() {
        return ratiosSummingToOne().flatMap(rs -> permutations(rs.size()).map(order -> new Split(rs, order)));
    }
}
