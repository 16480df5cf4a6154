package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import org.junit.jupiter.api.Test;

class BackstopTest {

    private final Backstop backstop = Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(60));

    @Test
    void aBackstopNamesTheSourceThePayerAndTheGap() {
        assertEquals(FundingSource.ENTERPRISE, backstop.source());
        assertEquals(Payer.SHOUGANG_HQ, backstop.payer());
        assertEquals(Money.ofFen(60), backstop.amount());
    }

    @Test
    void aGapOfOneFenCanBeBackstopped() {
        assertEquals(Money.ofFen(1), Backstop.of(FundingSource.FISCAL, Payer.FINANCE_LOCAL, Money.ofFen(1)).amount());
    }

    @Test
    void thereIsNoBackstopWithoutAGap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.zero()));
        assertEquals("a backstop covers a gap of more than zero: 0", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Backstop.of(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, Money.ofFen(-1)));
    }

    @Test
    void equalBackstopsAreEqualWithEqualHashCodes() {
        Backstop same = Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(60));
        assertTrue(backstop.equals(backstop));
        assertTrue(backstop.equals(same));
        assertEquals(backstop.hashCode(), same.hashCode());
    }

    @Test
    void backstopsDifferingInSourcePayerOrAmountAreNotEqual() {
        assertNotEquals(backstop, Backstop.of(FundingSource.SOCIAL, Payer.SHOUGANG_HQ, Money.ofFen(60)));
        assertNotEquals(backstop, Backstop.of(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, Money.ofFen(60)));
        assertNotEquals(backstop, Backstop.of(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, Money.ofFen(61)));
        assertNotEquals(backstop.hashCode(),
                Backstop.of(FundingSource.FISCAL, Payer.FINANCE_CENTRAL, Money.ofFen(7)).hashCode());
        assertFalse(backstop.equals(null));
        assertFalse(backstop.equals(Money.ofFen(60)));
    }

    @Test
    void toStringShowsWhoMakesUpWhichGap() {
        assertEquals("Backstop{ENTERPRISE -> SHOUGANG_HQ: 0.60}", backstop.toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("source", assertThrows(NullPointerException.class,
                () -> Backstop.of(null, Payer.FINANCE_LOCAL, Money.ofFen(1))).getMessage());
        assertEquals("payer", assertThrows(NullPointerException.class,
                () -> Backstop.of(FundingSource.FISCAL, null, Money.ofFen(1))).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class,
                () -> Backstop.of(FundingSource.FISCAL, Payer.FINANCE_LOCAL, null)).getMessage());
    }
}
