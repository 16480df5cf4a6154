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
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrganizationCodeTest {

    private static final String ALPHABET = IdArbitraries.ORGANIZATION_ALPHABET;

    private static int value(char c) {
        return ALPHABET.indexOf(c);
    }

    // ---- worked example and accepted forms ----

    @Test
    void acceptsTheWorkedExampleInEveryForm() {
        OrganizationCode code = OrganizationCode.parse("D2143569-X");
        assertEquals("D2143569X", code.toString());
        assertEquals("D2143569-X", code.toDisplayString());
        assertEquals(code, OrganizationCode.parse("D2143569X"));
        assertEquals(code, OrganizationCode.parse("D2143569-x"));
        assertEquals(code, OrganizationCode.parse("D2143569x"));
        assertEquals("D2143569X", OrganizationCode.parse(new StringBuilder("D2143569-x")).toString());
    }

    @Test
    void checkCharacterOfTheWorkedExample() {
        // S = 13×3 + 2×7 + 1×9 + 4×10 + 3×5 + 5×8 + 6×4 + 9×2 = 199; 199 mod 11 = 1; 11 − 1 = 10 → X
        assertEquals('X', OrganizationCode.checkCharacter("D2143569"));
    }

    @Test
    void checkElevenIsWrittenZeroAndOneOccurs() {
        assertEquals('0', OrganizationCode.checkCharacter("00000000")); // S = 0 → 11 → 0
        assertEquals('1', OrganizationCode.checkCharacter("00000005")); // S = 10 → 1
        assertTrue(OrganizationCode.check("00000005-1").isValid());
    }

    @Test
    void valueSemantics() {
        OrganizationCode a = OrganizationCode.parse("D2143569X");
        OrganizationCode b = OrganizationCode.parse("D2143569-X");
        OrganizationCode c = OrganizationCode.parse("000000000");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "D2143569X");
        assertTrue(c.compareTo(a) < 0);
    }

    // ---- the blind spots, as examples ----

    @Test
    void missesASubstitutionByACharacterElevenAway() {
        // D = 13 and 2 = 2 differ by 11: both codes are valid with the same check character.
        assertTrue(OrganizationCode.check("22143569-X").isValid());
    }

    @Test
    void missesTheTranspositionOfCharactersElevenApart() {
        assertTrue(OrganizationCode.check("0B0000000").isValid());
        assertTrue(OrganizationCode.check("B00000000").isValid());
    }

    /** A body ending in 1 with check X, or ending in X with check 1, survives swapping the two. */
    @Test
    void missesTheTranspositionOfALastOneAndAnXCheck() {
        assertTrue(OrganizationCode.check("70000001X").isValid());
        assertTrue(OrganizationCode.check("7000000X1").isValid());
    }

    // ---- every error path ----

    @Test
    void rejectsWrongLength() {
        assertProblem(OrganizationCode.check("D2143569"), ProblemCode.ORGANIZATION_CODE_LENGTH, Map.of("length", "8"));
        assertProblem(OrganizationCode.check("D2143569-X0"), ProblemCode.ORGANIZATION_CODE_LENGTH,
                Map.of("length", "11"));
        assertProblem(OrganizationCode.check(""), ProblemCode.ORGANIZATION_CODE_LENGTH, Map.of("length", "0"));
    }

    @Test
    void rejectsALowerCaseOrForeignBodyCharacter() {
        assertProblem(OrganizationCode.check("d2143569X"), ProblemCode.ORGANIZATION_CODE_CHARACTER,
                Map.of("position", "1", "character", "d"));
        assertProblem(OrganizationCode.check("D21435-9X"), ProblemCode.ORGANIZATION_CODE_CHARACTER,
                Map.of("position", "7", "character", "-"));
    }

    @Test
    void rejectsASeparatorOtherThanAHyphen() {
        assertProblem(OrganizationCode.check("D2143569 X"), ProblemCode.ORGANIZATION_CODE_CHARACTER,
                Map.of("position", "9", "character", " "));
    }

    @Test
    void rejectsACheckCharacterOtherThanDigitOrX() {
        assertProblem(OrganizationCode.check("D2143569Y"), ProblemCode.ORGANIZATION_CODE_CHARACTER,
                Map.of("position", "9", "character", "Y"));
        assertProblem(OrganizationCode.check("D2143569-Y"), ProblemCode.ORGANIZATION_CODE_CHARACTER,
                Map.of("position", "10", "character", "Y"));
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertProblem(OrganizationCode.check("D21435690"), ProblemCode.ORGANIZATION_CODE_CHECK,
                Map.of("expected", "X", "actual", "0"));
        assertProblem(OrganizationCode.check("00000000-x"), ProblemCode.ORGANIZATION_CODE_CHECK,
                Map.of("expected", "0", "actual", "x"));
    }

    @Test
    void parseThrowsTheCodeAndArguments() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganizationCode.parse("D21435690"));
        assertEquals(ProblemCode.ORGANIZATION_CODE_CHECK, e.code());
        assertEquals(Map.of("expected", "X", "actual", "0"), e.arguments());
    }

    @Test
    void checkCharacterRejectsWhatIsNotABody() {
        InvalidValueException length = assertThrows(InvalidValueException.class,
                () -> OrganizationCode.checkCharacter("D214356"));
        assertEquals(ProblemCode.ORGANIZATION_CODE_LENGTH, length.code());
        assertEquals(Map.of("length", "7"), length.arguments());
        InvalidValueException character = assertThrows(InvalidValueException.class,
                () -> OrganizationCode.checkCharacter("D214356x"));
        assertEquals(ProblemCode.ORGANIZATION_CODE_CHARACTER, character.code());
        assertEquals(Map.of("position", "8", "character", "x"), character.arguments());
        assertThrows(NullPointerException.class, () -> OrganizationCode.checkCharacter(null));
        assertThrows(NullPointerException.class, () -> OrganizationCode.check(null));
    }

    // ---- measured detection rates (docs/identifiers.md) ----

    /**
     * Exhaustive over ordered pairs of different body characters: a substitution or an adjacent
     * transposition in the body is missed exactly when the values differ by a multiple of 11 —
     * 84 of the 1,260 pairs, so 1,176 / 1,260 = 93.3 % are detected; none among digits only.
     */
    @Test
    void exactShareOfBodyErrorsDetected() {
        int pairs = 0;
        int detectedSubstitutions = 0;
        int detectedTranspositions = 0;
        int digitPairs = 0;
        int detectedDigitPairs = 0;
        for (char a : ALPHABET.toCharArray()) {
            for (char b : ALPHABET.toCharArray()) {
                if (a == b) {
                    continue;
                }
                pairs++;
                String original = "" + a + b + "000000";
                String code = original + OrganizationCode.checkCharacter(original);
                if (!OrganizationCode.check(IdArbitraries.substitute(code, 0, b)).isValid()) {
                    detectedSubstitutions++;
                }
                boolean transpositionDetected = !OrganizationCode.check(IdArbitraries.transpose(code, 0)).isValid();
                if (transpositionDetected) {
                    detectedTranspositions++;
                }
                if (Character.isDigit(a) && Character.isDigit(b)) {
                    digitPairs++;
                    if (transpositionDetected) {
                        detectedDigitPairs++;
                    }
                }
            }
        }
        assertEquals(1260, pairs);
        assertEquals(1176, detectedSubstitutions);
        assertEquals(1176, detectedTranspositions);
        assertEquals(90, digitPairs);
        assertEquals(90, detectedDigitPairs);
    }

    /**
     * Samples 100,000 codes with a fixed seed and counts every adjacent transposition of two
     * different characters over the nine (body and check): about 94.1 % are detected when the
     * body uses digits and letters, about 99.9 % when it uses digits only (only 1X ↔ X1 at the end
     * slips through).
     */
    @Test
    void measuredShareOfAdjacentTranspositionsDetected() {
        double mixed = transpositionDetectionRate(ALPHABET, new Random(11714));
        double digits = transpositionDetectionRate(IdArbitraries.DIGITS, new Random(11714));
        assertTrue(mixed > 0.938 && mixed < 0.944, () -> "mixed " + mixed);
        assertTrue(digits > 0.9980 && digits < 0.9995, () -> "digits " + digits);
    }

    private static double transpositionDetectionRate(String alphabet, Random random) {
        long total = 0;
        long detected = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                body.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = body.toString() + OrganizationCode.checkCharacter(body);
            for (int i = 0; i < 8; i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    total++;
                    if (!OrganizationCode.check(IdArbitraries.transpose(code, i)).isValid()) {
                        detected++;
                    }
                }
            }
        }
        return (double) detected / total;
    }

    // ---- properties ----

    @Property
    void roundTripsThroughBothForms(@ForAll("bodies") String body) {
        String text = body + OrganizationCode.checkCharacter(body);
        OrganizationCode code = OrganizationCode.parse(text);
        assertEquals(text, code.toString());
        assertEquals(body + "-" + text.charAt(8), code.toDisplayString());
        assertEquals(code, OrganizationCode.parse(code.toDisplayString()));
        assertEquals(code, OrganizationCode.parse(body + Character.toLowerCase(text.charAt(8))));
    }

    /**
     * Exhaustive over positions and characters: a substitution is detected unless it replaces a
     * body character by one whose value differs by a multiple of 11.
     */
    @Property
    void aSubstitutionIsMissedExactlyWhenTheValuesDifferByAMultipleOfEleven(@ForAll("codes") String code) {
        for (int i = 0; i < 8; i++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c != code.charAt(i)) {
                    boolean missed = OrganizationCode.check(IdArbitraries.substitute(code, i, c)).isValid();
                    assertEquals((value(c) - value(code.charAt(i))) % 11 == 0, missed);
                }
            }
        }
        for (char c : "0123456789X".toCharArray()) {
            if (c != code.charAt(8)) {
                assertFalse(OrganizationCode.check(IdArbitraries.substitute(code, 8, c)).isValid());
            }
        }
    }

    @Property
    void aTranspositionIsMissedExactlyInTheTwoKnownCases(@ForAll("codes") String code) {
        for (int i = 0; i < 8; i++) {
            char a = code.charAt(i);
            char b = code.charAt(i + 1);
            if (a == b) {
                continue;
            }
            boolean missed = OrganizationCode.check(IdArbitraries.transpose(code, i)).isValid();
            boolean expectedMiss = i < 7
                    ? (value(a) - value(b)) % 11 == 0
                    : a == '1' && b == 'X' || a == 'X' && b == '1';
            assertEquals(expectedMiss, missed, () -> code);
        }
    }

    @Property
    void checkNeverThrowsAndParseAgreesWithIt(@ForAll("anyText") String text) {
        Parsed<OrganizationCode> parsed = OrganizationCode.check(text);
        if (parsed.isValid()) {
            assertEquals(9, parsed.value().toString().length());
            assertEquals(parsed.value(), OrganizationCode.parse(parsed.value().toDisplayString()));
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> OrganizationCode.parse(text));
            assertEquals(parsed.code().orElseThrow(), e.code());
            assertEquals(parsed.arguments(), e.arguments());
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        return IdArbitraries.organizationBodies();
    }

    @Provide
    Arbitrary<String> codes() {
        return IdArbitraries.organizationCodes();
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> codes = IdArbitraries.organizationCodes();
        return IdArbitraries.anyText(net.jqwik.api.Arbitraries.oneOf(codes,
                codes.map(c -> c.substring(0, 8) + "-" + c.charAt(8)),
                codes.map(c -> c.replace('X', 'x'))));
    }
}
