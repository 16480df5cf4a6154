package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.funding.FundingSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationTest {

    private static final List<Ratio> THIRDS = List.of(Ratio.ONE_THIRD, Ratio.ONE_THIRD, Ratio.ONE_THIRD);
    /** Funding rule 2: ties go first to FISCAL, then SOCIAL, then ENTERPRISE. */
    private static final int[] FISCAL_SOCIAL_ENTERPRISE = {
        FundingSource.FISCAL.ordinal(), FundingSource.SOCIAL.ordinal(), FundingSource.ENTERPRISE.ordinal(),
    };

    private static List<Long> fen(List<Money> parts) {
        return parts.stream().map(Money::fen).toList();
    }

    private static List<Long> split(long amount, List<Ratio> ratios, int... tieOrder) {
        return fen(Allocation.byLargestRemainder(Money.ofFen(amount), ratios, tieOrder));
    }

    // ---- funding rule 2 ------------------------------------------------------------------

    @ParameterizedTest(name = "{0} fen by thirds, ties to fiscal, social, enterprise: {1} / {2} / {3}")
    @CsvSource({
        "100, 33, 33, 34",
        "101, 33, 34, 34",
        "0,   0,  0,  0",
        "1,   0,  0,  1",
        "2,   0,  1,  1",
        "3,   1,  1,  1",
        "99,  33, 33, 33",
        "102, 34, 34, 34",
    })
    void thirdsGiveTheLeftoverFenToFiscalThenSocialThenEnterprise(long amount, long enterprise, long social, long fiscal) {
        assertEquals(List.of(enterprise, social, fiscal), split(amount, THIRDS, FISCAL_SOCIAL_ENTERPRISE));
    }

    @Test
    void thirdsOfTheLargestAmountSumBackExactly() {
        // Long.MAX_VALUE = 3k + 1
        long k = Long.MAX_VALUE / 3;
        assertEquals(List.of(k, k, k + 1), split(Long.MAX_VALUE, THIRDS, FISCAL_SOCIAL_ENTERPRISE));
        assertEquals(List.of(k + 1, k, k), fen(Allocation.byLargestRemainder(Money.ofFen(Long.MAX_VALUE), THIRDS)));
    }

    @Test
    void withoutATieOrderTiesGoToTheEarlierPartFirst() {
        assertEquals(List.of(34L, 33L, 33L), fen(Allocation.byLargestRemainder(Money.ofFen(100), THIRDS)));
        assertEquals(List.of(34L, 34L, 33L), fen(Allocation.byLargestRemainder(Money.ofFen(101), THIRDS)));
    }

    // ---- largest remainder before tie order ----------------------------------------------

    @Test
    void theLargerRemainderGetsTheFenWhateverTheTieOrder() {
        List<Ratio> twoFifthsThreeFifths = List.of(Ratio.of(2, 5), Ratio.of(3, 5));
        // 0.4 and 0.6: the 0.6 gets the fen even when the tie order prefers the other part
        assertEquals(List.of(0L, 1L), split(1, twoFifthsThreeFifths, 0, 1));
        assertEquals(List.of(0L, 1L), split(1, twoFifthsThreeFifths, 1, 0));
        List<Ratio> threeFifthsTwoFifths = List.of(Ratio.of(3, 5), Ratio.of(2, 5));
        assertEquals(List.of(1L, 0L), split(1, threeFifthsTwoFifths, 0, 1));
        assertEquals(List.of(1L, 0L), split(1, threeFifthsTwoFifths, 1, 0));
        // remainders over different denominators: 7 × 1/3 = 2.33, 7 × 2/3 = 4.67
        assertEquals(List.of(2L, 5L), split(7, List.of(Ratio.ONE_THIRD, Ratio.TWO_THIRDS), 0, 1));
        // 3 × 1/7 = 0.43 and 3 × 6/7 = 2.57: the remainder 0.57 beats 0.43 though index 0 is first
        assertEquals(List.of(0L, 3L), split(3, List.of(Ratio.of(1, 7), Ratio.of(6, 7)), 0, 1));
    }

    @Test
    void theTieOrderDecidesOnlyAmongEqualRemainders() {
        List<Ratio> ratios = List.of(Ratio.of(1, 10), Ratio.of(3, 10), Ratio.of(6, 10));
        // 5 fen: exact 0.5 / 1.5 / 3.0; one fen left over; parts 0 and 1 tie at one half
        assertEquals(List.of(1L, 1L, 3L), split(5, ratios, 0, 1, 2));
        assertEquals(List.of(0L, 2L, 3L), split(5, ratios, 1, 0, 2));
        assertEquals(List.of(0L, 2L, 3L), split(5, ratios, 2, 1, 0));
        assertEquals(List.of(1L, 1L, 3L), split(5, ratios, 2, 0, 1));
    }

    @Test
    void aZeroRatioGetsNothingEvenFirstInTheTieOrder() {
        List<Ratio> ratios = List.of(Ratio.ZERO, Ratio.of(1, 2), Ratio.of(1, 2));
        assertEquals(List.of(0L, 1L, 0L), split(1, ratios, 0, 1, 2));
        assertEquals(List.of(0L, 0L, 1L), split(1, ratios, 0, 2, 1));
        assertEquals(List.of(0L, 50L, 50L), split(100, ratios, 0, 1, 2));
    }

    @Test
    void aSingleRatioOfOneTakesTheWholeAmount() {
        assertEquals(List.of(Long.MAX_VALUE), split(Long.MAX_VALUE, List.of(Ratio.ONE), 0));
        assertEquals(List.of(0L), split(0, List.of(Ratio.ONE), 0));
    }

    @Test
    void eightUnequalPartsOfALargeAmount() {
        List<Ratio> ratios = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ratios.add(Ratio.of(1, 1L << i));
        }
        ratios.add(Ratio.of(1, 128));
        // 1000 × 1/2, 1/4, …, 1/128, 1/128 = 500, 250, 125, 62.5, 31.25, 15.625, 7.8125, 7.8125
        // floors sum to 997; the leftover 3 fen go to 0.8125, 0.8125, 0.625
        assertEquals(List.of(500L, 250L, 125L, 62L, 31L, 16L, 8L, 8L), split(1000, ratios, 0, 1, 2, 3, 4, 5, 6, 7));
    }

    @Test
    void thePartsAreUnmodifiable() {
        List<Money> parts = Allocation.byLargestRemainder(Money.ofFen(10), THIRDS);
        assertThrows(UnsupportedOperationException.class, () -> parts.add(Money.zero()));
        List<Money> even = Allocation.evenly(Money.ofFen(10), 3);
        assertThrows(UnsupportedOperationException.class, () -> even.set(0, Money.zero()));
    }

    /**
     * The largest-remainder method is not monotone in the amount (the Alabama paradox of
     * Hamilton's apportionment): with an enterprise ratio of 1/5, one more fen to split takes a
     * fen away from the enterprise. Funding rule 2 prescribes the method, so this is how the
     * split behaves; {@code AllocationProperties} checks the bound that does hold (never more
     * than one fen) and full monotonicity where it holds (two parts, equal parts).
     */
    @Test
    void oneMoreFenCanTakeAFenFromAPart() {
        List<Ratio> ratios = List.of(Ratio.of(1, 5), Ratio.ONE_THIRD, Ratio.of(7, 15));
        assertEquals(List.of(2L, 2L, 3L), split(7, ratios, FISCAL_SOCIAL_ENTERPRISE));
        assertEquals(List.of(1L, 3L, 4L), split(8, ratios, FISCAL_SOCIAL_ENTERPRISE));
    }

    // ---- evenly --------------------------------------------------------------------------

    @Test
    void evenlyGivesTheExtraFenToTheEarlierParts() {
        assertEquals(List.of(4L, 3L, 3L), fen(Allocation.evenly(Money.ofFen(10), 3)));
        assertEquals(List.of(4L, 4L, 3L), fen(Allocation.evenly(Money.ofFen(11), 3)));
        assertEquals(List.of(1L, 1L, 0L, 0L, 0L), fen(Allocation.evenly(Money.ofFen(2), 5)));
        assertEquals(List.of(0L, 0L, 0L), fen(Allocation.evenly(Money.zero(), 3)));
        assertEquals(List.of(Long.MAX_VALUE), fen(Allocation.evenly(Money.ofFen(Long.MAX_VALUE), 1)));
        assertEquals(List.of(Long.MAX_VALUE / 2 + 1, Long.MAX_VALUE / 2),
                fen(Allocation.evenly(Money.ofFen(Long.MAX_VALUE), 2)));
    }

    @Test
    void evenlyRejectsANegativeAmountAndFewerThanOnePart() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.evenly(Money.ofFen(-1), 3));
        assertThrows(IllegalArgumentException.class, () -> Allocation.evenly(Money.ofFen(10), 0));
        assertThrows(IllegalArgumentException.class, () -> Allocation.evenly(Money.ofFen(10), -1));
        assertEquals("amount", assertThrows(NullPointerException.class, () -> Allocation.evenly(null, 1)).getMessage());
    }

    // ---- rejected input ------------------------------------------------------------------

    private static void assertRejected(String messagePart, Money amount, List<Ratio> ratios, int... tieOrder) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Allocation.byLargestRemainder(amount, ratios, tieOrder));
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
    }

    @Test
    void rejectsANegativeAmount() {
        assertRejected("amount is negative", Money.ofFen(-1), THIRDS, 0, 1, 2);
        assertRejected("amount is negative", Money.ofFen(Long.MIN_VALUE), THIRDS, 0, 1, 2);
        assertThrows(IllegalArgumentException.class, () -> Allocation.byLargestRemainder(Money.ofFen(-1), THIRDS));
    }

    @Test
    void rejectsANegativeRatioEvenWhenTheSumIsOne() {
        assertRejected("negative ratio", Money.ofFen(100),
                List.of(Ratio.of(-1, 3), Ratio.TWO_THIRDS, Ratio.TWO_THIRDS), 0, 1, 2);
        assertRejected("negative ratio", Money.ofFen(100), List.of(Ratio.of(2, 1), Ratio.of(-1, 1)), 0, 1);
    }

    @Test
    void rejectsRatiosThatDoNotSumToOne() {
        assertRejected("not 1", Money.ofFen(100), List.of(Ratio.ONE_THIRD, Ratio.ONE_THIRD), 0, 1);
        assertRejected("not 1", Money.ofFen(100), List.of(Ratio.TWO_THIRDS, Ratio.TWO_THIRDS), 0, 1);
        assertRejected("not 1", Money.ofFen(100), List.of(Ratio.ZERO), 0);
        assertRejected("not 1", Money.ofFen(0), List.of(Ratio.of(999_999, 1_000_000)), 0);
    }

    @Test
    void rejectsNoRatios() {
        assertRejected("no ratios", Money.ofFen(100), List.of());
        assertThrows(IllegalArgumentException.class, () -> Allocation.byLargestRemainder(Money.ofFen(100), List.of()));
    }

    @Test
    void rejectsATieOrderThatIsNotAPermutation() {
        Money amount = Money.ofFen(100);
        assertRejected("tie order has 2 entries, not 3", amount, THIRDS, 0, 1);
        assertRejected("tie order has 4 entries, not 3", amount, THIRDS, 0, 1, 2, 0);
        assertRejected("not a permutation", amount, THIRDS, 0, 1, 1);
        assertRejected("not a permutation", amount, THIRDS, 2, 2, 2);
        assertRejected("not a permutation", amount, THIRDS, -1, 0, 1);
        assertRejected("not a permutation", amount, THIRDS, 0, 1, 3);
        assertRejected("not a permutation", amount, THIRDS, 1, 2, 3);
        assertRejected("not a permutation", amount, THIRDS, Integer.MIN_VALUE, 0, 1);
    }

    @Test
    void requiresAmountRatiosAndTieOrder() {
        assertEquals("amount", assertThrows(NullPointerException.class,
                () -> Allocation.byLargestRemainder(null, THIRDS)).getMessage());
        assertEquals("ratios", assertThrows(NullPointerException.class,
                () -> Allocation.byLargestRemainder(Money.zero(), null)).getMessage());
        assertEquals("ratios", assertThrows(NullPointerException.class,
                () -> Allocation.byLargestRemainder(Money.zero(), null, 0)).getMessage());
        assertEquals("tieOrder", assertThrows(NullPointerException.class,
                () -> Allocation.byLargestRemainder(Money.zero(), THIRDS, (int[]) null)).getMessage());
        assertEquals("ratio", assertThrows(NullPointerException.class,
                () -> Allocation.byLargestRemainder(Money.zero(), Arrays.asList(Ratio.ONE, null), 0, 1)).getMessage());
    }
}
