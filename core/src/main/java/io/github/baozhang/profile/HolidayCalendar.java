package io.github.baozhang.profile;

import io.github.baozhang.problem.ProblemCode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working-day calendar, the interchange kind {@code calendar@1}: public holidays, and the
 * weekend days made working days in exchange (调休). A day is a working day when it is listed as
 * a working day, or when it is neither a Saturday, a Sunday nor a listed holiday. With both
 * lists empty ({@link #weekendsOnly()}) only Saturdays and Sundays are days off.
 *
 * <p>Deadlines that fall on a day off move to the next working day
 * ({@link #nextWorkingDayOnOrAfter}); the pay day never moves.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class HolidayCalendar {

    private static final HolidayCalendar WEEKENDS_ONLY = new HolidayCalendar(new TreeSet<>(), new TreeSet<>());

    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> workdays;

    private HolidayCalendar(TreeSet<LocalDate> holidays, TreeSet<LocalDate> workdays) {
        this.holidays = Collections.unmodifiableNavigableSet(holidays);
        this.workdays = Collections.unmodifiableNavigableSet(workdays);
    }

    /**
     * Returns the calendar in which only Saturdays and Sundays are days off.
     *
     * @return the calendar, not null
     */
    public static HolidayCalendar weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /**
     * Returns a calendar.
     *
     * @param holidays  the public holidays, not null, no null element
     * @param workdays  the days made working days, usually weekend days, not null, no null
     *     element
     * @return the calendar, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#CALENDAR_DAY_CONFLICT} for the first date in both lists
     */
    public static HolidayCalendar of(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        TreeSet<LocalDate> h = copy(Objects.requireNonNull(holidays, "holidays"));
        TreeSet<LocalDate> w = copy(Objects.requireNonNull(workdays, "workdays"));
        for (LocalDate d : h) {
            if (w.contains(d)) {
                Checks.fail(ProblemCode.CALENDAR_DAY_CONFLICT, "date", d.toString());
            }
        }
        return h.isEmpty() && w.isEmpty() ? WEEKENDS_ONLY : new HolidayCalendar(h, w);
    }

    private static TreeSet<LocalDate> copy(Collection<LocalDate> dates) {
        TreeSet<LocalDate> set = new TreeSet<>();
        for (LocalDate d : dates) {
            set.add(Objects.requireNonNull(d, "date"));
        }
        return set;
    }

    /**
     * Returns whether a day is a working day.
     *
     * @param date  the day, not null
     * @return true if listed as a working day, or neither a weekend day nor a listed holiday
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (workdays.contains(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * Returns the day itself if it is a working day, else the first working day after it.
     *
     * @param date  the day, not null
     * @return the working day, not before {@code date}, not null
     */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Returns the public holidays in date order.
     *
     * @return the holidays, unmodifiable, not null
     */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Returns the days made working days, in date order.
     *
     * @return the working days, unmodifiable, not null
     */
    public SortedSet<LocalDate> workdays() {
        return workdays;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof HolidayCalendar)) {
            return false;
        }
        HolidayCalendar other = (HolidayCalendar) obj;
        return holidays.equals(other.holidays) && workdays.equals(other.workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(holidays, workdays);
    }

    /**
     * Returns the two lists, such as {@code HolidayCalendar{holidays=[1999-10-01], workdays=[]}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "HolidayCalendar{holidays=" + holidays + ", workdays=" + workdays + "}";
    }
}
