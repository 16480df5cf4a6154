package io.github.baozhang.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits an amount into parts by exact ratios, by the largest-remainder method, so that the
 * parts always sum back to the amount exactly.
 *
 * <p>Each part first gets the floor of {@code amount × ratio}; the fen left over (fewer than
 * the number of parts) then go one each to the parts with the largest fractional remainders.
 * Where remainders are equal, the tie order decides: the part that comes first in it gets its
 * fen first. Hence every part is within one fen of its exact share, and the result depends
 * only on the amount, the ratios and the tie order.
 *
 * <p>Example: 100 fen by thirds with ties going to the last part first gives 33 / 33 / 34;
 * 101 fen gives 33 / 34 / 34.
 *
 * <p>The intermediate products are exact ({@link BigInteger}), so any amount up to
 * {@code Long.MAX_VALUE} fen is split correctly. This class is a stateless utility.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * Splits an amount by ratios; ties go to the earlier part first.
     *
     * @param amount  the amount, zero or more, not null
     * @param ratios  the ratios, each zero or more, summing to exactly one, not null
     * @return the parts in the order of the ratios, unmodifiable, summing to {@code amount}
     * @throws IllegalArgumentException if the amount is negative, a ratio is negative, the
     *     ratios do not sum to one, or there are none
     */
    public static List<Money> byLargestRemainder(Money amount, List<Ratio> ratios) {
        Objects.requireNonNull(ratios, "ratios");
        int[] order = new int[ratios.size()];
        Arrays.setAll(order, i -> i);
        return byLargestRemainder(amount, ratios, order);
    }

    /**
     * Splits an amount by ratios with an explicit tie order.
     *
     * @param amount  the amount, zero or more, not null
     * @param ratios  the ratios, each zero or more, summing to exactly one, not null
     * @param tieOrder  a permutation of the indices of {@code ratios}: among equal remainders,
     *     the index that comes first here gets its extra fen first; not null
     * @return the parts in the order of the ratios, unmodifiable, summing to {@code amount}
     * @throws IllegalArgumentException if the amount is negative, a ratio is negative, the
     *     ratios do not sum to one, there are none, or the tie order is not a permutation
     */
    public static List<Money> byLargestRemainder(Money amount, List<Ratio> ratios, int... tieOrder) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ratios, "ratios");
        Objects.requireNonNull(tieOrder, "tieOrder");
        int n = ratios.size();
        if (n == 0) {
            throw new IllegalArgumentException("no ratios");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount is negative: " + amount.fen());
        }
        Ratio sum = Ratio.ZERO;
        for (Ratio r : ratios) {
            if (Objects.requireNonNull(r, "ratio").signum() < 0) {
                throw new IllegalArgumentException("negative ratio: " + r);
            }
            sum = sum.plus(r);
        }
        if (!sum.equals(Ratio.ONE)) {
            throw new IllegalArgumentException("ratios sum to " + sum + ", not 1");
        }
        int[] rank = rankOf(tieOrder, n);

        BigInteger total = BigInteger.valueOf(amount.fen());
        long[] parts = new long[n];
        BigInteger[] remainders = new BigInteger[n];
        long allotted = 0;
        for (int i = 0; i < n; i++) {
            Ratio r = ratios.get(i);
            BigInteger[] qr = total.multiply(r.numerator()).divideAndRemainder(r.denominator());
            parts[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            allotted += parts[i];
        }
        long leftover = amount.fen() - allotted;

        List<Integer> byRemainder = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort((a, b) -> {
            // Compare remainder_a / den_a with remainder_b / den_b, larger first.
            BigInteger left = remainders[a].multiply(ratios.get(b).denominator());
            BigInteger right = remainders[b].multiply(ratios.get(a).denominator());
            int cmp = right.compareTo(left);
            return cmp != 0 ? cmp : Integer.compare(rank[a], rank[b]);
        });
        for (int k = 0; k < leftover; k++) {
            parts[byRemainder.get(k)]++;
        }

        List<Money> result = new ArrayList<>(n);
        for (long part : parts) {
            result.add(Money.ofFen(part));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Splits an amount into {@code count} parts as equal as possible; the earlier parts get the
     * extra fen. Used for instalment plans.
     *
     * @param amount  the amount, zero or more, not null
     * @param count  the number of parts, one or more
     * @return the parts, unmodifiable, summing to {@code amount}
     * @throws IllegalArgumentException if the amount is negative or count is below one
     */
    public static List<Money> evenly(Money amount, int count) {
        Objects.requireNonNull(amount, "amount");
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more: " + count);
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount is negative: " + amount.fen());
        }
        long base = amount.fen() / count;
        long extra = amount.fen() % count;
        List<Money> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            result.add(Money.ofFen(i < extra ? base + 1 : base));
        }
        return Collections.unmodifiableList(result);
    }

    private static int[] rankOf(int[] tieOrder, int n) {
        if (tieOrder.length != n) {
            throw new IllegalArgumentException("tie order has " + tieOrder.length + " entries, not " + n);
        }
        int[] rank = new int[n];
        Arrays.fill(rank, -1);
        for (int pos = 0; pos < n; pos++) {
            int index = tieOrder[pos];
            if (index < 0 || index >= n || rank[index] != -1) {
                throw new IllegalArgumentException("tie order is not a permutation: " + Arrays.toString(tieOrder));
            }
            rank[index] = pos;
        }
        return rank;
    }
}
