package io.github.baozhang.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.profile.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsOnly();

    @Test
    void defaultIsTheFifthOfTheFollowingMonth() {
        // 2000-01-05 is a Wednesday.
        assertEquals(LocalDate.of(2000, 1, 5), Deadlines.dueDay(YearMonth.of(1999, 12), WEEKENDS));
    }

    @Test
    void aWeekendMovesTheDueDayToMonday() {
        // 2000-03-05 is a Sunday.
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(2000, 3, 5).getDayOfWeek());
        assertEquals(LocalDate.of(2000, 3, 6), Deadlines.dueDay(YearMonth.of(2000, 2), WEEKENDS));
    }

    @Test
    void aHolidayMovesTheDueDayPastTheHolidayAndTheWeekend() {
        // National Day 2000: 1 to 7 October are holidays, Sunday 8 October is a working day (调休).
        List<LocalDate> golden = List.of(LocalDate.of(2000, 10, 1), LocalDate.of(2000, 10, 2),
                LocalDate.of(2000, 10, 3), LocalDate.of(2000, 10, 4), LocalDate.of(2000, 10, 5),
                LocalDate.of(2000, 10, 6), LocalDate.of(2000, 10, 7));
        HolidayCalendar withSwap = HolidayCalendar.of(golden, Set.of(LocalDate.of(2000, 10, 8)));
        assertEquals(LocalDate.of(2000, 10, 8), Deadlines.dueDay(YearMonth.of(2000, 9), withSwap));
        HolidayCalendar withoutSwap = HolidayCalendar.of(golden, Set.of());
        assertEquals(LocalDate.of(2000, 10, 9), Deadlines.dueDay(YearMonth.of(2000, 9), withoutSwap));
    }

    @Test
    void aTiaoxiuSaturdayIsAWorkingDueDay() {
        // 2000-02-05 is a Saturday; made a working day it is the due day itself.
        assertEquals(DayOfWeek.SATURDAY, LocalDate.of(2000, 2, 5).getDayOfWeek());
        assertEquals(LocalDate.of(2000, 2, 7), Deadlines.dueDay(YearMonth.of(2000, 1), WEEKENDS));
        HolidayCalendar swap = HolidayCalendar.of(Set.of(), Set.of(LocalDate.of(2000, 2, 5)));
        assertEquals(LocalDate.of(2000, 2, 5), Deadlines.dueDay(YearMonth.of(2000, 1), swap));
    }

    @Test
    void aProfileDueDayBeyondTheMonthIsItsLastDay() {
        assertEquals(LocalDate.of(2000, 2, 29), Deadlines.dueDay(YearMonth.of(2000, 1), 31, WEEKENDS));
        assertEquals(LocalDate.of(2000, 1, 10), Deadlines.dueDay(YearMonth.of(1999, 12), 10, WEEKENDS));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.dueDay(YearMonth.of(1999, 12), 0, WEEKENDS));
        assertThrows(IllegalArgumentException.class, () -> Deadlines.dueDay(YearMonth.of(1999, 12), 32, WEEKENDS));
    }

    @Test
    void theLastSecondOfTheDueDayIsOnTime() {
        LocalDate due = LocalDate.of(2000, 1, 5);
        assertTrue(Deadlines.isOnTime(Samples.beijing(2000, 1, 5, 23, 59, 59), due));
        assertTrue(Deadlines.isOnTime(OffsetDateTime.of(2000, 1, 5, 23, 59, 59, 999_999_999, Deadlines.BEIJING), due));
        assertFalse(Deadlines.isOnTime(Samples.beijing(2000, 1, 6, 0, 0, 0), due));
        assertEquals(Samples.beijing(2000, 1, 6, 0, 0, 0), Deadlines.cutoff(due));
    }

    @Test
    void aUtcTimestampIsConvertedToBeijingTime() {
        LocalDate due = LocalDate.of(2000, 1, 5);
        // 15:59:59Z is 23:59:59+08:00 on the due day; 16:00:00Z is midnight in Beijing.
        assertTrue(Deadlines.isOnTime(OffsetDateTime.of(2000, 1, 5, 15, 59, 59, 0, ZoneOffset.UTC), due));
        assertFalse(Deadlines.isOnTime(OffsetDateTime.of(2000, 1, 5, 16, 0, 0, 0, ZoneOffset.UTC), due));
        // The due day in New York is already the 6th in Beijing: late.
        assertFalse(Deadlines.isOnTime(OffsetDateTime.of(2000, 1, 5, 20, 0, 0, 0, ZoneOffset.ofHours(-5)), due));
    }

    @Property
    void theDueDayIsAWorkingDayOnOrAfterTheNominalDay(@ForAll @IntRange(min = 1990, max = 2030) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day) {
        YearMonth period = YearMonth.of(year, month);
        LocalDate due = Deadlines.dueDay(period, day, WEEKENDS);
        LocalDate nominal = period.plusMonths(1).atDay(day);
        assertTrue(WEEKENDS.isWorkingDay(due));
        assertFalse(due.isBefore(nominal));
        assertTrue(due.isBefore(nominal.plusDays(3)));
        for (LocalDate d = nominal; d.isBefore(due); d = d.plusDays(1)) {
            assertFalse(WEEKENDS.isWorkingDay(d));
        }
    }

    @Property
    void onTimeDoesNotDependOnTheOffset(@ForAll @IntRange(min = -18, max = 18) int offsetHours,
            @ForAll @IntRange(min = -200_000, max = 200_000) int secondsFromCutoff) {
        LocalDate due = LocalDate.of(2000, 1, 5);
        OffsetDateTime at = Deadlines.cutoff(due).plusSeconds(secondsFromCutoff)
                .withOffsetSameInstant(ZoneOffset.ofHours(offsetHours));
        assertEquals(secondsFromCutoff < 0, Deadlines.isOnTime(at, due));
    }
}
