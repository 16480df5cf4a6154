package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ParsedTest {

    private static Parsed<Integer> malformed(String value, String reason) {
        return Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value", value, "reason", reason);
    }

    // ---- valid ---------------------------------------------------------------------------

    @Test
    void aValidOutcomeHasTheValueAndNoReason() {
        Parsed<String> parsed = Parsed.valid("1/3");
        assertTrue(parsed.isValid());
        assertEquals("1/3", parsed.value());
        assertEquals("1/3", parsed.orElseThrow());
        assertEquals(Optional.of("1/3"), parsed.toOptional());
        assertEquals(Optional.empty(), parsed.code());
        assertEquals(Map.of(), parsed.arguments());
    }

    @Test
    void aValidOutcomeNeedsAValue() {
        assertEquals("value", assertThrows(NullPointerException.class, () -> Parsed.valid(null)).getMessage());
    }

    // ---- invalid -------------------------------------------------------------------------

    @Test
    void anInvalidOutcomeHasTheCodeAndTheArgumentsInOrderAndNoValue() {
        Parsed<Integer> parsed = malformed("1.234", "decimals");
        assertFalse(parsed.isValid());
        assertEquals(Optional.of(ProblemCode.AMOUNT_MALFORMED), parsed.code());
        assertEquals(Map.of("value", "1.234", "reason", "decimals"), parsed.arguments());
        assertEquals(List.of("value", "reason"), List.copyOf(parsed.arguments().keySet()));
        assertEquals(List.of("reason", "value"), List.copyOf(Parsed.invalid(ProblemCode.AMOUNT_MALFORMED,
                "reason", "digits", "value", "x").arguments().keySet()));
        assertEquals(Optional.empty(), parsed.toOptional());
    }

    @Test
    void valueOfAnInvalidOutcomeThrowsNoSuchElementNamingTheCode() {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> malformed("x", "digits").value());
        assertTrue(e.getMessage().contains("E1003"), e.getMessage());
    }

    @Test
    void orElseThrowOfAnInvalidOutcomeCarriesTheCodeAndTheArguments() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> malformed("x", "digits").orElseThrow());
        assertEquals(ProblemCode.AMOUNT_MALFORMED, e.code());
        assertEquals(Map.of("value", "x", "reason", "digits"), e.arguments());
    }

    @Test
    void theArgumentsCannotBeChanged() {
        Parsed<Integer> parsed = malformed("x", "digits");
        assertThrows(UnsupportedOperationException.class, () -> parsed.arguments().put("value", "y"));
        assertThrows(UnsupportedOperationException.class, () -> Parsed.valid(1).arguments().put("value", "y"));
    }

    @Test
    void anInvalidOutcomeMayLeaveArgumentsOut() {
        Parsed<Integer> parsed = Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value", "x");
        assertEquals(Map.of("value", "x"), parsed.arguments());
        assertEquals(Map.of(), Parsed.invalid(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL).arguments());
    }

    @Test
    void invalidRejectsAnArgumentNameTheCodeDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parsed.invalid(ProblemCode.RATIO_MALFORMED, "value", "1/0", "reason", "zero"));
        assertTrue(e.getMessage().contains("'reason'") && e.getMessage().contains("E1004"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Parsed.invalid(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "value", "x"));
        assertThrows(IllegalArgumentException.class, () -> Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "Value", "x"));
    }

    @Test
    void invalidRejectsNamesAndValuesThatDoNotPairUp() {
        assertThrows(IllegalArgumentException.class, () -> Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value"));
        assertThrows(IllegalArgumentException.class,
                () -> Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value", "x", "reason"));
    }

    @Test
    void invalidRequiresACodeAndValuesNamedInTheException() {
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> Parsed.invalid(null, "value", "x")).getMessage());
        assertEquals("reason", assertThrows(NullPointerException.class,
                () -> Parsed.invalid(ProblemCode.AMOUNT_MALFORMED, "value", "x", "reason", null)).getMessage());
    }

    // ---- map -----------------------------------------------------------------------------

    @Test
    void mapTransformsAValue() {
        assertEquals(Parsed.valid(6), Parsed.valid("abcdef").map(String::length));
    }

    @Test
    void mapKeepsAFailureAsItIsWithoutCallingTheMapper() {
        Parsed<Integer> failed = malformed("x", "digits");
        Parsed<String> mapped = failed.map(i -> {
            throw new AssertionError("mapper called on a failure");
        });
        assertFalse(mapped.isValid());
        assertEquals(Optional.of(ProblemCode.AMOUNT_MALFORMED), mapped.code());
        assertEquals(failed.arguments(), mapped.arguments());
        assertEquals(failed, mapped);
    }

    @Test
    void mapRequiresAMapperAndAValueFromIt() {
        assertEquals("mapper", assertThrows(NullPointerException.class, () -> Parsed.valid(1).map(null)).getMessage());
        assertEquals("mapper", assertThrows(NullPointerException.class,
                () -> malformed("x", "digits").map(null)).getMessage());
        assertThrows(NullPointerException.class, () -> Parsed.valid(1).map(i -> null));
    }

    @Property
    void mapKeepsIdentityAndComposes(@ForAll int value) {
        Function<Integer, Long> f = i -> (long) i * 3;
        Function<Long, String> g = l -> Long.toString(l, 7);
        Parsed<Integer> parsed = Parsed.valid(value);
        assertEquals(parsed, parsed.map(Function.identity()));
        assertEquals(parsed.map(f).map(g), parsed.map(f.andThen(g)));
        assertEquals(g.apply(f.apply(value)), parsed.map(f).map(g).value());
    }

    // ---- toViolation ---------------------------------------------------------------------

    @Test
    void toViolationPutsTheReasonAtTheLocation() {
        Location where = Location.builder().document("cases.json").line(3).column(17).field("enterpriseRatio").build();
        Violation v = Parsed.invalid(ProblemCode.RATIO_MALFORMED, "value", "1/0").toViolation(where);
        assertEquals(ProblemCode.RATIO_MALFORMED, v.code());
        assertEquals(where, v.location());
        assertEquals(Map.of("value", "1/0"), v.arguments());
        assertEquals(Severity.ERROR, v.severity());
        assertEquals(Optional.empty(), v.offendingValue());
        assertEquals(List.of("value", "reason"), List.copyOf(malformed("x", "digits").toViolation(Location.none())
                .arguments().keySet()));
    }

    @Test
    void toViolationOfASuccessIsAnIllegalState() {
        assertThrows(IllegalStateException.class, () -> Parsed.valid(1).toViolation(Location.none()));
    }

    // ---- equality ------------------------------------------------------------------------

    @Test
    void equalOutcomesAreEqualWithEqualHashCodes() {
        assertEquals(Parsed.valid(1), Parsed.valid(1));
        assertEquals(Parsed.valid(1).hashCode(), Parsed.valid(1).hashCode());
        assertEquals(malformed("x", "digits"), malformed("x", "digits"));
        assertEquals(malformed("x", "digits").hashCode(), malformed("x", "digits").hashCode());
        Parsed<Integer> same = Parsed.valid(7);
        assertEquals(same, same);
    }

    @Test
    void outcomesThatDifferInValueCodeOrArgumentsAreNotEqual() {
        assertNotEquals(Parsed.valid(1), Parsed.valid(2));
        assertNotEquals(Parsed.valid(1), malformed("1", "digits"));
        assertNotEquals(malformed("1", "digits"), Parsed.valid(1));
        assertNotEquals(malformed("x", "digits"), malformed("x", "range"));
        assertNotEquals(malformed("x", "digits"), malformed("y", "digits"));
        assertNotEquals(Parsed.invalid(ProblemCode.RATIO_MALFORMED, "value", "x"),
                Parsed.invalid(ProblemCode.VALUE_NEGATIVE, "value", "x"));
        assertNotEquals(Parsed.valid(1), 1);
        assertNotEquals(Parsed.valid(1), null);
    }

    @Test
    void distinctValuesSpreadOverDistinctHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            hashes.add(Parsed.valid(i).hashCode());
        }
        assertEquals(500, hashes.size());
    }

    @Test
    void toStringShowsTheValueOrTheCodeAndArguments() {
        assertEquals("Parsed[1/3]", Parsed.valid("1/3").toString());
        assertEquals("Parsed[E1003 {value=x, reason=digits}]", malformed("x", "digits").toString());
    }

    @Test
    void aSuccessOfTheSameInstanceIsReturnedByValue() {
        Object value = new Object();
        assertSame(value, Parsed.valid(value).value());
        assertSame(value, Parsed.valid(value).orElseThrow());
    }
}
