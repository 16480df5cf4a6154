package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The holiday duty roster (节假日值班): for each date and monitored enterprise, who is on duty;
 * and the check that nobody is missing on a holiday.
 *
 * <p>Holidays are a parameter of the check ({@link #checkCoverage}): the province's calendar is
 * built elsewhere. A shift on a day that is not a holiday is kept but checks nothing. The same
 * shift listed twice counts once.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: two rosters
 * are equal when they hold the same shifts. {@link #toString()} shows no names.
 */
public final class DutyRoster {

    private static final Comparator<DutyShift> ORDER = Comparator.comparing(DutyShift::date)
            .thenComparing(DutyShift::enterpriseId)
            .thenComparing(DutyShift::staffName);

    private static final DutyRoster EMPTY = new DutyRoster(List.of());

    /** The distinct shifts by date, enterprise and name. */
    private final List<DutyShift> shifts;
    /** Who is on duty by date and enterprise. */
    private final Map<LocalDate, Map<OrganizationCode, List<DutyShift>>> byDate;

    private DutyRoster(List<DutyShift> shifts) {
        this.shifts = shifts;
        Map<LocalDate, Map<OrganizationCode, List<DutyShift>>> index = new HashMap<>();
        for (DutyShift s : shifts) {
            index.computeIfAbsent(s.date(), d -> new HashMap<>())
                    .computeIfAbsent(s.enterpriseId(), e -> new ArrayList<>())
                    .add(s);
        }
        this.byDate = index;
    }

    /**
     * Returns the roster with no shift.
     *
     * @return the empty roster, not null
     */
    public static DutyRoster empty() {
        return EMPTY;
    }

    /**
     * Returns the roster of the given shifts.
     *
     * @param shifts  the shifts, in any order, repeats allowed, not null, no null element
     * @return the roster, not null
     */
    public static DutyRoster of(Collection<DutyShift> shifts) {
        Objects.requireNonNull(shifts, "shifts");
        TreeSet<DutyShift> sorted = new TreeSet<>(ORDER);
        for (DutyShift s : shifts) {
            sorted.add(Objects.requireNonNull(s, "shift"));
        }
        return new DutyRoster(List.copyOf(sorted));
    }

    /**
     * Returns the shifts, once each, by date, enterprise id and name.
     *
     * @return the shifts, unmodifiable, not null
     */
    public List<DutyShift> shifts() {
        return shifts;
    }

    /**
     * Returns who is on duty for an enterprise on a date.
     *
     * @param date  the date, not null
     * @param enterpriseId  the enterprise, not null
     * @return the shifts, by name, unmodifiable, empty if nobody, not null
     */
    public List<DutyShift> onDuty(LocalDate date, OrganizationCode enterpriseId) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        return List.copyOf(byDate.getOrDefault(date, Map.of()).getOrDefault(enterpriseId, List.of()));
    }

    /**
     * Returns whether somebody is on duty for an enterprise on a date.
     *
     * @param date  the date, not null
     * @param enterpriseId  the enterprise, not null
     * @return true if at least one shift covers it
     */
    public boolean isCovered(LocalDate date, OrganizationCode enterpriseId) {
        return !onDuty(date, enterpriseId).isEmpty();
    }

    /**
     * Checks the coverage of holidays: for every enterprise and holiday with nobody on duty, the
     * finding {@link ProblemCode#HOLIDAY_DUTY_UNCOVERED} with the enterprise id as subject and
     * the {@code date} as argument ({@code YYYY-MM-DD}). Findings come by date, then by
     * enterprise id; repeated enterprises or holidays count once.
     *
     * @param enterprises  the monitored enterprises, not null, no null element
     * @param holidays  the holidays, not null, no null element
     * @return the findings, unmodifiable, empty if every pair is covered, not null
     */
    public List<Finding> checkCoverage(Collection<OrganizationCode> enterprises, Collection<LocalDate> holidays) {
        SortedSet<OrganizationCode> ids = sortedCopy(enterprises, "enterprises", "enterprise");
        SortedSet<LocalDate> dates = sortedCopy(holidays, "holidays", "holiday");
        List<Finding> findings = new ArrayList<>();
        for (LocalDate date : dates) {
            for (OrganizationCode id : ids) {
                if (!isCovered(date, id)) {
                    findings.add(Checks.finding(ProblemCode.HOLIDAY_DUTY_UNCOVERED, id.toString(),
                            "date", date.toString()));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static <T extends Comparable<? super T>> SortedSet<T> sortedCopy(Collection<T> items, String name, String element) {
        Objects.requireNonNull(items, name);
        SortedSet<T> sorted = new TreeSet<>();
        for (T item : items) {
            sorted.add(Objects.requireNonNull(item, element));
        }
        return sorted;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DutyRoster && ((DutyRoster) obj).shifts.equals(shifts);
    }

    @Override
    public int hashCode() {
        return shifts.hashCode();
    }

    /**
     * Returns the size of the roster without any name, such as {@code DutyRoster[12 shifts]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DutyRoster[" + shifts.size() + " shifts]";
    }
}
