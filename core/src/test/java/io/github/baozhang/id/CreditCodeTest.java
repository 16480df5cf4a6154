package io.github.baozhang.id;

import static io.github.baozhang.id.CitizenIdTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final String ALPHABET = IdArbitraries.CREDIT_ALPHABET;

    // ---- worked examples ----

    @Test
    void acceptsTheWorkedExample() {
        CreditCode code = CreditCode.parse("91350100M000100Y43");
        assertEquals("91350100M000100Y43", code.toString());
        assertEquals('9', code.registrationAuthority());
        assertEquals('1', code.entityType());
        assertEquals("350100", code.divisionCode());
        assertEquals(OrganizationCode.parse("M000100Y-4"), code.organizationCode());
    }

    @Test
    void checkCharacterOfTheWorkedExample() {
        // S = 1640; 1640 mod 31 = 28; 31 − 28 = 3
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void acceptsTheSecondExample() {
        CreditCode code = CreditCode.parse("91350200MA2YJ1XR9G");
        assertEquals("350200", code.divisionCode());
        assertEquals("MA2YJ1XR9", code.organizationCode().toString());
    }

    @Test
    void rejectsTheInvalidExample() {
        assertProblem(CreditCode.check("91350203M0001QAY9B"), ProblemCode.CREDIT_CODE_CHECK,
                Map.of("expected", "9", "actual", "B"));
    }

    @Test
    void checkThirtyOneIsWrittenZero() {
        // Find a first-17 whose sum is a multiple of 31 by adjusting position 1 (weight 1).
        String rest = "1350100M000100Y4";
        for (char c : ALPHABET.toCharArray()) {
            if (CreditCode.checkCharacter(c + rest) == '0') {
                return;
            }
        }
        throw new AssertionError("no first character gives check 0");
    }

    @Test
    void valueSemantics() {
        CreditCode a = CreditCode.parse("91350100M000100Y43");
        CreditCode b = CreditCode.parse(new StringBuilder("91350100M000100Y43"));
        CreditCode c = CreditCode.parse("91350200MA2YJ1XR9G");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "91350100M000100Y43");
        assertTrue(a.compareTo(c) < 0);
    }

    // ---- every error path ----

    @Test
    void rejectsWrongLength() {
        assertProblem(CreditCode.check("91350100M000100Y4"), ProblemCode.CREDIT_CODE_LENGTH, Map.of("length", "17"));
        assertProblem(CreditCode.check(""), ProblemCode.CREDIT_CODE_LENGTH, Map.of("length", "0"));
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', 'm', '-', ' ', '\uFF10'})
    void rejectsCharactersOutsideTheAlphabet(char c) {
        assertProblem(CreditCode.check(IdArbitraries.substitute("91350100M000100Y43", 10, c)),
                ProblemCode.CREDIT_CODE_CHARACTER, Map.of("position", "11", "character", String.valueOf(c)));
    }

    @Test
    void rejectsALetterInTheDivisionCode() {
        assertProblem(CreditCode.check("9135A100M000100Y43"), ProblemCode.CREDIT_CODE_CHARACTER,
                Map.of("position", "5", "character", "A"));
    }

    @Test
    void rejectsAnEmbeddedOrganisationCodeThatFailsItsOwnCheck() {
        // Body M000100Y with check 5 instead of 4; the credit check is recomputed so it holds.
        String first17 = "91350100M000100Y5";
        String code = first17 + CreditCode.checkCharacter(first17);
        assertProblem(CreditCode.check(code), ProblemCode.CREDIT_CODE_ORGANIZATION_CODE,
                Map.of("organizationCode", "M000100Y5", "expected", "4", "actual", "5"));
    }

    @Test
    void theOuterCheckIsReportedBeforeTheEmbeddedOne() {
        assertEquals(Optional.of(ProblemCode.CREDIT_CODE_CHECK), CreditCode.check("91350100M000100Y53").code());
    }

    @Test
    void parseThrowsTheCodeAndArguments() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CreditCode.parse("91350203M0001QAY9B"));
        assertEquals(ProblemCode.CREDIT_CODE_CHECK, e.code());
        assertEquals(Map.of("expected", "9", "actual", "B"), e.arguments());
    }

    @Test
    void checkCharacterRejectsWhatIsNotSeventeenCharactersOfTheAlphabet() {
        InvalidValueException length = assertThrows(InvalidValueException.class,
                () -> CreditCode.checkCharacter("91350100M000100Y"));
        assertEquals(ProblemCode.CREDIT_CODE_LENGTH, length.code());
        InvalidValueException character = assertThrows(InvalidValueException.class,
                () -> CreditCode.checkCharacter("91350100M000100O4"));
        assertEquals(Map.of("position", "16", "character", "O"), character.arguments());
        assertThrows(NullPointerException.class, () -> CreditCode.checkCharacter(null));
        assertThrows(NullPointerException.class, () -> CreditCode.check(null));
    }

    /**
     * Samples 500 codes with a fixed seed: every single-character substitution within the
     * alphabet (exhaustive per code) and every adjacent transposition of two different
     * characters is detected.
     */
    @Test
    void measuredDetectionIsCompleteForSubstitutionsAndTranspositions() {
        Random random = new Random(32100);
        long substitutions = 0;
        long transpositions = 0;
        for (int n = 0; n < 500; n++) {
            String code = randomCode(random);
            for (int i = 0; i < 18; i++) {
                for (char c : ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        substitutions++;
                        assertFalse(CreditCode.check(IdArbitraries.substitute(code, i, c)).isValid());
                    }
                }
                if (i < 17 && code.charAt(i) != code.charAt(i + 1)) {
                    transpositions++;
                    assertFalse(CreditCode.check(IdArbitraries.transpose(code, i)).isValid());
                }
            }
        }
        assertEquals(500L * 18 * 30, substitutions);
        assertTrue(transpositions > 7_500);
    }

    private static String randomCode(Random random) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String first17 = "" + ALPHABET.charAt(random.nextInt(31)) + ALPHABET.charAt(random.nextInt(31))
                + String.format("%06d", random.nextInt(1_000_000)) + body + OrganizationCode.checkCharacter(body);
        return first17 + CreditCode.checkCharacter(first17);
    }

    // ---- properties ----

    @Property
    void roundTripsThroughItsText(@ForAll("first17") String first17) {
        String text = first17 + CreditCode.checkCharacter(first17);
        CreditCode code = CreditCode.parse(text);
        assertEquals(text, code.toString());
        assertEquals(code, CreditCode.parse(code.toString()));
        assertEquals(first17.substring(2, 8), code.divisionCode());
        assertEquals(OrganizationCode.parse(first17.substring(8, 17)), code.organizationCode());
        assertEquals(first17.charAt(0), code.registrationAuthority());
        assertEquals(first17.charAt(1), code.entityType());
    }

    /** Exhaustive over positions and the whole alphabet. */
    @Property
    void everySingleCharacterSubstitutionIsDetected(@ForAll("codes") String code) {
        for (int i = 0; i < 18; i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    assertFalse(CreditCode.check(IdArbitraries.substitute(code, i, c)).isValid());
                }
            }
        }
    }

    @Property
    void everyAdjacentTranspositionOfDifferentCharactersIsDetected(@ForAll("codes") String code) {
        for (int i = 0; i < 17; i++) {
            if (code.charAt(i) != code.charAt(i + 1)) {
                assertFalse(CreditCode.check(IdArbitraries.transpose(code, i)).isValid());
            }
        }
    }

    @Property
    void checkNeverThrowsAndParseAgreesWithIt(@ForAll("anyText") String text) {
        Parsed<CreditCode> parsed = CreditCode.check(text);
        if (parsed.isValid()) {
            assertEquals(text, parsed.value().toString());
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> CreditCode.parse(text));
            assertEquals(parsed.code().orElseThrow(), e.code());
            assertEquals(parsed.arguments(), e.arguments());
        }
    }

    @Provide
    Arbitrary<String> first17() {
        return IdArbitraries.creditCodeFirst17();
    }

    @Provide
    Arbitrary<String> codes() {
        return IdArbitraries.creditCodes();
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> codes = IdArbitraries.creditCodes();
        return IdArbitraries.anyText(Arbitraries.oneOf(codes, codes.map(String::toLowerCase)));
    }
}
