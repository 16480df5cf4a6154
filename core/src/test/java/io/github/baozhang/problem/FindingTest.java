package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void ofCarriesCodeSubjectAndArgumentsInOrder() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("source", "SOCIAL");
        arguments.put("payer", "FINANCE_LOCAL");
        arguments.put("gapFen", "12345");
        Finding f = Finding.of(ProblemCode.FUNDING_GAP, "case-7", arguments);
        assertEquals(ProblemCode.FUNDING_GAP, f.code());
        assertEquals("case-7", f.subject());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of("source", "payer", "gapFen"), List.copyOf(f.arguments().keySet()));
        assertEquals("12345", f.arguments().get("gapFen"));
    }

    @Test
    void anArgumentNameTheCodeDoesNotHaveIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Finding.of(ProblemCode.UI_PREMIUM_ARREARS, "case-7", Map.of("arrearsFen", "1")));
        assertTrue(e.getMessage().contains("'arrearsFen'") && e.getMessage().contains("F4002"), e.getMessage());
        assertEquals(Map.of("uiArrearsFen", "1"),
                Finding.of(ProblemCode.UI_PREMIUM_ARREARS, "case-7", Map.of("uiArrearsFen", "1")).arguments());
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    }

    @Property
    void onlyTheCodesArgumentNamesAreAccepted(@ForAll ProblemCode code, @ForAll("names") String name) {
        Map<String, String> arguments = Map.of(name, "x");
        if (code.argumentNames().contains(name)) {
            assertEquals(arguments, Finding.of(code, "s", arguments).arguments());
        } else {
            assertThrows(IllegalArgumentException.class, () -> Finding.of(code, "s", arguments));
        }
    }

    @Test
    void theArgumentsCannotBeChanged() {
        Finding f = Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "e-1", Map.of("gapFen", "1"));
        assertThrows(UnsupportedOperationException.class, () -> f.arguments().clear());
    }

    @Test
    void subjectAndCodeAreRequired() {
        assertThrows(NullPointerException.class, () -> Finding.of(ProblemCode.FUNDING_GAP, null, Map.of()));
        assertThrows(NullPointerException.class, () -> Finding.of(null, "s", Map.of()));
    }

    @Test
    void equalFindingsAreEqual() {
        Finding a = Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "e-1", Map.of("gapFen", "1"));
        Finding b = Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "e-1", Map.of("gapFen", "1"));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, "e-2", Map.of("gapFen", "1")));
    }
}
