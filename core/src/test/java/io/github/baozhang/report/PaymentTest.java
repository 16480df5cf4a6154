package io.github.baozhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final LocalDate PAY_DAY = LocalDate.of(1999, 12, 15);

    @Test
    void paidInFullWhenThePaidAmountReachesTheDueAmount() {
        assertTrue(Payment.of(Money.ofFen(36100), Money.ofFen(36100)).isInFull());
        assertTrue(Payment.of(Money.ofFen(36100), Money.ofFen(36101)).isInFull());
        assertFalse(Payment.of(Money.ofFen(36100), Money.ofFen(36099)).isInFull());
    }

    @Test
    void onTimeMeansPaidOnOrBeforeThePayDay() {
        Money due = Money.ofFen(36100);
        assertTrue(Payment.of(due, due, Optional.of(PAY_DAY)).isOnTime(PAY_DAY));
        assertTrue(Payment.of(due, due, Optional.of(PAY_DAY.minusDays(14))).isOnTime(PAY_DAY));
        assertFalse(Payment.of(due, due, Optional.of(PAY_DAY.plusDays(1))).isOnTime(PAY_DAY));
        assertFalse(Payment.of(due, Money.zero()).isOnTime(PAY_DAY), "due but never paid");
        assertTrue(Payment.none().isOnTime(PAY_DAY), "nothing due is on time");
    }

    @Test
    void theShortfallIsWhatRemainsOwed() {
        assertEquals(Money.ofFen(100), Payment.of(Money.ofFen(300), Money.ofFen(200)).shortfall());
        assertEquals(Money.zero(), Payment.of(Money.ofFen(300), Money.ofFen(400)).shortfall());
    }

    @Test
    void negativeAmountsAreRejectedWithTheirCodeWhenAReportIsBuilt() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MonthlyReportTest.sample().allowance(Payment.of(Money.ofFen(-1), Money.zero())).build());
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals("-1", e.arguments().get("value"));
        assertThrows(InvalidValueException.class,
                () -> MonthlyReportTest.sample().contributions(Payment.of(Money.zero(), Money.ofFen(-5))).build());
    }

    @Test
    void nullsAreRejectedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Payment.of(null, Money.zero()));
        assertEquals("due", e.getMessage());
        assertThrows(NullPointerException.class, () -> Payment.of(Money.zero(), null));
        assertThrows(NullPointerException.class, () -> Payment.of(Money.zero(), Money.zero(), (Optional<LocalDate>) null));
        assertThrows(NullPointerException.class, () -> Payment.none().isOnTime(null));
    }

    @Test
    void nothingDueNothingPaidIsNone() {
        assertSame(Payment.none(), Payment.of(Money.zero(), Money.zero()));
        assertEquals(Optional.empty(), Payment.none().paidOn());
        assertNotEquals(Payment.none(), Payment.of(Money.zero(), Money.zero(), Optional.of(PAY_DAY)));
        assertEquals("{due=0.00, paid=0.00}", Payment.none().toString());
        assertEquals("{due=1.00, paid=1.00, paidOn=1999-12-15}",
                Payment.of(Money.ofFen(100), Money.ofFen(100), Optional.of(PAY_DAY)).toString());
    }

    @Property
    void valueSemantics(@ForAll @LongRange(min = 0, max = 1000) long due, @ForAll @LongRange(min = 0, max = 1000) long paid,
            @ForAll @IntRange(min = 0, max = 40) int day) {
        Optional<LocalDate> on = day == 0 ? Optional.empty() : Optional.of(PAY_DAY.minusDays(20).plusDays(day));
        Payment a = Payment.of(Money.ofFen(due), Money.ofFen(paid), on);
        Payment b = Payment.of(Money.ofFen(due), Money.ofFen(paid), on);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(paid >= due, a.isInFull());
        assertEquals(due == 0 || on.isPresent() && !on.get().isAfter(PAY_DAY), a.isOnTime(PAY_DAY));
        assertEquals(Math.max(0, due - paid), a.shortfall().fen());
        assertNotEquals(a, Payment.of(Money.ofFen(due + 1), Money.ofFen(paid), on));
        assertNotEquals(a, Payment.of(Money.ofFen(due), Money.ofFen(paid + 1), on));
        assertNotEquals(a, new Object());
    }
}
