package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DutyRosterTest {

    private static final OrganizationCode A = IncidentArbitraries.ID;
    private static final OrganizationCode B = IncidentArbitraries.organizationCode("12345678");
    private static final LocalDate FEB_5 = LocalDate.of(2000, 2, 5);
    private static final LocalDate FEB_6 = LocalDate.of(2000, 2, 6);

    @Test
    void whoIsOnDutyForAnEnterpriseOnADate() {
        DutyShift li = DutyShift.of(FEB_5, A, "李明");
        DutyShift zhang = DutyShift.of(FEB_5, A, "张强");
        DutyRoster roster = DutyRoster.of(List.of(li, DutyShift.of(FEB_6, B, "王五"), zhang));
        assertEquals(List.of(zhang, li), roster.onDuty(FEB_5, A));
        assertEquals(List.of(), roster.onDuty(FEB_5, B));
        assertEquals(List.of(), roster.onDuty(LocalDate.of(2000, 3, 1), A));
        assertTrue(roster.isCovered(FEB_6, B));
        assertFalse(roster.isCovered(FEB_6, A));
    }

    @Test
    void shiftsComeOnceEachByDateEnterpriseAndName() {
        DutyShift a5 = DutyShift.of(FEB_5, A, "李明");
        DutyShift b5 = DutyShift.of(FEB_5, B, "王五");
        DutyShift a6 = DutyShift.of(FEB_6, A, "李明");
        DutyRoster roster = DutyRoster.of(List.of(a6, b5, a5, a6));
        assertEquals(List.of(b5, a5, a6), roster.shifts());
        assertEquals(3, roster.shifts().size());
        assertEquals(FEB_5, roster.shifts().get(0).date());
        assertEquals(FEB_6, roster.shifts().get(2).date());
        assertThrows(UnsupportedOperationException.class, () -> roster.shifts().clear());
    }

    @Test
    void nobodyOnDutyOnAHolidayIsAFindingNamingTheEnterpriseAndTheDate() {
        DutyRoster roster = DutyRoster.of(List.of(DutyShift.of(FEB_5, A, "李明"), DutyShift.of(FEB_6, B, "王五"),
                DutyShift.of(LocalDate.of(2000, 2, 7), A, "李明")));
        List<Finding> findings = roster.checkCoverage(List.of(A, B), List.of(FEB_6, FEB_5));
        assertEquals(2, findings.size());
        Finding first = findings.get(0);
        assertEquals(ProblemCode.HOLIDAY_DUTY_UNCOVERED, first.code());
        assertEquals(B.toString(), first.subject());
        assertEquals(Map.of("date", "2000-02-05"), first.arguments());
        assertEquals(A.toString(), findings.get(1).subject());
        assertEquals(Map.of("date", "2000-02-06"), findings.get(1).arguments());
    }

    @Test
    void anEmptyRosterLeavesEveryPairUncovered() {
        assertSame(DutyRoster.empty(), DutyRoster.empty());
        assertEquals(DutyRoster.empty(), DutyRoster.of(List.of()));
        assertEquals(4, DutyRoster.empty().checkCoverage(List.of(A, B, A), List.of(FEB_5, FEB_6, FEB_5)).size());
        assertEquals(List.of(), DutyRoster.empty().checkCoverage(List.of(A), List.of()));
    }

    @Test
    void nullsAreRejected() {
        DutyRoster roster = DutyRoster.empty();
        assertEquals("shifts", assertThrows(NullPointerException.class, () -> DutyRoster.of(null)).getMessage());
        assertEquals("shift", assertThrows(NullPointerException.class,
                () -> DutyRoster.of(Arrays.asList((DutyShift) null))).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> roster.onDuty(null, A)).getMessage());
        assertEquals("enterpriseId", assertThrows(NullPointerException.class,
                () -> roster.onDuty(FEB_5, null)).getMessage());
        assertEquals("enterprises", assertThrows(NullPointerException.class,
                () -> roster.checkCoverage(null, List.of())).getMessage());
        assertEquals("holidays", assertThrows(NullPointerException.class,
                () -> roster.checkCoverage(List.of(), null)).getMessage());
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> roster.checkCoverage(Arrays.asList((OrganizationCode) null), List.of())).getMessage());
        assertEquals("holiday", assertThrows(NullPointerException.class,
                () -> roster.checkCoverage(List.of(), Arrays.asList((LocalDate) null))).getMessage());
    }

    @Test
    void valueSemanticsWithoutNamesInToString() {
        DutyRoster roster = DutyRoster.of(List.of(DutyShift.of(FEB_5, A, "李明")));
        assertEquals(roster, DutyRoster.of(List.of(DutyShift.of(FEB_5, A, "李明"), DutyShift.of(FEB_5, A, "李明"))));
        assertEquals(roster.hashCode(), DutyRoster.of(List.of(DutyShift.of(FEB_5, A, "李明"))).hashCode());
        assertNotEquals(roster, DutyRoster.empty());
        assertEquals(roster.shifts().hashCode(), roster.hashCode());
        assertEquals(List.of().hashCode(), DutyRoster.empty().hashCode());
        assertNotEquals(roster, List.of(DutyShift.of(FEB_5, A, "李明")));
        assertEquals("DutyRoster[1 shifts]", roster.toString());
    }

    // ---- properties ----

    @Provide
    Arbitrary<List<DutyShift>> shifts() {
        return Combinators.combine(IncidentArbitraries.dates(10), IncidentArbitraries.ids(5),
                        Arbitraries.of("李明", "王五", "欧阳振锋"))
                .as(DutyShift::of).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<OrganizationCode>> enterprises() {
        return IncidentArbitraries.ids(5).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<LocalDate>> holidays() {
        return IncidentArbitraries.dates(10).list().ofMaxSize(6);
    }

    @Property
    void theCoverageCheckFindsExactlyThePairsWithNobodyOnDuty(@ForAll("shifts") List<DutyShift> shifts,
            @ForAll("enterprises") List<OrganizationCode> enterprises, @ForAll("holidays") List<LocalDate> holidays) {
        List<Finding> expected = new ArrayList<>();
        for (LocalDate date : new TreeSet<>(holidays)) {
            for (OrganizationCode id : new TreeSet<>(enterprises)) {
                boolean covered = shifts.stream().anyMatch(s -> s.date().equals(date) && s.enterpriseId().equals(id));
                if (!covered) {
                    expected.add(Checks.finding(ProblemCode.HOLIDAY_DUTY_UNCOVERED, id.toString(), "date",
                            date.toString()));
                }
            }
        }
        assertEquals(expected, DutyRoster.of(shifts).checkCoverage(enterprises, holidays));
    }

    @Property
    void theRosterDependsOnTheShiftsNotTheirOrderOrRepetition(@ForAll("shifts") List<DutyShift> shifts) {
        List<DutyShift> shuffled = new ArrayList<>(shifts);
        shuffled.addAll(shifts);
        Collections.reverse(shuffled);
        DutyRoster roster = DutyRoster.of(shifts);
        assertEquals(roster, DutyRoster.of(shuffled));
        assertEquals(new java.util.HashSet<>(shifts).size(), roster.shifts().size());
        for (DutyShift s : shifts) {
            assertTrue(roster.onDuty(s.date(), s.enterpriseId()).contains(s));
        }
    }
}
