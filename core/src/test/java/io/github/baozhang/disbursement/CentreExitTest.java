package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CentreExitTest {

    private static final LocalDate D = LocalDate.of(2000, 3, 1);

    @Test
    void aListedReasonHasNoCode() {
        CentreExit e = CentreExit.of(D, ExitReason.RE_EMPLOYED);
        assertEquals(D, e.on());
        assertEquals(ExitReason.RE_EMPLOYED, e.reason());
        assertEquals(Optional.empty(), e.otherCode());
        assertEquals("CentreExit[2000-03-01 RE_EMPLOYED]", e.toString());
    }

    @Test
    void anotherReasonCarriesTheProvincesCode() {
        CentreExit e = CentreExit.other(D, "HB-07");
        assertEquals(ExitReason.OTHER, e.reason());
        assertEquals(Optional.of("HB-07"), e.otherCode());
        assertEquals("CentreExit[2000-03-01 OTHER HB-07]", e.toString());
        assertThrows(IllegalArgumentException.class, () -> CentreExit.other(D, " "));
        assertThrows(IllegalArgumentException.class, () -> CentreExit.of(D, ExitReason.OTHER));
    }

    @Test
    void isAValue() {
        assertEquals(CentreExit.of(D, ExitReason.RETIRED), CentreExit.of(D, ExitReason.RETIRED));
        assertEquals(CentreExit.other(D, "x").hashCode(), CentreExit.other(D, "x").hashCode());
        assertNotEquals(CentreExit.of(D, ExitReason.RETIRED), CentreExit.of(D, ExitReason.RE_EMPLOYED));
        assertNotEquals(CentreExit.of(D, ExitReason.RETIRED), CentreExit.of(D.plusDays(1), ExitReason.RETIRED));
        assertNotEquals(CentreExit.other(D, "x"), CentreExit.other(D, "y"));
        assertNotEquals(CentreExit.other(D, "x").hashCode(), CentreExit.other(D, "y").hashCode());
        assertNotEquals(CentreExit.other(D, "x"), "x");
    }

    @Test
    void refusesNulls() {
        assertEquals("on", assertThrows(NullPointerException.class, () -> CentreExit.of(null, ExitReason.RETIRED)).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class, () -> CentreExit.of(D, null)).getMessage());
        assertEquals("on", assertThrows(NullPointerException.class, () -> CentreExit.other(null, "x")).getMessage());
        assertEquals("code", assertThrows(NullPointerException.class, () -> CentreExit.other(D, null)).getMessage());
    }
}
