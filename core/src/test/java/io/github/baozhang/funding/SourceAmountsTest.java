package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SourceAmountsTest {

    private final SourceAmounts amounts = SourceAmounts.ofFen(1, 20, 300);

    @Test
    void eachSourceHasItsOwnAmount() {
        assertEquals(Money.ofFen(1), amounts.enterprise());
        assertEquals(Money.ofFen(20), amounts.social());
        assertEquals(Money.ofFen(300), amounts.fiscal());
        assertEquals(Money.ofFen(1), amounts.get(FundingSource.ENTERPRISE));
        assertEquals(Money.ofFen(20), amounts.get(FundingSource.SOCIAL));
        assertEquals(Money.ofFen(300), amounts.get(FundingSource.FISCAL));
    }

    @Test
    void ofAndOfFenAgree() {
        assertEquals(amounts, SourceAmounts.of(Money.ofFen(1), Money.ofFen(20), Money.ofFen(300)));
    }

    @Test
    void zeroIsZeroForEverySource() {
        assertEquals(SourceAmounts.ofFen(0, 0, 0), SourceAmounts.zero());
        assertSame(SourceAmounts.zero(), SourceAmounts.zero());
        assertEquals(Money.zero(), SourceAmounts.zero().total());
    }

    @Test
    void theTotalIsTheSumOfTheThree() {
        assertEquals(Money.ofFen(321), amounts.total());
        assertEquals(BigInteger.valueOf(321), amounts.exactTotalFen());
    }

    @Test
    void theExactTotalGoesBeyondSixtyFourBitsWhereTheTotalCannot() {
        SourceAmounts max = SourceAmounts.ofFen(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(3)), max.exactTotalFen());
        assertThrows(ArithmeticException.class, max::total);
    }

    @Test
    void negativeAmountsAreRepresentableForAReaderToReport() {
        SourceAmounts negative = SourceAmounts.ofFen(-1, -2, 0);
        assertEquals(Money.ofFen(-3), negative.total());
        assertEquals(BigInteger.valueOf(-3), negative.exactTotalFen());
    }

    @Test
    void equalAmountsAreEqualWithEqualHashCodes() {
        SourceAmounts same = SourceAmounts.ofFen(1, 20, 300);
        assertTrue(amounts.equals(amounts));
        assertTrue(amounts.equals(same));
        assertEquals(amounts.hashCode(), same.hashCode());
    }

    @Test
    void amountsDifferingInAnySourceAreNotEqual() {
        assertNotEquals(amounts, SourceAmounts.ofFen(2, 20, 300));
        assertNotEquals(amounts, SourceAmounts.ofFen(1, 21, 300));
        assertNotEquals(amounts, SourceAmounts.ofFen(1, 20, 301));
        assertNotEquals(amounts.hashCode(), SourceAmounts.ofFen(300, 20, 1).hashCode());
        assertFalse(amounts.equals(null));
        assertFalse(amounts.equals(Money.ofFen(321)));
    }

    @Test
    void toStringNamesEachSourceInYuan() {
        assertEquals("{enterprise=0.01, social=0.20, fiscal=3.00}", amounts.toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> SourceAmounts.of(null, Money.zero(), Money.zero())).getMessage());
        assertEquals("social", assertThrows(NullPointerException.class,
                () -> SourceAmounts.of(Money.zero(), null, Money.zero())).getMessage());
        assertEquals("fiscal", assertThrows(NullPointerException.class,
                () -> SourceAmounts.of(Money.zero(), Money.zero(), null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> amounts.get(null)).getMessage());
    }
}
