package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.profile.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of holiday calendars ({@code baozhang/calendar@1}): public holidays and the weekend
 * days made working days (调休).
 *
 * <p>A calendar is valid by default: its days lie between 1998 and 2007, no day is both a holiday
 * and a workday, and the workdays are Saturdays or Sundays, as 调休 days are. The empty calendar
 * (weekends only) is among them.
 *
 * <p>This class is a stateless utility.
 */
public final class CalendarArbitraries {

    private static final LocalDate FIRST = LocalDate.of(1998, 1, 1);

    private CalendarArbitraries() {
    }

    /**
     * Returns valid calendars of at most 12 holidays and 6 workdays.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HolidayCalendar> calendars() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 3650).map(FIRST::plusDays);
        Arbitrary<LocalDate> weekendDays = Combinators.combine(Arbitraries.integers().between(0, 520),
                        Arbitraries.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                .as((week, d) -> FIRST.plusWeeks(week).with(TemporalAdjusters.nextOrSame(d)));
        return Combinators.combine(days.set().ofMaxSize(12), weekendDays.set().ofMaxSize(6))
                .as((holidays, workdays) -> {
                    Set<LocalDate> w = new TreeSet<>(workdays);
                    w.removeAll(holidays);
                    return HolidayCalendar.of(holidays, w);
                });
    }
}
