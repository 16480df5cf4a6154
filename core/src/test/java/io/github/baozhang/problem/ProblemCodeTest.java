package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemCodeTest {

    private static final Pattern CODE = Pattern.compile("[EFA]\\d{4}");
    private static final Pattern ARGUMENT_NAME = Pattern.compile("[a-z][A-Za-z]*");
    private static final Map<ProblemKind, Character> LETTER =
            Map.of(ProblemKind.VIOLATION, 'E', ProblemKind.FINDING, 'F', ProblemKind.ALERT, 'A');

    @Test
    void codesAreUnique() {
        Set<String> codes = new HashSet<>();
        for (ProblemCode c : ProblemCode.values()) {
            assertTrue(codes.add(c.code()), () -> c.code() + " is used twice");
        }
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void aCodeIsTheLetterOfItsKindAndFourDigits(ProblemCode c) {
        assertTrue(CODE.matcher(c.code()).matches(), c.code());
        assertEquals(LETTER.get(c.kind()), c.code().charAt(0), c + " is a " + c.kind());
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void ofCodeFindsTheConstantByItsCode(ProblemCode c) {
        assertEquals(Optional.of(c), ProblemCode.ofCode(c.code()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "E9999", "e1001", "E1001 ", " E1001", "E100", "1001", "VALUE_NEGATIVE"})
    void ofCodeFindsNothingForAnUnknownCode(String code) {
        assertEquals(Optional.empty(), ProblemCode.ofCode(code));
    }

    @Test
    void ofCodeRequiresACode() {
        assertEquals("code", assertThrows(NullPointerException.class, () -> ProblemCode.ofCode(null)).getMessage());
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void argumentNamesAreDistinctLowerCamelCaseAndUnmodifiable(ProblemCode c) {
        List<String> names = c.argumentNames();
        assertEquals(names.size(), new HashSet<>(names).size(), () -> c + " repeats an argument name");
        for (String name : names) {
            assertTrue(ARGUMENT_NAME.matcher(name).matches(), name);
        }
        assertThrows(UnsupportedOperationException.class, () -> names.add("extra"));
    }

    @Test
    void argumentNamesAreInMessageOrder() {
        assertEquals(List.of("value"), ProblemCode.VALUE_NEGATIVE.argumentNames());
        assertEquals(List.of("value", "reason"), ProblemCode.AMOUNT_MALFORMED.argumentNames());
        assertEquals(List.of("value"), ProblemCode.RATIO_MALFORMED.argumentNames());
        assertEquals(List.of("value", "min", "max"), ProblemCode.RATIO_OUT_OF_RANGE.argumentNames());
        assertEquals(List.of("source", "payer", "gapFen"), ProblemCode.FUNDING_GAP.argumentNames());
        assertEquals(List.of(), ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL.argumentNames());
    }

    @Test
    void theMoneyCodesAreTheOnesTheInterchangeFormatPublishes() {
        assertEquals("E1003", ProblemCode.AMOUNT_MALFORMED.code());
        assertEquals("E1004", ProblemCode.RATIO_MALFORMED.code());
        assertEquals(ProblemKind.VIOLATION, ProblemCode.AMOUNT_MALFORMED.kind());
        assertEquals(ProblemKind.FINDING, ProblemCode.FUNDING_GAP.kind());
    }

    @Test
    void everyCodeIsAnErrorByDefaultExceptTheDeclaredWarnings() {
        java.util.Set<ProblemCode> warnings = java.util.EnumSet.of(ProblemCode.ADAPTER_AMBIGUOUS);
        for (ProblemCode c : ProblemCode.values()) {
            assertEquals(warnings.contains(c) ? Severity.WARNING : Severity.ERROR, c.defaultSeverity(), c::toString);
        }
    }

    @Test
    void theCatalogueHasViolationsAndFindings() {
        Set<ProblemKind> kinds = EnumSet.noneOf(ProblemKind.class);
        for (ProblemCode c : ProblemCode.values()) {
            kinds.add(c.kind());
        }
        assertTrue(kinds.containsAll(EnumSet.of(ProblemKind.VIOLATION, ProblemKind.FINDING)));
    }
}
