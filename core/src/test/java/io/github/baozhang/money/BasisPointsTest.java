package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasisPointsTest {

    /** Funding rule 7: arrival rates are capped at a hundred times the plan. */
    private static final long CAP = 1_000_000;

    @Test
    void oneWholeIsTenThousandBasisPoints() {
        assertEquals(10_000, BasisPoints.ONE_WHOLE);
        assertEquals(BasisPoints.of(10_000), BasisPoints.floorOf(Ratio.ONE));
        assertEquals(Ratio.ONE, BasisPoints.of(10_000).toRatio());
    }

    @Test
    void ofAcceptsZeroAndMoreAndRejectsNegatives() {
        assertEquals(0, BasisPoints.of(0).value());
        assertEquals(1, BasisPoints.of(1).value());
        assertEquals(Long.MAX_VALUE, BasisPoints.of(Long.MAX_VALUE).value());
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.of(-1));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.of(Long.MIN_VALUE));
    }

    @Test
    void floorOfRoundsDown() {
        assertEquals(3333, BasisPoints.floorOf(Ratio.ONE_THIRD).value());
        assertEquals(6666, BasisPoints.floorOf(Ratio.TWO_THIRDS).value());
        assertEquals(0, BasisPoints.floorOf(Ratio.ZERO).value());
        assertEquals(0, BasisPoints.floorOf(Ratio.of(9_999, 100_000_000)).value());
        assertEquals(9, BasisPoints.floorOf(Ratio.of(9_999, 10_000_000)).value());
        assertEquals(1, BasisPoints.floorOf(Ratio.of(1, 10_000)).value());
        assertEquals(9_999, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE - 1, Long.MAX_VALUE)).value());
        assertEquals(10_000, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE - 1)).value());
        assertEquals(15_000, BasisPoints.floorOf(Ratio.of(3, 2)).value());
    }

    @Test
    void floorOfIsExactBeyondSixtyFourBitIntermediates() {
        // 10000 × received overflows a long; the rate does not
        assertEquals(Long.MAX_VALUE, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, 10_000)).value());
        assertEquals(3333, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE / 3, Long.MAX_VALUE)).value());
        // the rate itself leaves the long range
        assertThrows(ArithmeticException.class, () -> BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, 9_999)));
        assertThrows(ArithmeticException.class, () -> BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, 1)));
    }

    @Test
    void theCappedFloorNeverExceedsTheCap() {
        assertEquals(990_000, BasisPoints.floorOf(Ratio.of(99, 1), CAP).value());
        assertEquals(CAP, BasisPoints.floorOf(Ratio.of(100, 1), CAP).value());
        assertEquals(CAP, BasisPoints.floorOf(Ratio.of(1_000_001, 10_000), CAP).value());
        assertEquals(999_999, BasisPoints.floorOf(Ratio.of(999_999, 10_000), CAP).value());
        assertEquals(CAP, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, 1), CAP).value());
        assertEquals(0, BasisPoints.floorOf(Ratio.ONE, 0).value());
        assertEquals(Long.MAX_VALUE, BasisPoints.floorOf(Ratio.of(Long.MAX_VALUE, 1), Long.MAX_VALUE).value());
        assertEquals(3333, BasisPoints.floorOf(Ratio.ONE_THIRD, CAP).value());
    }

    @Test
    void negativeRatiosAndCapsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(-1, 3)));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(1, -3)));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(-1, 3), CAP));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.ONE, -1));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.ONE, Long.MIN_VALUE));
        assertEquals("ratio", assertThrows(NullPointerException.class, () -> BasisPoints.floorOf(null)).getMessage());
        assertEquals("ratio", assertThrows(NullPointerException.class, () -> BasisPoints.floorOf(null, CAP)).getMessage());
    }

    @Test
    void toRatioIsValueOverTenThousand() {
        assertEquals(Ratio.of(3333, 10_000), BasisPoints.of(3333).toRatio());
        assertEquals(Ratio.ZERO, BasisPoints.of(0).toRatio());
        assertEquals(Ratio.of(Long.MAX_VALUE, 10_000), BasisPoints.of(Long.MAX_VALUE).toRatio());
    }

    @Test
    void applyToMultipliesAndRoundsAsTold() {
        assertEquals(Money.ofFen(33), BasisPoints.of(3333).applyTo(Money.ofFen(100), RoundingMode.DOWN));
        assertEquals(Money.ofFen(3333), BasisPoints.of(3333).applyTo(Money.ofFen(10_000), RoundingMode.UNNECESSARY));
        assertEquals(Money.ofFen(2), BasisPoints.of(5_000).applyTo(Money.ofFen(3), RoundingMode.HALF_UP));
        assertEquals(Money.ofFen(1), BasisPoints.of(5_000).applyTo(Money.ofFen(3), RoundingMode.HALF_DOWN));
        assertEquals(Money.ofFen(-2), BasisPoints.of(5_000).applyTo(Money.ofFen(-3), RoundingMode.FLOOR));
        assertEquals(Money.ofFen(Long.MAX_VALUE), BasisPoints.of(10_000).applyTo(Money.ofFen(Long.MAX_VALUE), RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class, () -> BasisPoints.of(5_000).applyTo(Money.ofFen(3), RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class,
                () -> BasisPoints.of(10_001).applyTo(Money.ofFen(Long.MAX_VALUE), RoundingMode.DOWN));
    }

    @Test
    void equalRatesAreEqualAndOrderedByValue() {
        BasisPoints a = BasisPoints.of(3333);
        assertEquals(a, BasisPoints.floorOf(Ratio.ONE_THIRD));
        assertEquals(a.hashCode(), BasisPoints.floorOf(Ratio.ONE_THIRD).hashCode());
        assertEquals(a, a);
        assertNotEquals(a, BasisPoints.of(3334));
        assertNotEquals(a, 3333L);
        assertNotEquals(a, null);
        assertTrue(a.compareTo(BasisPoints.of(3334)) < 0);
        assertTrue(a.compareTo(BasisPoints.of(3332)) > 0);
        assertEquals(0, a.compareTo(BasisPoints.of(3333)));
    }

    @Test
    void distinctRatesSpreadOverDistinctHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        for (long bp = 0; bp <= 1000; bp++) {
            hashes.add(BasisPoints.of(bp).hashCode());
        }
        assertEquals(1001, hashes.size());
    }

    @Test
    void toStringIsDigitsAndBp() {
        assertEquals("3333bp", BasisPoints.of(3333).toString());
        assertEquals("0bp", BasisPoints.of(0).toString());
        assertEquals("9223372036854775807bp", BasisPoints.of(Long.MAX_VALUE).toString());
    }
}
