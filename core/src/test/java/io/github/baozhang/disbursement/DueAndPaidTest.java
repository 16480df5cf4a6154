package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DueAndPaidTest {

    @Test
    void holdsTwoExactAmounts() {
        DueAndPaid d = DueAndPaid.ofFen(36_100, 30_100);
        assertEquals(BigInteger.valueOf(36_100), d.dueFen());
        assertEquals(BigInteger.valueOf(30_100), d.paidFen());
        assertEquals(Money.ofFen(36_100), d.due());
        assertEquals(Money.ofFen(30_100), d.paid());
        assertTrue(d.isWithinLongRange());
        assertEquals("{dueFen=36100, paidFen=30100}", d.toString());
    }

    @Test
    void aSumBeyondTheLongRangeIsKeptWholeButIsNoMoney() {
        DisbursementSummary two = DisbursementSummary.ofRow(Long.MAX_VALUE, 0, 0, 0, true)
                .merge(DisbursementSummary.ofRow(1, Long.MAX_VALUE, 0, 0, true));
        DueAndPaid d = two.allowance();
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), d.dueFen());
        assertFalse(d.isWithinLongRange());
        assertThrows(ArithmeticException.class, d::due);
        assertEquals(Money.ofFen(Long.MAX_VALUE), d.paid());
        DueAndPaid paidOver = DisbursementSummary.ofRow(0, Long.MAX_VALUE, 0, 0, true)
                .merge(DisbursementSummary.ofRow(0, 1, 0, 0, true)).allowance();
        assertFalse(paidOver.isWithinLongRange());
        assertThrows(ArithmeticException.class, paidOver::paid);
        assertTrue(DueAndPaid.ofFen(Long.MAX_VALUE, Long.MAX_VALUE).isWithinLongRange());
    }

    @Test
    void amountsAreZeroOrMore() {
        assertThrows(IllegalArgumentException.class, () -> DueAndPaid.ofFen(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> DueAndPaid.ofFen(0, -1));
        assertEquals(BigInteger.ZERO, DueAndPaid.ofFen(0, 0).dueFen());
    }

    @Test
    void isAValue() {
        assertEquals(DueAndPaid.ofFen(1, 2), DueAndPaid.ofFen(1, 2));
        assertEquals(DueAndPaid.ofFen(1, 2).hashCode(), DueAndPaid.ofFen(1, 2).hashCode());
        assertNotEquals(DueAndPaid.ofFen(1, 2), DueAndPaid.ofFen(2, 1));
        assertNotEquals(DueAndPaid.ofFen(1, 2), DueAndPaid.ofFen(1, 3));
        assertNotEquals(DueAndPaid.ofFen(1, 2).hashCode(), DueAndPaid.ofFen(1, 3).hashCode());
        assertNotEquals(DueAndPaid.ofFen(1, 2), "1");
    }
}
