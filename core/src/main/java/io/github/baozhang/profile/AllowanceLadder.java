package io.github.baozhang.profile;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The monthly basic living allowance (基本生活费) by year in the re-employment centre: one rung
 * for year one, one for year two, and so on. Provinces often stepped it down — Beijing from
 * 1999-07-01 paid 361 yuan in year one (base 286 + outpatient 70 + one-child 5) and 301 in year
 * two (outpatient 10 from year two).
 *
 * <p>A year beyond the last rung keeps the last rung: a ladder of two rungs pays its second in
 * year three. That a ladder does not rise is a policy check ({@link #checkNotIncreasing()}),
 * not an invariant: a ladder that rises can be built and is reported.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class AllowanceLadder {

    private final List<Money> rungs;

    private AllowanceLadder(List<Money> rungs) {
        this.rungs = rungs;
    }

    /**
     * Returns a ladder.
     *
     * @param rungs  the monthly allowance of year one, two, …; at least one, each zero or more,
     *     not null, no null element
     * @return the ladder, not null
     * @throws IllegalArgumentException if there is no rung
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if a rung is negative
     */
    public static AllowanceLadder of(List<Money> rungs) {
        Objects.requireNonNull(rungs, "rungs");
        if (rungs.isEmpty()) {
            throw new IllegalArgumentException("a ladder has at least one rung");
        }
        List<Money> copy = new ArrayList<>(rungs.size());
        for (Money m : rungs) {
            copy.add(Checks.notNegative(Objects.requireNonNull(m, "rung")));
        }
        return new AllowanceLadder(Collections.unmodifiableList(copy));
    }

    /**
     * Returns a ladder of the given rungs.
     *
     * @param yearOne  the allowance of year one, zero or more, not null
     * @param laterYears  the allowance of year two, three, …, each zero or more, not null
     * @return the ladder, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if a rung is negative
     */
    public static AllowanceLadder of(Money yearOne, Money... laterYears) {
        Objects.requireNonNull(yearOne, "yearOne");
        Objects.requireNonNull(laterYears, "laterYears");
        List<Money> all = new ArrayList<>(laterYears.length + 1);
        all.add(yearOne);
        Collections.addAll(all, laterYears);
        return of(all);
    }

    /**
     * Returns the allowance of a year in the centre; a year beyond the last rung gets the last
     * rung.
     *
     * @param year  the year in the centre, 1 for the first twelve months
     * @return the monthly allowance, not null
     * @throws IllegalArgumentException if the year is below 1
     */
    public Money forYearInCentre(int year) {
        if (year < 1) {
            throw new IllegalArgumentException("year in the centre must be 1 or more: " + year);
        }
        return rungs.get(Math.min(year, rungs.size()) - 1);
    }

    /**
     * Returns the rungs, year one first.
     *
     * @return the rungs, at least one, unmodifiable, not null
     */
    public List<Money> rungs() {
        return rungs;
    }

    /**
     * Checks that the ladder never rises from one year to the next: for each rung above the one
     * before it, {@link ProblemCode#ALLOWANCE_LADDER_INCREASING} at field {@code ladder[i]}
     * (0-based index; argument {@code year} is i + 1).
     *
     * @return the violations, in rung order, unmodifiable, empty if none, not null
     */
    public List<Violation> checkNotIncreasing() {
        List<Violation> violations = new ArrayList<>();
        for (int i = 1; i < rungs.size(); i++) {
            Money previous = rungs.get(i - 1);
            Money rung = rungs.get(i);
            if (rung.compareTo(previous) > 0) {
                violations.add(Checks.violation(ProblemCode.ALLOWANCE_LADDER_INCREASING, field(i),
                        "year", Integer.toString(i + 1), "allowanceFen", Long.toString(rung.fen()),
                        "previousFen", Long.toString(previous.fen())));
            }
        }
        return List.copyOf(violations);
    }

    /** The field of the rung at a 0-based index. */
    static String field(int index) {
        return "ladder[" + index + "]";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AllowanceLadder && ((AllowanceLadder) obj).rungs.equals(rungs);
    }

    @Override
    public int hashCode() {
        return rungs.hashCode();
    }

    /**
     * Returns the rungs in yuan, such as {@code AllowanceLadder[361.00, 301.00]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "AllowanceLadder" + rungs;
    }
}
