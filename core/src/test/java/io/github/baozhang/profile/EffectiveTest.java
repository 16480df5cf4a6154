package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EffectiveTest {

    private static final LocalDate D = LocalDate.of(1999, 7, 1);

    @Test
    void holdsItsDateAndValue() {
        Effective<Integer> e = Effective.of(D, 36);
        assertEquals(D, e.from());
        assertEquals(36, e.value());
        assertEquals("1999-07-01=36", e.toString());
    }

    @Test
    void isAValueOfDateAndValue() {
        assertEquals(Effective.of(D, 36), Effective.of(D, 36));
        assertEquals(Effective.of(D, 36).hashCode(), Effective.of(D, 36).hashCode());
        assertNotEquals(Effective.of(D, 36), Effective.of(D, 24));
        assertNotEquals(Effective.of(D, 36), Effective.of(D.plusDays(1), 36));
        assertNotEquals(Effective.of(D, 36).hashCode(), Effective.of(D, 24).hashCode());
        assertNotEquals(Effective.of(D, 36).hashCode(), Effective.of(D.plusDays(1), 36).hashCode());
        assertNotEquals(Effective.of(D, 36), "1999-07-01=36");
    }

    @Test
    void refusesNulls() {
        assertEquals("from", assertThrows(NullPointerException.class, () -> Effective.of(null, 1)).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class, () -> Effective.of(D, null)).getMessage());
    }
}
