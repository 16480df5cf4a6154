package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void ofPutsTheViolationAtAField() {
        Violation v = Violation.of(ProblemCode.RATIO_OUT_OF_RANGE, "enterpriseRatio",
                ordered("value", "3/4", "min", "0/1", "max", "2/3"));
        assertEquals(ProblemCode.RATIO_OUT_OF_RANGE, v.code());
        assertEquals(Location.ofField("enterpriseRatio"), v.location());
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(Optional.empty(), v.offendingValue());
        assertEquals(List.of("value", "min", "max"), List.copyOf(v.arguments().keySet()));
        assertEquals("2/3", v.arguments().get("max"));
    }

    @Test
    void theBuilderDefaultsToTheCodesSeverityAndNoLocation() {
        Violation v = Violation.builder().code(ProblemCode.VALUE_NEGATIVE).putArguments("value", "-1").build();
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(Location.none(), v.location());
        assertEquals(Map.of("value", "-1"), v.arguments());
    }

    @Test
    void theBuilderSetsSeverityAndOffendingValue() {
        Violation v = Violation.builder()
                .code(ProblemCode.CITIZEN_ID_CHECK).severity(Severity.WARNING).offendingValue("11010519491231****")
                .putArguments("expected", "2").putArguments("actual", "X").build();
        assertEquals(Severity.WARNING, v.severity());
        assertEquals(Optional.of("11010519491231****"), v.offendingValue());
    }

    @Test
    void withLocationCopies() {
        Violation v = Violation.of(ProblemCode.VALUE_NEGATIVE, "workers", Map.of("value", "-3"));
        Location where = Location.ofField("workers").withDocument("cases.json");
        Violation moved = v.withLocation(where);
        assertEquals(where, moved.location());
        assertEquals(Location.ofField("workers"), v.location());
        assertEquals(v.arguments(), moved.arguments());
        assertNotEquals(v, moved);
    }

    @Test
    void anArgumentNameTheCodeDoesNotHaveIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Violation.of(ProblemCode.RATIO_MALFORMED, "enterpriseRatio", Map.of("reason", "zero")));
        assertTrue(e.getMessage().contains("'reason'") && e.getMessage().contains("E1004"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Violation.builder().code(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL).putArguments("id", "x").build());
        Violation fine = Violation.of(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "affiliation", Map.of());
        assertEquals(Map.of(), fine.arguments());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    @Property
    void onlyTheCodesArgumentNamesAreAccepted(@ForAll ProblemCode code, @ForAll("names") String name) {
        Map<String, String> arguments = Map.of(name, "x");
        if (code.argumentNames().contains(name)) {
            assertEquals(arguments, Violation.of(code, "f", arguments).arguments());
        } else {
            assertThrows(IllegalArgumentException.class, () -> Violation.of(code, "f", arguments));
        }
        for (String known : code.argumentNames()) {
            assertEquals(Map.of(known, "x"), Violation.of(code, "f", Map.of(known, "x")).arguments());
        }
    }

    @Test
    void theArgumentsCannotBeChanged() {
        Violation v = Violation.of(ProblemCode.VALUE_NEGATIVE, "workers", Map.of("value", "-3"));
        assertThrows(UnsupportedOperationException.class, () -> v.arguments().put("value", "0"));
    }

    @Test
    void aCodeIsRequired() {
        assertThrows(IllegalStateException.class, () -> Violation.builder().build());
    }

    @Test
    void equalViolationsAreEqual() {
        Violation a = Violation.of(ProblemCode.VALUE_NEGATIVE, "workers", Map.of("value", "-3"));
        Violation b = Violation.of(ProblemCode.VALUE_NEGATIVE, "workers", Map.of("value", "-3"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Violation.of(ProblemCode.VALUE_NEGATIVE, "months", Map.of("value", "-3")));
        assertNotEquals(a, Violation.of(ProblemCode.VALUE_NEGATIVE, "workers", Map.of("value", "-4")));
    }
}
