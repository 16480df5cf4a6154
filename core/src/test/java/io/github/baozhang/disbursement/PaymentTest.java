package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final LocalDate D = LocalDate.of(1999, 7, 10);

    @Test
    void holdsDuePaidAndDate() {
        Payment p = Payment.ofFen(36_100, 30_100, D);
        assertEquals(Money.ofFen(36_100), p.due());
        assertEquals(Money.ofFen(30_100), p.paid());
        assertEquals(Optional.of(D), p.paidOn());
        assertEquals(Optional.empty(), Payment.ofFen(1, 0).paidOn());
        assertEquals(Payment.of(Money.ofFen(1), Money.ofFen(2), D), Payment.ofFen(1, 2, D));
        assertEquals(Payment.of(Money.ofFen(1), Money.ofFen(2)), Payment.ofFen(1, 2));
    }

    @Test
    void inFullMeansPaidReachesDue() {
        assertTrue(Payment.ofFen(100, 100).isInFull());
        assertTrue(Payment.ofFen(100, 101).isInFull());
        assertFalse(Payment.ofFen(100, 99).isInFull());
        assertTrue(Payment.none().isInFull());
    }

    @Test
    void theShortfallIsWhatIsStillOwed() {
        assertEquals(Money.ofFen(6_000), Payment.ofFen(36_100, 30_100).shortfall());
        assertEquals(Money.zero(), Payment.ofFen(100, 100).shortfall());
        assertEquals(Money.zero(), Payment.ofFen(100, 150).shortfall());
        assertThrows(ArithmeticException.class, () -> Payment.ofFen(Long.MAX_VALUE, -1).shortfall());
    }

    @Test
    void noneIsNothingDueNothingPaid() {
        assertSame(Payment.none(), Payment.none());
        assertEquals(Payment.ofFen(0, 0), Payment.none());
    }

    @Test
    void isAValue() {
        assertEquals(Payment.ofFen(1, 2, D).hashCode(), Payment.ofFen(1, 2, D).hashCode());
        assertNotEquals(Payment.ofFen(1, 2, D), Payment.ofFen(1, 2));
        assertNotEquals(Payment.ofFen(1, 2, D), Payment.ofFen(1, 3, D));
        assertNotEquals(Payment.ofFen(1, 2, D).hashCode(), Payment.ofFen(1, 3, D).hashCode());
        assertNotEquals(Payment.ofFen(1, 2, D), Payment.ofFen(0, 2, D));
        assertNotEquals(Payment.ofFen(1, 2), "1");
        assertEquals("{due=361.00, paid=301.00, paidOn=1999-07-10}", Payment.ofFen(36_100, 30_100, D).toString());
        assertEquals("{due=0.01, paid=0.00}", Payment.ofFen(1, 0).toString());
    }

    @Test
    void refusesNulls() {
        assertEquals("due", assertThrows(NullPointerException.class, () -> Payment.of(null, Money.zero())).getMessage());
        assertEquals("paid", assertThrows(NullPointerException.class, () -> Payment.of(Money.zero(), null)).getMessage());
        assertEquals("due", assertThrows(NullPointerException.class, () -> Payment.of(null, Money.zero(), D)).getMessage());
        assertEquals("paid", assertThrows(NullPointerException.class, () -> Payment.of(Money.zero(), null, D)).getMessage());
        assertEquals("paidOn", assertThrows(NullPointerException.class,
                () -> Payment.of(Money.zero(), Money.zero(), (LocalDate) null)).getMessage());
    }
}
