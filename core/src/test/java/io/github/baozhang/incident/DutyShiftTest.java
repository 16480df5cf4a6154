package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutyShiftTest {

    private static final LocalDate SPRING_FESTIVAL = LocalDate.of(2000, 2, 5);

    @Test
    void carriesDateEnterpriseAndStaff() {
        DutyShift s = DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "李明");
        assertEquals(SPRING_FESTIVAL, s.date());
        assertEquals(IncidentArbitraries.ID, s.enterpriseId());
        assertEquals("李明", s.staffName());
    }

    @Test
    void toStringMasksTheStaffName() {
        assertEquals("DutyShift{date=2000-02-05, enterpriseId=D2143569X, staffName=李*}",
                DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "李明").toString());
    }

    @Test
    void aBlankNameIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "  "));
        assertEquals(ProblemCode.TEXT_BLANK, e.code());
        assertEquals(Map.of("field", "staffName"), e.arguments());
        assertThrows(NullPointerException.class, () -> DutyShift.of(null, IncidentArbitraries.ID, "李明"));
    }

    @Test
    void valueSemantics() {
        DutyShift s = DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "李明");
        assertEquals(s, DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "李明"));
        assertEquals(s.hashCode(), DutyShift.of(SPRING_FESTIVAL, IncidentArbitraries.ID, "李明").hashCode());
        assertNotEquals(s, DutyShift.of(SPRING_FESTIVAL.plusDays(1), IncidentArbitraries.ID, "李明"));
    }
}
