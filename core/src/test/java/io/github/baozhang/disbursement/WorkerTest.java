package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerTest {

    static final CitizenId ID = CitizenId.parse("11010519491231002X");
    static final CitizenId OTHER_ID = CitizenId.parse("440524188001010014");

    @Test
    void holdsTheIdAndTheStrippedName() {
        Worker w = Worker.of(ID, " 王建国\u3000");
        assertEquals(ID, w.citizenId());
        assertEquals("王建国", w.name());
    }

    @Test
    void toStringShowsOnlyMasks() {
        Worker w = Worker.of(ID, "王建国");
        assertEquals("Worker[110105********002X 王*国]", w.toString());
        assertFalse(w.toString().contains("11010519491231002X"));
        assertFalse(w.toString().contains("王建国"));
        assertEquals("王*国", w.maskedName());
        assertEquals("110105********002X", w.maskedId());
    }

    @Test
    void aBlankNameIsRefusedWithItsCode() {
        for (String blank : new String[] {"", " ", "\t\u3000"}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> Worker.of(ID, blank));
            assertEquals(ProblemCode.WORKER_NAME_BLANK, e.code());
            assertEquals(Map.of(), e.arguments());
        }
    }

    @Test
    void isAValueOfIdAndName() {
        assertEquals(Worker.of(ID, "王五"), Worker.of(ID, "王五 "));
        assertEquals(Worker.of(ID, "王五").hashCode(), Worker.of(ID, "王五").hashCode());
        assertNotEquals(Worker.of(ID, "王五"), Worker.of(ID, "王六"));
        assertNotEquals(Worker.of(ID, "王五"), Worker.of(OTHER_ID, "王五"));
        assertNotEquals(Worker.of(ID, "王五").hashCode(), Worker.of(OTHER_ID, "王五").hashCode());
        assertNotEquals(Worker.of(ID, "王五").hashCode(), Worker.of(ID, "王六").hashCode());
        assertNotEquals(Worker.of(ID, "王五"), "王五");
    }

    @Test
    void refusesNulls() {
        assertEquals("citizenId", assertThrows(NullPointerException.class, () -> Worker.of(null, "王五")).getMessage());
        assertEquals("name", assertThrows(NullPointerException.class, () -> Worker.of(ID, null)).getMessage());
    }
}
