package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of working days and of the next working day, on calendars dense with holidays. */
class HolidayCalendarProperties {

    private static final LocalDate START = LocalDate.of(1999, 9, 20);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 40).map(START::plusDays);
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        Arbitrary<Set<LocalDate>> holidays = dates().set().ofMaxSize(30);
        Arbitrary<Set<LocalDate>> workdays = dates().filter(HolidayCalendarProperties::isWeekend).set().ofMaxSize(6);
        return Combinators.combine(holidays, workdays).as((h, w) -> HolidayCalendar.of(h,
                w.stream().filter(d -> !h.contains(d)).collect(Collectors.toSet())));
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Property
    void theNextWorkingDayIsTheFirstWorkingDayOnOrAfter(@ForAll("calendars") HolidayCalendar c,
            @ForAll("dates") LocalDate d) {
        LocalDate next = c.nextWorkingDayOnOrAfter(d);
        assertFalse(next.isBefore(d));
        assertTrue(c.isWorkingDay(next));
        for (LocalDate x = d; x.isBefore(next); x = x.plusDays(1)) {
            assertFalse(c.isWorkingDay(x), x::toString);
        }
    }

    @Property
    void theNextWorkingDayIsIdempotentAndMonotone(@ForAll("calendars") HolidayCalendar c,
            @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        LocalDate next = c.nextWorkingDayOnOrAfter(a);
        assertEquals(next, c.nextWorkingDayOnOrAfter(next));
        if (c.isWorkingDay(a)) {
            assertEquals(a, next);
        }
        LocalDate lo = a.isBefore(b) ? a : b;
        LocalDate hi = a.isBefore(b) ? b : a;
        assertFalse(c.nextWorkingDayOnOrAfter(lo).isAfter(c.nextWorkingDayOnOrAfter(hi)));
    }

    @Property
    void aDayIsWorkedWhenListedAsWorkdayOrNeitherWeekendNorHoliday(@ForAll("calendars") HolidayCalendar c,
            @ForAll("dates") LocalDate d) {
        boolean expected = c.workdays().contains(d) || !isWeekend(d) && !c.holidays().contains(d);
        assertEquals(expected, c.isWorkingDay(d));
    }

    @Property
    void withoutListsTheNextWorkingDayIsAtMostTwoDaysOnAndNeverAWeekend(@ForAll("dates") LocalDate d) {
        LocalDate next = HolidayCalendar.weekendsOnly().nextWorkingDayOnOrAfter(d);
        assertFalse(isWeekend(next));
        assertTrue(!next.isAfter(d.plusDays(2)));
        assertEquals(!isWeekend(d), HolidayCalendar.weekendsOnly().isWorkingDay(d));
    }
}
