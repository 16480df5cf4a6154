package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    /** An illustrative National Day week of 1999: 1–7 October off, the weekend of 9–10 October worked. */
    static HolidayCalendar nationalDay1999() {
        List<LocalDate> holidays = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            holidays.add(LocalDate.of(1999, 10, d));
        }
        return HolidayCalendar.of(holidays, List.of(LocalDate.of(1999, 10, 9), LocalDate.of(1999, 10, 10)));
    }

    @Test
    void weekendsOnlyKnowsSaturdayAndSunday() {
        HolidayCalendar c = HolidayCalendar.weekendsOnly();
        assertTrue(c.isWorkingDay(LocalDate.of(1999, 10, 1)), "a Friday");
        assertFalse(c.isWorkingDay(LocalDate.of(1999, 10, 2)), "a Saturday");
        assertFalse(c.isWorkingDay(LocalDate.of(1999, 10, 3)), "a Sunday");
        assertTrue(c.isWorkingDay(LocalDate.of(1999, 10, 4)), "a Monday");
        assertEquals(LocalDate.of(2000, 2, 7), c.nextWorkingDayOnOrAfter(LocalDate.of(2000, 2, 5)));
        assertEquals(LocalDate.of(2000, 2, 7), c.nextWorkingDayOnOrAfter(LocalDate.of(2000, 2, 6)));
        assertEquals(LocalDate.of(2000, 2, 7), c.nextWorkingDayOnOrAfter(LocalDate.of(2000, 2, 7)));
        assertTrue(c.holidays().isEmpty());
        assertTrue(c.workdays().isEmpty());
    }

    @Test
    void holidaysAreDaysOffAndWorkdaysAreWorkedEvenAtTheWeekend() {
        HolidayCalendar c = nationalDay1999();
        assertFalse(c.isWorkingDay(LocalDate.of(1999, 10, 1)));
        assertFalse(c.isWorkingDay(LocalDate.of(1999, 10, 5)), "a Tuesday made a holiday");
        assertTrue(c.isWorkingDay(LocalDate.of(1999, 10, 8)));
        assertTrue(c.isWorkingDay(LocalDate.of(1999, 10, 9)), "a Saturday made a working day");
        assertTrue(c.isWorkingDay(LocalDate.of(1999, 10, 10)), "a Sunday made a working day");
        assertFalse(c.isWorkingDay(LocalDate.of(1999, 10, 16)), "an ordinary Saturday");
    }

    @Test
    void aDeadlineInTheHolidayMovesToTheNextWorkingDay() {
        HolidayCalendar c = nationalDay1999();
        assertEquals(LocalDate.of(1999, 10, 8), c.nextWorkingDayOnOrAfter(LocalDate.of(1999, 10, 1)));
        assertEquals(LocalDate.of(1999, 10, 8), c.nextWorkingDayOnOrAfter(LocalDate.of(1999, 10, 5)));
        assertEquals(LocalDate.of(1999, 10, 9), c.nextWorkingDayOnOrAfter(LocalDate.of(1999, 10, 9)));
        assertEquals(LocalDate.of(1999, 9, 30), c.nextWorkingDayOnOrAfter(LocalDate.of(1999, 9, 30)));
    }

    @Test
    void aDateThatIsBothAHolidayAndAWorkdayIsRefused() {
        LocalDate d = LocalDate.of(1999, 10, 9);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> HolidayCalendar.of(List.of(LocalDate.of(1999, 10, 1), d), List.of(d)));
        assertEquals(ProblemCode.CALENDAR_DAY_CONFLICT, e.code());
        assertEquals(Map.of("date", "1999-10-09"), e.arguments());
    }

    @Test
    void listsAreSortedCopiesAndEmptyListsAreWeekendsOnly() {
        List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(1999, 10, 2), LocalDate.of(1999, 10, 1)));
        HolidayCalendar c = HolidayCalendar.of(holidays, List.of());
        holidays.clear();
        assertEquals(List.of(LocalDate.of(1999, 10, 1), LocalDate.of(1999, 10, 2)), List.copyOf(c.holidays()));
        assertThrows(UnsupportedOperationException.class, () -> c.holidays().add(LocalDate.of(2000, 1, 1)));
        assertSame(HolidayCalendar.weekendsOnly(), HolidayCalendar.of(List.of(), List.of()));
        assertNotEquals(HolidayCalendar.weekendsOnly(), HolidayCalendar.of(List.of(), List.of(LocalDate.of(1999, 10, 9))));
    }

    @Test
    void isAValueOfItsTwoLists() {
        assertEquals(nationalDay1999(), nationalDay1999());
        assertEquals(nationalDay1999().hashCode(), nationalDay1999().hashCode());
        assertNotEquals(nationalDay1999(), HolidayCalendar.of(nationalDay1999().holidays(), List.of()));
        assertNotEquals(nationalDay1999().hashCode(), HolidayCalendar.of(nationalDay1999().holidays(), List.of()).hashCode());
        assertNotEquals(nationalDay1999().hashCode(), HolidayCalendar.of(List.of(), nationalDay1999().workdays()).hashCode());
        assertNotEquals(HolidayCalendar.of(List.of(LocalDate.of(1999, 10, 1)), List.of()),
                HolidayCalendar.of(List.of(LocalDate.of(1999, 10, 2)), List.of()));
        assertNotEquals(nationalDay1999(), "calendar");
        assertEquals("HolidayCalendar{holidays=[1999-10-01], workdays=[1999-10-09]}",
                HolidayCalendar.of(List.of(LocalDate.of(1999, 10, 1)), List.of(LocalDate.of(1999, 10, 9))).toString());
    }

    @Test
    void refusesNulls() {
        assertEquals("holidays", assertThrows(NullPointerException.class, () -> HolidayCalendar.of(null, List.of())).getMessage());
        assertEquals("workdays", assertThrows(NullPointerException.class, () -> HolidayCalendar.of(List.of(), null)).getMessage());
        List<LocalDate> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("date", assertThrows(NullPointerException.class, () -> HolidayCalendar.of(withNull, List.of())).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class,
                () -> HolidayCalendar.weekendsOnly().isWorkingDay(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class,
                () -> HolidayCalendar.weekendsOnly().nextWorkingDayOnOrAfter(null)).getMessage());
    }
}
