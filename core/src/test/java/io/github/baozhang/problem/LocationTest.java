package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void noneSaysNothing() {
        Location none = Location.none();
        assertEquals(Optional.empty(), none.document());
        assertEquals(Optional.empty(), none.pointer());
        assertEquals(OptionalLong.empty(), none.line());
        assertEquals(OptionalLong.empty(), none.column());
        assertEquals(Optional.empty(), none.field());
        assertSame(none, Location.none());
        assertEquals(none, Location.builder().build());
    }

    @Test
    void ofFieldNamesOnlyTheField() {
        Location location = Location.ofField("received.socialFen");
        assertEquals(Optional.of("received.socialFen"), location.field());
        assertEquals(Optional.empty(), location.document());
        assertEquals(OptionalLong.empty(), location.line());
    }

    @Test
    void theBuilderSetsEveryPart() {
        Location location = Location.builder()
                .document("cases.json").pointer("/cases/3/enterpriseRatio").line(12).column(5).field("enterpriseRatio")
                .build();
        assertEquals(Optional.of("cases.json"), location.document());
        assertEquals(Optional.of("/cases/3/enterpriseRatio"), location.pointer());
        assertEquals(OptionalLong.of(12), location.line());
        assertEquals(OptionalLong.of(5), location.column());
        assertEquals(Optional.of("enterpriseRatio"), location.field());
    }

    @Test
    void withDocumentAndWithFieldCopy() {
        Location original = Location.builder().line(1).column(1).build();
        Location moved = original.withDocument("a.json").withField("period");
        assertEquals(Optional.of("a.json"), moved.document());
        assertEquals(Optional.of("period"), moved.field());
        assertEquals(OptionalLong.of(1), moved.line());
        assertEquals(Optional.empty(), original.document());
        assertNotEquals(original, moved);
    }

    @Test
    void lineAndColumnStartAtOne() {
        assertEquals(OptionalLong.of(1), Location.builder().line(1).column(1).build().line());
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
                () -> Location.builder().line(0).build());
        assertTrue(line.getMessage().contains("line"), line.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> Location.builder().line(1).column(0).build());
        assertTrue(column.getMessage().contains("column"), column.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Location.builder().column(-1).build());
        assertThrows(IllegalArgumentException.class, () -> Location.builder().line(Long.MIN_VALUE).build());
    }

    @Property
    void everyLineAndColumnFromOneIsAccepted(
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long line,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long column) {
        Location location = Location.builder().line(line).column(column).build();
        assertEquals(OptionalLong.of(line), location.line());
        assertEquals(OptionalLong.of(column), location.column());
    }

    @Property
    void everyLineOrColumnBelowOneIsRejected(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = 0) long below,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long fine) {
        assertThrows(IllegalArgumentException.class, () -> Location.builder().line(below).column(fine).build());
        assertThrows(IllegalArgumentException.class, () -> Location.builder().line(fine).column(below).build());
    }

    @Test
    void equalLocationsAreEqual() {
        Location a = Location.builder().document("d").line(2).build();
        Location b = Location.builder().document("d").line(2).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Location.builder().document("d").line(3).build());
    }
}
