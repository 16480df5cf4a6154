package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArrearsTest {

    private static final YearMonth JUL = YearMonth.of(1999, 7);
    private static final Money DUE = Money.parse("361.00");

    private static Money yuan(String s) {
        return Money.parse(s);
    }

    @Test
    void noneOwesNothing() {
        Arrears none = Arrears.none();
        assertTrue(none.isClear());
        assertEquals(Money.zero(), none.total());
        assertEquals(0, none.months());
        assertEquals(Optional.empty(), none.oldest());
        assertEquals(Optional.empty(), none.lastPeriod());
        assertEquals(Money.zero(), none.overpaid());
        assertEquals(Optional.empty(), none.finding("x"));
        assertSame(none, Arrears.none());
    }

    @Test
    void shortfallsAreCarriedMonthByMonthAndBackPayClearsTheOldestFirst() {
        Arrears a = Arrears.none().carry(JUL, DUE, yuan("300.00"));
        assertEquals(Map.of(JUL, yuan("61.00")), a.outstanding());
        a = a.carry(JUL.plusMonths(1), DUE, Money.zero());
        assertEquals(Map.of(JUL, yuan("61.00"), JUL.plusMonths(1), DUE), a.outstanding());
        assertEquals(yuan("422.00"), a.total());
        assertEquals(2, a.months());
        assertEquals(Optional.of(JUL), a.oldest());
        // September: 461 paid, 100 of back-pay: all of July's 61, then 39 of August's 361
        a = a.carry(JUL.plusMonths(2), DUE, yuan("461.00"));
        assertEquals(Map.of(JUL.plusMonths(1), yuan("322.00")), a.outstanding());
        assertEquals(yuan("322.00"), a.total());
        assertEquals(Optional.of(JUL.plusMonths(1)), a.oldest());
        assertEquals(Money.zero(), a.overpaid());
        // October: 400 of back-pay clears everything, 78 left over
        a = a.carry(JUL.plusMonths(3), DUE, yuan("761.00"));
        assertTrue(a.isClear());
        assertEquals(Money.zero(), a.total());
        assertEquals(yuan("78.00"), a.overpaid());
        assertEquals(Optional.of(JUL.plusMonths(3)), a.lastPeriod());
    }

    @Test
    void backPayThatClearsAMonthExactlyRemovesIt() {
        Arrears a = Arrears.none().carry(JUL, DUE, Money.zero()).carry(JUL.plusMonths(1), DUE, Money.zero())
                .carry(JUL.plusMonths(2), DUE, DUE.plus(DUE));
        assertEquals(Map.of(JUL.plusMonths(1), DUE), a.outstanding());
        assertEquals(Money.zero(), a.overpaid());
    }

    @Test
    void paidExactlyAddsNothing() {
        Arrears a = Arrears.none().carry(JUL, DUE, DUE);
        assertTrue(a.isClear());
        assertEquals(Optional.of(JUL), a.lastPeriod());
        assertEquals(Money.zero(), a.overpaid());
        assertEquals(Arrears.none().carry(JUL, Money.zero(), Money.zero()), a);
    }

    @Test
    void monthsMustComeInOrder() {
        Arrears a = Arrears.none().carry(JUL, DUE, DUE);
        assertThrows(IllegalArgumentException.class, () -> a.carry(JUL, DUE, DUE));
        assertThrows(IllegalArgumentException.class, () -> a.carry(JUL.minusMonths(1), DUE, DUE));
        assertEquals(Optional.of(JUL.plusMonths(5)), a.carry(JUL.plusMonths(5), DUE, DUE).lastPeriod(), "gaps are allowed");
    }

    @Test
    void negativeAmountsAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Arrears.none().carry(JUL, Money.ofFen(-1), DUE));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
        assertEquals(ProblemCode.VALUE_NEGATIVE,
                assertThrows(InvalidValueException.class, () -> Arrears.none().carry(JUL, DUE, Money.ofFen(-2))).code());
    }

    @Test
    void aTotalBeyondTheLongRangeThrows() {
        Arrears a = Arrears.none().carry(JUL, Money.ofFen(Long.MAX_VALUE), Money.zero());
        assertThrows(ArithmeticException.class, () -> a.carry(JUL.plusMonths(1), Money.ofFen(1), Money.zero()));
    }

    @Test
    void theFindingNamesAmountMonthsAndTheOldestMonth() {
        Arrears a = Arrears.none().carry(JUL, DUE, yuan("300.00")).carry(JUL.plusMonths(1), DUE, Money.zero());
        assertEquals(Optional.of(Finding.of(ProblemCode.DISBURSEMENT_ARREARS, "110105********002X",
                Map.of("arrearsFen", "42200", "months", "2", "oldestPeriod", "1999-07"))), a.finding("110105********002X"));
        assertThrows(NullPointerException.class, () -> a.finding(null));
    }

    @Test
    void isAValue() {
        Arrears a = Arrears.none().carry(JUL, DUE, yuan("300.00"));
        assertEquals(a, Arrears.none().carry(JUL, DUE, yuan("300.00")));
        assertEquals(a.hashCode(), Arrears.none().carry(JUL, DUE, yuan("300.00")).hashCode());
        assertNotEquals(a, Arrears.none().carry(JUL, DUE, yuan("300.01")));
        assertNotEquals(a.hashCode(), Arrears.none().carry(JUL, DUE, yuan("300.01")).hashCode());
        assertNotEquals(Arrears.none().carry(JUL, DUE, DUE), Arrears.none().carry(JUL.plusMonths(1), DUE, DUE));
        assertNotEquals(Arrears.none().carry(JUL, DUE, DUE), Arrears.none().carry(JUL, DUE, DUE.plus(DUE)));
        assertNotEquals(a, "a");
        assertEquals("Arrears{1999-07=61.00; overpaid=0.00}", a.toString());
        assertEquals("Arrears{1999-07=61.00, 1999-08=361.00; overpaid=0.00}",
                a.carry(JUL.plusMonths(1), DUE, Money.zero()).toString());
        assertFalse(a.isClear());
        assertThrows(UnsupportedOperationException.class, () -> a.outstanding().clear());
    }

    @Test
    void refusesNulls() {
        assertEquals("period", assertThrows(NullPointerException.class, () -> Arrears.none().carry(null, DUE, DUE)).getMessage());
        assertEquals("due", assertThrows(NullPointerException.class, () -> Arrears.none().carry(JUL, null, DUE)).getMessage());
        assertEquals("paid", assertThrows(NullPointerException.class, () -> Arrears.none().carry(JUL, DUE, null)).getMessage());
    }
}
