package io.github.baozhang.examples.provincial.snippets;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.DutyRoster;
import io.github.baozhang.incident.DutyShift;
import io.github.baozhang.problem.Finding;
import java.time.LocalDate;
import java.util.List;

/** The code of {@code docs/incidents.md}. */
public final class IncidentsPage {

    private IncidentsPage() {
    }

    /**
     * Checks a two-shift roster over a holiday.
     *
     * @param angang  one enterprise
     * @param shuicheng  another
     * @param springFestival  the holiday's dates
     * @return the findings of the check
     */
    public static List<Finding> roster(OrganizationCode angang, OrganizationCode shuicheng, List<LocalDate> springFestival) {
        // tag::roster[]
        DutyRoster roster = DutyRoster.of(List.of(
                DutyShift.of(LocalDate.of(2000, 2, 5), angang, "李明"),
                DutyShift.of(LocalDate.of(2000, 2, 6), shuicheng, "王五")));
        List<Finding> uncovered = roster.checkCoverage(List.of(angang, shuicheng), springFestival);
        // F6001 shuicheng {date=2000-02-05}, F6001 angang {date=2000-02-06}, ...
        // end::roster[]
        return uncovered;
    }
}
