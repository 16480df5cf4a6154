package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.beijing;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Due days per province from its profile, and the deadline edges through the roll-up. */
class ProvinceDeadlinesTest {

    private static final DivisionCode LIAONING = DivisionCode.parse("210000");
    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsOnly();

    @Test
    void theDueDayOfAProvinceUsesItsProfileDayAndCalendar() {
        // 2000-01-10 is a Monday; a holiday on it moves the due day to Tuesday the 11th.
        HolidayCalendar calendar = HolidayCalendar.of(Set.of(LocalDate.of(2000, 1, 10)), Set.of());
        ProvinceProfile liaoning = ProvinceProfile.national().withName("辽宁").withProvince(LIAONING)
                .withReportDueDay(10).withCalendar(calendar);
        assertEquals(LocalDate.of(2000, 1, 11), Deadlines.dueDay(PERIOD, liaoning));
        assertEquals(LocalDate.of(2000, 1, 5), Deadlines.dueDay(PERIOD, ProvinceProfile.national()));
    }

    private static List<String> lateOrMissing(List<Enterprise> registry, List<MonthlyReport> reports,
            HolidayCalendar calendar, List<ProvinceProfile> profiles) {
        Bulletin b = RollUp.run(PERIOD, registry, reports, List.of(), calendar, profiles).bulletin();
        return b.alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_LATE || a.code() == ProblemCode.REPORT_MISSING)
                .map(a -> a.code().code() + " " + a.subject()).collect(Collectors.toList());
    }

    @Test
    void theLastSecondOfAProvincesDueDayIsOnTimeAndTheNextIsLate() {
        ProvinceProfile liaoning = ProvinceProfile.national().withName("辽宁").withProvince(LIAONING).withReportDueDay(10);
        List<Enterprise> registry = List.of(enterprise(1, "210000", Industry.OTHER), enterprise(2, "210000", Industry.OTHER),
                enterprise(3, "130000", Industry.OTHER));
        List<MonthlyReport> reports = List.of(
                report(1).submittedAt(beijing(2000, 1, 10, 23, 59, 59)).build(),
                report(2).submittedAt(beijing(2000, 1, 11, 0, 0, 0)).build(),
                // Hebei keeps the default, the 5th: 2000-01-05T16:00Z is midnight in Beijing, late.
                report(3).submittedAt(OffsetDateTime.of(2000, 1, 5, 16, 0, 0, 0, ZoneOffset.UTC)).build());
        assertEquals(List.of("A9602 " + id(2), "A9602 " + id(3)), lateOrMissing(registry, reports, WEEKENDS,
                List.of(liaoning)));
    }

    @Test
    void aDeadlineMovedByAHolidayAcceptsAReportOnTheMovedDay() {
        // 2000-10-05 falls in the National Day holidays; with 8 October made a working day the
        // report of September is due on Sunday 8 October.
        HolidayCalendar golden = HolidayCalendar.of(List.of(LocalDate.of(2000, 10, 1), LocalDate.of(2000, 10, 2),
                LocalDate.of(2000, 10, 3), LocalDate.of(2000, 10, 4), LocalDate.of(2000, 10, 5),
                LocalDate.of(2000, 10, 6), LocalDate.of(2000, 10, 7)), Set.of(LocalDate.of(2000, 10, 8)));
        YearMonth september = YearMonth.of(2000, 9);
        List<Enterprise> registry = List.of(enterprise(1, "210000", Industry.OTHER), enterprise(2, "210000", Industry.OTHER));
        List<MonthlyReport> reports = List.of(
                report(1).period(september).submittedAt(beijing(2000, 10, 8, 23, 59, 59)).build(),
                report(2).period(september).submittedAt(beijing(2000, 10, 9, 0, 0, 0)).build());
        Bulletin b = RollUp.run(september, registry, reports, List.of(), golden, List.of()).bulletin();
        assertEquals(1, b.national().onTime());
        assertEquals(List.of(id(2).toString()), b.alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_LATE)
                .map(a -> a.subject()).collect(Collectors.toList()));
        assertEquals("2000-10-08", b.alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_LATE)
                .findFirst().orElseThrow().arguments().get("dueOn"));
    }
}
