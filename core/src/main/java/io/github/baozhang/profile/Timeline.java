package io.github.baozhang.profile;

import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An effective-dated value: entries each taking effect on a date and staying in force until the
 * next one does. Policy changed over the years — the allowance rose 30 % from 1999-07-01, no new
 * centre entries from 2001 — so a profile carries dates, never one value for ever.
 *
 * <p>Entries are kept sorted by date; no two take effect on the same date. {@link #at} answers
 * with an empty {@code Optional} for a date before the first entry (and for every date of an
 * empty timeline): nothing was in force yet, and the caller decides what that means. Lookup is a
 * binary search.
 *
 * <p>This class is immutable and thread-safe if its values are. It must be treated as a value
 * type.
 *
 * @param <T>  the type of the values
 */
public final class Timeline<T> {

    private static final Timeline<Object> EMPTY = new Timeline<>(List.of());

    /** Sorted by date, unmodifiable. */
    private final List<Effective<T>> entries;

    private Timeline(List<Effective<T>> entries) {
        this.entries = entries;
    }

    /**
     * Returns the timeline with no entry: nothing is ever in force.
     *
     * @param <T>  the type of the values
     * @return the empty timeline, not null
     */
    @SuppressWarnings("unchecked") // holds no T
    public static <T> Timeline<T> empty() {
        return (Timeline<T>) EMPTY;
    }

    /**
     * Returns a timeline of one value in force from a date on.
     *
     * @param <T>  the type of the values
     * @param from  the first day the value is in force, not null
     * @param value  the value, not null
     * @return the timeline, not null
     */
    public static <T> Timeline<T> of(LocalDate from, T value) {
        return new Timeline<>(List.of(Effective.of(from, value)));
    }

    /**
     * Returns a timeline of the given entries, in any order.
     *
     * @param <T>  the type of the values
     * @param entries  the entries, possibly none, not null, no null element
     * @return the timeline, sorted by date, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#EFFECTIVE_DATE_DUPLICATE} if two entries take effect on one date
     */
    public static <T> Timeline<T> of(Collection<Effective<T>> entries) {
        Objects.requireNonNull(entries, "entries");
        List<Effective<T>> sorted = new ArrayList<>(entries.size());
        for (Effective<T> e : entries) {
            sorted.add(Objects.requireNonNull(e, "entry"));
        }
        sorted.sort(Comparator.comparing(Effective::from));
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate date = sorted.get(i).from();
            if (date.equals(sorted.get(i - 1).from())) {
                Checks.fail(ProblemCode.EFFECTIVE_DATE_DUPLICATE, "date", date.toString());
            }
        }
        return sorted.isEmpty() ? empty() : new Timeline<>(Collections.unmodifiableList(sorted));
    }

    /**
     * Returns a copy with one more entry.
     *
     * @param from  the first day the value is in force, not null
     * @param value  the value, not null
     * @return the timeline, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#EFFECTIVE_DATE_DUPLICATE} if an entry already takes effect on that
     *     date
     */
    public Timeline<T> plus(LocalDate from, T value) {
        List<Effective<T>> all = new ArrayList<>(entries);
        all.add(Effective.of(from, value));
        return of(all);
    }

    /**
     * Returns the entry in force on a date: the one with the latest date on or before it.
     *
     * @param date  the date, not null
     * @return the entry, or empty if none is in force yet
     */
    public Optional<Effective<T>> entryAt(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int lo = 0;
        int hi = entries.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).from().isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(entries.get(found));
    }

    /**
     * Returns the value in force on a date.
     *
     * @param date  the date, not null
     * @return the value, or empty if none is in force yet
     */
    public Optional<T> at(LocalDate date) {
        return entryAt(date).map(Effective::value);
    }

    /**
     * Returns the entries in date order.
     *
     * @return the entries, unmodifiable, not null
     */
    public List<Effective<T>> entries() {
        return entries;
    }

    /**
     * Returns whether there is no entry.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Timeline && ((Timeline<?>) obj).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /**
     * Returns the entries, such as {@code Timeline[1998-01-01=36, 2000-01-01=24]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Timeline" + entries;
    }
}
