package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final LocalDate JAN = LocalDate.of(1999, 1, 1);
    private static final LocalDate JUL = LocalDate.of(1999, 7, 1);

    private final Timeline<String> beijing = Timeline.of(JAN, "295/235").plus(JUL, "361/301");

    @Test
    void theValueInForceIsTheLatestEntryOnOrBeforeTheDate() {
        assertEquals(Optional.empty(), beijing.at(JAN.minusDays(1)));
        assertEquals(Optional.of("295/235"), beijing.at(JAN));
        assertEquals(Optional.of("295/235"), beijing.at(JUL.minusDays(1)));
        assertEquals(Optional.of("361/301"), beijing.at(JUL));
        assertEquals(Optional.of("361/301"), beijing.at(LocalDate.of(2005, 12, 31)));
        assertEquals(Optional.of(Effective.of(JUL, "361/301")), beijing.entryAt(JUL.plusDays(3)));
    }

    @Test
    void entriesAreSortedWhateverTheOrderGiven() {
        Timeline<String> t = Timeline.of(List.of(Effective.of(JUL, "b"), Effective.of(JAN, "a")));
        assertEquals(List.of(Effective.of(JAN, "a"), Effective.of(JUL, "b")), t.entries());
        assertEquals(t, Timeline.of(JAN, "a").plus(JUL, "b"));
        assertEquals(t, Timeline.of(JUL, "b").plus(JAN, "a"));
        assertEquals(t.hashCode(), Timeline.of(JUL, "b").plus(JAN, "a").hashCode());
        assertThrows(UnsupportedOperationException.class, () -> t.entries().add(Effective.of(JAN, "c")));
    }

    @Test
    void twoEntriesOnOneDateAreRefusedWithTheirCode() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> Timeline.of(List.of(Effective.of(JUL, "a"), Effective.of(JAN, "x"), Effective.of(JUL, "b"))));
        assertEquals(ProblemCode.EFFECTIVE_DATE_DUPLICATE, e.code());
        assertEquals(Map.of("date", "1999-07-01"), e.arguments());
        assertEquals(ProblemCode.EFFECTIVE_DATE_DUPLICATE,
                assertThrows(InvalidValueException.class, () -> beijing.plus(JAN, "again")).code());
    }

    @Test
    void theEmptyTimelineHasNothingInForce() {
        Timeline<Integer> empty = Timeline.empty();
        assertTrue(empty.isEmpty());
        assertEquals(Optional.empty(), empty.at(JAN));
        assertSame(Timeline.<Integer>empty(), Timeline.of(new ArrayList<Effective<Integer>>()));
        assertEquals("Timeline[]", empty.toString());
        assertTrue(!beijing.isEmpty());
    }

    @Test
    void plusLeavesTheOriginalAlone() {
        Timeline<String> one = Timeline.of(JAN, "a");
        Timeline<String> two = one.plus(JUL, "b");
        assertEquals(1, one.entries().size());
        assertEquals(2, two.entries().size());
        assertNotEquals(one, two);
        assertNotEquals(one.hashCode(), two.hashCode());
        assertNotEquals(one, "a");
    }

    @Test
    void printsItsEntries() {
        assertEquals("Timeline[1999-01-01=295/235, 1999-07-01=361/301]", beijing.toString());
    }

    @Test
    void refusesNulls() {
        assertEquals("entries", assertThrows(NullPointerException.class, () -> Timeline.of(null)).getMessage());
        List<Effective<String>> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals("entry", assertThrows(NullPointerException.class, () -> Timeline.of(withNull)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> beijing.at(null)).getMessage());
    }
}
