package io.github.baozhang.reporting;

import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The deadline of a monthly report: the due day and whether a submission was on time.
 *
 * <p>The due day of period {@code P} is day {@code dueDayOfMonth} (default
 * {@value #DEFAULT_DUE_DAY}, the profile's {@code reportDueDay}) of the month after {@code P} —
 * the last day of that month when it is shorter — moved forward to the next working day of the
 * calendar while it falls on a weekend or a holiday; a weekend made a working day (调休) is a
 * working day. A submission is on time when its instant is before 00:00 Beijing time
 * ({@code +08:00}) of the day after the due day: the last second of the due day, 23:59:59+08:00,
 * is on time, and a timestamp with another offset (UTC, say) is compared as the same instant.
 *
 * <p>Pure functions; no clock.
 */
public final class Deadlines {

    /** Beijing time, in which due days are counted. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    /** The default due day of the following month (劳社厅发〔2000〕15号). */
    public static final int DEFAULT_DUE_DAY = 5;

    private Deadlines() {
    }

    /**
     * Returns the due day of a period with the default day of month.
     *
     * @param period  the period reported, not null
     * @param calendar  the working-day calendar, not null
     * @return the due day, not null
     */
    public static LocalDate dueDay(YearMonth period, HolidayCalendar calendar) {
        return dueDay(period, DEFAULT_DUE_DAY, calendar);
    }

    /**
     * Returns the due day of a period.
     *
     * @param period  the period reported, not null
     * @param dueDayOfMonth  the day of the following month, 1 to 31
     * @param calendar  the working-day calendar, not null
     * @return the due day, a working day, not null
     * @throws IllegalArgumentException if the day of month is out of range
     */
    public static LocalDate dueDay(YearMonth period, int dueDayOfMonth, HolidayCalendar calendar) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(calendar, "calendar");
        if (dueDayOfMonth < 1 || dueDayOfMonth > 31) {
            throw new IllegalArgumentException("dueDayOfMonth must be 1 to 31: " + dueDayOfMonth);
        }
        YearMonth next = period.plusMonths(1);
        return calendar.nextWorkingDayOnOrAfter(next.atDay(Math.min(dueDayOfMonth, next.lengthOfMonth())));
    }

    /**
     * Returns the due day of a period in a province: the profile's {@code reportDueDay} on the
     * profile's own calendar.
     *
     * @param period  the period reported, not null
     * @param profile  the province profile, not null
     * @return the due day, a working day of the profile's calendar, not null
     */
    public static LocalDate dueDay(YearMonth period, ProvinceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return dueDay(period, profile.reportDueDay(), profile.calendar());
    }

    /**
     * Returns the first instant that is late: 00:00 Beijing time of the day after the due day.
     *
     * @param dueDay  the due day, not null
     * @return the cut-off, with offset {@code +08:00}, not null
     */
    public static OffsetDateTime cutoff(LocalDate dueDay) {
        return Objects.requireNonNull(dueDay, "dueDay").plusDays(1).atStartOfDay().atOffset(BEIJING);
    }

    /**
     * Returns whether a submission was on time.
     *
     * @param submittedAt  the submission instant, any offset, not null
     * @param dueDay  the due day, not null
     * @return true if before the cut-off
     */
    public static boolean isOnTime(OffsetDateTime submittedAt, LocalDate dueDay) {
        Objects.requireNonNull(submittedAt, "submittedAt");
        return submittedAt.toInstant().isBefore(cutoff(dueDay).toInstant());
    }
}
