package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.MoneyArbitraries.Split;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class AllocationProperties {

    @Provide
    Arbitrary<Split> splits() {
        return MoneyArbitraries.splits();
    }

    @Provide
    Arbitrary<Long> amounts() {
        return MoneyArbitraries.nonNegativeFen();
    }

    /** Two amounts, the first no larger than the second, often only a few fen apart. */
    @Provide
    Arbitrary<long[]> orderedAmounts() {
        Arbitrary<long[]> close = Combinators.combine(MoneyArbitraries.nonNegativeFen(), Arbitraries.longs().between(0, 30))
                .as((a, d) -> new long[] {Math.min(a, Long.MAX_VALUE - d), Math.min(a, Long.MAX_VALUE - d) + d});
        Arbitrary<long[]> apart = MoneyArbitraries.nonNegativeFen().list().ofSize(2)
                .map(l -> new long[] {Math.min(l.get(0), l.get(1)), Math.max(l.get(0), l.get(1))});
        return Arbitraries.frequencyOf(Tuple.of(3, close), Tuple.of(1, apart));
    }

    private static long[] split(long amount, List<Ratio> ratios, int[] tieOrder) {
        return Allocation.byLargestRemainder(Money.ofFen(amount), ratios, tieOrder).stream()
                .mapToLong(Money::fen).toArray();
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /**
     * The oracle: a plain largest-remainder split. Floors first; then the leftover fen one at
     * a time, each to the part not yet served whose remainder is largest, scanning in tie order
     * so that the first of equal remainders wins. Remainders are compared as exact fractions
     * rem/den by cross-multiplication.
     */
    static long[] largestRemainderOracle(long amount, List<Ratio> ratios, int[] tieOrder) {
        int n = ratios.size();
        BigInteger total = big(amount);
        long[] parts = new long[n];
        BigInteger[] rem = new BigInteger[n];
        BigInteger[] den = new BigInteger[n];
        BigInteger allotted = BigInteger.ZERO;
        for (int i = 0; i < n; i++) {
            BigInteger exactTimesDen = total.multiply(ratios.get(i).numerator());
            den[i] = ratios.get(i).denominator();
            BigInteger floor = exactTimesDen.divide(den[i]);
            rem[i] = exactTimesDen.subtract(floor.multiply(den[i]));
            parts[i] = floor.longValueExact();
            allotted = allotted.add(floor);
        }
        long leftover = total.subtract(allotted).longValueExact();
        boolean[] served = new boolean[n];
        for (long k = 0; k < leftover; k++) {
            int best = -1;
            for (int i : tieOrder) {
                if (!served[i] && (best < 0 || rem[i].multiply(den[best]).compareTo(rem[best].multiply(den[i])) > 0)) {
                    best = i;
                }
            }
            served[best] = true;
            parts[best]++;
        }
        return parts;
    }

    @Property
    void partsSumExactlyToTheAmount(@ForAll("amounts") long amount, @ForAll("splits") Split split) {
        long[] parts = split(amount, split.ratios(), split.tieOrder());
        assertEquals(split.ratios().size(), parts.length);
        BigInteger sum = BigInteger.ZERO;
        for (long part : parts) {
            assertTrue(part >= 0);
            sum = sum.add(big(part));
        }
        assertEquals(big(amount), sum);
    }

    @Property
    void eachPartIsWithinOneFenOfItsExactShare(@ForAll("amounts") long amount, @ForAll("splits") Split split) {
        long[] parts = split(amount, split.ratios(), split.tieOrder());
        for (int i = 0; i < parts.length; i++) {
            Ratio r = split.ratios().get(i);
            // |part − amount × p/q| < 1  ⇔  |part × q − amount × p| < q
            BigInteger distance = big(parts[i]).multiply(r.denominator()).subtract(big(amount).multiply(r.numerator())).abs();
            assertTrue(distance.compareTo(r.denominator()) < 0, () -> "part " + distance + " too far from " + r);
        }
    }

    @Property
    void partsEqualAPlainLargestRemainderSplit(@ForAll("amounts") long amount, @ForAll("splits") Split split) {
        List<Long> expected = boxed(largestRemainderOracle(amount, split.ratios(), split.tieOrder()));
        assertEquals(expected, boxed(split(amount, split.ratios(), split.tieOrder())), split::toString);
    }

    @Property
    void withoutATieOrderTheEarlierPartComesFirst(@ForAll("amounts") long amount, @ForAll("splits") Split split) {
        int[] identity = IntStream.range(0, split.ratios().size()).toArray();
        assertEquals(Allocation.byLargestRemainder(Money.ofFen(amount), split.ratios(), identity),
                Allocation.byLargestRemainder(Money.ofFen(amount), split.ratios()));
    }

    @Property
    void permutingTheTieOrderOnlyMovesFenAmongExactlyTiedParts(
            @ForAll("amounts") long amount, @ForAll("splits") Split split, @ForAll("seeds") long seed) {
        List<Ratio> ratios = split.ratios();
        int n = ratios.size();
        List<Integer> shuffled = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(shuffled, new java.util.Random(seed));
        int[] other = shuffled.stream().mapToInt(Integer::intValue).toArray();
        long[] a = split(amount, ratios, split.tieOrder());
        long[] b = split(amount, ratios, other);
        BigInteger[] rem = new BigInteger[n];
        for (int i = 0; i < n; i++) {
            BigInteger exact = big(amount).multiply(ratios.get(i).numerator());
            rem[i] = exact.mod(ratios.get(i).denominator());
        }
        for (int i = 0; i < n; i++) {
            // the class of parts whose remainder equals part i's exactly
            long sumA = 0;
            long sumB = 0;
            int members = 0;
            for (int j = 0; j < n; j++) {
                if (rem[i].multiply(ratios.get(j).denominator()).equals(rem[j].multiply(ratios.get(i).denominator()))) {
                    sumA += a[j];
                    sumB += b[j];
                    members++;
                }
            }
            assertTrue(Math.abs(a[i] - b[i]) <= 1);
            assertEquals(sumA, sumB, "a tie class keeps its fen");
            if (members == 1) {
                assertEquals(a[i], b[i], "a part with no exact tie never moves");
            }
        }
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    // ---- monotonicity --------------------------------------------------------------------

    @Property
    void aLargerAmountNeverGivesASmallerPartWhenThereAreTwoParts(
            @ForAll("orderedAmounts") long[] amounts, @ForAll("twoParts") Split split) {
        long[] smaller = split(amounts[0], split.ratios(), split.tieOrder());
        long[] larger = split(amounts[1], split.ratios(), split.tieOrder());
        for (int i = 0; i < smaller.length; i++) {
            assertTrue(larger[i] >= smaller[i], () -> amounts[0] + " → " + amounts[1]);
        }
    }

    @Provide
    Arbitrary<Split> twoParts() {
        return MoneyArbitraries.ratiosSummingToOne(2, 2)
                .flatMap(rs -> MoneyArbitraries.permutations(2).map(order -> new Split(rs, order)));
    }

    @Property
    void aLargerAmountNeverGivesASmallerPartWhenThePartsAreEqual(
            @ForAll("orderedAmounts") long[] amounts, @ForAll @IntRange(min = 1, max = 8) int n,
            @ForAll("seeds") long seed) {
        List<Ratio> equal = Collections.nCopies(n, Ratio.of(1, n));
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, new java.util.Random(seed));
        int[] tieOrder = order.stream().mapToInt(Integer::intValue).toArray();
        long[] smaller = split(amounts[0], equal, tieOrder);
        long[] larger = split(amounts[1], equal, tieOrder);
        for (int i = 0; i < n; i++) {
            assertTrue(larger[i] >= smaller[i], () -> amounts[0] + " → " + amounts[1]);
        }
    }

    /**
     * With three or more unequal parts a larger amount can take a fen from a part (the Alabama
     * paradox, see {@code AllocationTest.oneMoreFenCanTakeAFenFromAPart}); never more than one.
     */
    @Property
    void aLargerAmountNeverTakesMoreThanOneFenFromAPart(
            @ForAll("orderedAmounts") long[] amounts, @ForAll("splits") Split split) {
        long[] smaller = split(amounts[0], split.ratios(), split.tieOrder());
        long[] larger = split(amounts[1], split.ratios(), split.tieOrder());
        for (int i = 0; i < smaller.length; i++) {
            assertTrue(larger[i] >= smaller[i] - 1, () -> amounts[0] + " → " + amounts[1]);
        }
    }

    // ---- evenly --------------------------------------------------------------------------

    @Property
    void evenlySumsExactlyDiffersByAtMostOneAndEarlierPartsAreNeverSmaller(
            @ForAll("amounts") long amount, @ForAll @IntRange(min = 1, max = 40) int count) {
        List<Money> parts = Allocation.evenly(Money.ofFen(amount), count);
        assertEquals(count, parts.size());
        assertEquals(big(amount), parts.stream().map(m -> big(m.fen())).reduce(BigInteger.ZERO, BigInteger::add));
        long first = parts.get(0).fen();
        for (int i = 0; i < count; i++) {
            long part = parts.get(i).fen();
            assertTrue(first - part >= 0 && first - part <= 1);
            if (i > 0) {
                assertTrue(parts.get(i - 1).fen() >= part);
            }
        }
    }

    @Property
    void evenlyIsTheLargestRemainderSplitByEqualRatios(
            @ForAll("amounts") long amount, @ForAll @IntRange(min = 1, max = 12) int count) {
        assertEquals(Allocation.byLargestRemainder(Money.ofFen(amount), Collections.nCopies(count, Ratio.of(1, count))),
                Allocation.evenly(Money.ofFen(amount), count));
    }

    // ---- rejected input ------------------------------------------------------------------

    @Property
    void everyNegativeAmountIsRejected(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long amount, @ForAll("splits") Split split) {
        assertThrows(IllegalArgumentException.class,
                () -> Allocation.byLargestRemainder(Money.ofFen(amount), split.ratios(), split.tieOrder()));
        assertThrows(IllegalArgumentException.class, () -> Allocation.evenly(Money.ofFen(amount), 3));
    }

    @Property
    void ratiosThatMissOneByAnyAmountAreRejected(
            @ForAll("amounts") long amount, @ForAll("splits") Split split,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long q, @ForAll boolean over) {
        List<Ratio> ratios = new ArrayList<>(split.ratios());
        int last = ratios.size() - 1;
        Ratio nudged = over ? ratios.get(last).plus(Ratio.of(1, q)) : ratios.get(last).minus(Ratio.of(1, q));
        ratios.set(last, nudged);
        assertThrows(IllegalArgumentException.class,
                () -> Allocation.byLargestRemainder(Money.ofFen(amount), ratios, split.tieOrder()));
    }

    private static List<Long> boxed(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}
