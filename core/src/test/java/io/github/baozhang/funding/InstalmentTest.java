package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class InstalmentTest {

    private static final YearMonth JAN_2000 = YearMonth.of(2000, 1);

    private final Instalment instalment = Instalment.of(JAN_2000, Money.ofFen(12_345));

    @Test
    void anInstalmentHasAMonthAndAnAmount() {
        assertEquals(JAN_2000, instalment.period());
        assertEquals(Money.ofFen(12_345), instalment.amount());
    }

    @Test
    void aZeroInstalmentIsAllowed() {
        assertEquals(Money.zero(), Instalment.of(JAN_2000, Money.zero()).amount());
    }

    @Test
    void aNegativeInstalmentIsNot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Instalment.of(JAN_2000, Money.ofFen(-1)));
        assertEquals("instalment is negative: -1", e.getMessage());
    }

    @Test
    void equalInstalmentsAreEqualWithEqualHashCodes() {
        Instalment same = Instalment.of(YearMonth.of(2000, 1), Money.ofFen(12_345));
        assertTrue(instalment.equals(instalment));
        assertTrue(instalment.equals(same));
        assertEquals(instalment.hashCode(), same.hashCode());
    }

    @Test
    void instalmentsDifferingInMonthOrAmountAreNotEqual() {
        assertNotEquals(instalment, Instalment.of(JAN_2000.plusMonths(1), Money.ofFen(12_345)));
        assertNotEquals(instalment, Instalment.of(JAN_2000, Money.ofFen(12_346)));
        assertNotEquals(instalment.hashCode(), Instalment.of(JAN_2000.plusMonths(1), Money.ofFen(1)).hashCode());
        assertFalse(instalment.equals(null));
        assertFalse(instalment.equals(JAN_2000));
    }

    @Test
    void toStringIsMonthAndYuan() {
        assertEquals("2000-01:123.45", instalment.toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("period", assertThrows(NullPointerException.class,
                () -> Instalment.of(null, Money.zero())).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class,
                () -> Instalment.of(JAN_2000, null)).getMessage());
    }
}
