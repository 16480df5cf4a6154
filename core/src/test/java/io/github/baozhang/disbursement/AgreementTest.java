package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private final Agreement a = Agreement.of(LocalDate.of(1998, 9, 15), 36);

    @Test
    void coversTheMonthOfSigningAndTheTermMinusOneAfterIt() {
        assertEquals(YearMonth.of(1998, 9), a.firstPeriod());
        assertEquals(YearMonth.of(2001, 8), a.lastPeriod());
        assertEquals(LocalDate.of(2001, 9, 15), a.expiresOn());
        assertFalse(a.covers(YearMonth.of(1998, 8)));
        assertTrue(a.covers(YearMonth.of(1998, 9)));
        assertTrue(a.covers(YearMonth.of(2001, 8)));
        assertFalse(a.covers(YearMonth.of(2001, 9)));
    }

    @Test
    void aOneMonthAgreementCoversOneMonth() {
        Agreement one = Agreement.of(LocalDate.of(1999, 12, 31), 1);
        assertEquals(one.firstPeriod(), one.lastPeriod());
        assertTrue(one.covers(YearMonth.of(1999, 12)));
        assertFalse(one.covers(YearMonth.of(2000, 1)));
    }

    @Test
    void theTermRunsFromOneTo36Months() {
        for (int bad : new int[] {0, -1, 37}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Agreement.of(LocalDate.of(1999, 1, 1), bad));
            assertEquals(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, e.code());
            assertEquals(Map.of("months", Integer.toString(bad), "max", "36"), e.arguments());
        }
        assertEquals(1, Agreement.of(LocalDate.of(1999, 1, 1), 1).termMonths());
        assertEquals(36, Agreement.of(LocalDate.of(1999, 1, 1), 36).termMonths());
    }

    @Test
    void isAValueOfDateAndTerm() {
        assertEquals(a, Agreement.of(LocalDate.of(1998, 9, 15), 36));
        assertEquals(a.hashCode(), Agreement.of(LocalDate.of(1998, 9, 15), 36).hashCode());
        assertNotEquals(a, Agreement.of(LocalDate.of(1998, 9, 15), 24));
        assertNotEquals(a, Agreement.of(LocalDate.of(1998, 9, 16), 36));
        assertNotEquals(a.hashCode(), Agreement.of(LocalDate.of(1998, 9, 15), 24).hashCode());
        assertNotEquals(a.hashCode(), Agreement.of(LocalDate.of(1998, 9, 16), 36).hashCode());
        assertNotEquals(a, "a");
        assertEquals("Agreement[1998-09-15, 36 months]", a.toString());
        assertEquals(LocalDate.of(1998, 9, 15), a.signedOn());
    }

    @Test
    void refusesNulls() {
        assertEquals("signedOn", assertThrows(NullPointerException.class, () -> Agreement.of(null, 1)).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class, () -> a.covers(null)).getMessage());
    }
}
