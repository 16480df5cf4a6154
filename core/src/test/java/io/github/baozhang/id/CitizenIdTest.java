package io.github.baozhang.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdTest {

    // ---- worked examples of DOMAIN.md ----

    @Test
    void acceptsTheWorkedExampleEndingInX() {
        CitizenId id = CitizenId.parse("11010519491231002X");
        assertEquals("11010519491231002X", id.toString());
        assertEquals("110105", id.areaCode());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.FEMALE, id.sex());
    }

    @Test
    void acceptsTheWorkedExampleBornIn1880() {
        CitizenId id = CitizenId.parse("440524188001010014");
        assertEquals(LocalDate.of(1880, 1, 1), id.birthDate());
        assertEquals(Sex.MALE, id.sex());
        assertEquals("440524", id.areaCode());
    }

    @Test
    void checkCharacterOfTheWorkedExamples() {
        assertEquals('X', CitizenId.checkCharacter("11010519491231002")); // S = 167, 167 mod 11 = 2
        assertEquals('4', CitizenId.checkCharacter("44052418800101001")); // S = 195, 195 mod 11 = 8
    }

    @Test
    void lowerCaseXIsNormalised() {
        CitizenId id = CitizenId.parse("11010519491231002x");
        assertEquals("11010519491231002X", id.toString());
        assertEquals(CitizenId.parse("11010519491231002X"), id);
    }

    @Test
    void readsAnyCharSequence() {
        assertEquals(CitizenId.parse("11010519491231002X"), CitizenId.parse(new StringBuilder("11010519491231002x")));
    }

    @Test
    void masksAllButTheFirstSixAndLastFour() {
        assertEquals("110105********002X", CitizenId.parse("11010519491231002X").masked());
    }

    @Test
    void convertsTheLegacyExample() {
        assertEquals("34052419800101001X", CitizenId.parseAllowingLegacy("340524800101001").toString());
    }

    @Test
    void allowingLegacyStillReadsEighteenCharacters() {
        assertEquals(CitizenId.parse("11010519491231002X"), CitizenId.parseAllowingLegacy("11010519491231002x"));
    }

    @Test
    void valueSemantics() {
        CitizenId a = CitizenId.parse("11010519491231002X");
        CitizenId b = CitizenId.parse("11010519491231002X");
        CitizenId c = CitizenId.parse("440524188001010014");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
        assertNotEquals(a, "11010519491231002X");
        assertTrue(a.compareTo(c) < 0);
        assertEquals(0, a.compareTo(b));
    }

    // ---- every error path ----

    @Test
    void rejectsWrongLength() {
        assertProblem(CitizenId.check("11010519491231002"), ProblemCode.CITIZEN_ID_LENGTH,
                Map.of("length", "17", "expected", "18"));
        assertProblem(CitizenId.check(""), ProblemCode.CITIZEN_ID_LENGTH, Map.of("length", "0", "expected", "18"));
        assertProblem(CitizenId.check("11010519491231002X0"), ProblemCode.CITIZEN_ID_LENGTH,
                Map.of("length", "19", "expected", "18"));
    }

    @Test
    void rejectsTheLegacyFormUnlessAllowed() {
        assertProblem(CitizenId.check("340524800101001"), ProblemCode.CITIZEN_ID_LENGTH,
                Map.of("length", "15", "expected", "18"));
        assertProblem(CitizenId.checkAllowingLegacy("3405248001010011"), ProblemCode.CITIZEN_ID_LENGTH,
                Map.of("length", "16", "expected", "15,18"));
    }

    @Test
    void rejectsALetterAmongTheDigits() {
        assertProblem(CitizenId.check("1101A519491231002X"), ProblemCode.CITIZEN_ID_CHARACTER,
                Map.of("position", "5", "character", "A"));
        assertProblem(CitizenId.check("1101051949123100X2"), ProblemCode.CITIZEN_ID_CHARACTER,
                Map.of("position", "17", "character", "X"));
    }

    @Test
    void rejectsALastCharacterOtherThanDigitOrX() {
        assertProblem(CitizenId.check("11010519491231002Y"), ProblemCode.CITIZEN_ID_CHARACTER,
                Map.of("position", "18", "character", "Y"));
    }

    @Test
    void rejectsFullWidthDigits() {
        assertProblem(CitizenId.check("\uFF111010519491231002X"), ProblemCode.CITIZEN_ID_CHARACTER,
                Map.of("position", "1", "character", "\uFF11"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72",
            "80", "83", "90", "99"})
    void rejectsAnAreaThatNamesNoProvince(String prefix) {
        String first17 = prefix + "010519491231002";
        String id = first17 + CitizenId.checkCharacter(first17);
        assertProblem(CitizenId.check(id), ProblemCode.CITIZEN_ID_AREA, Map.of("area", prefix + "0105"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"710105", "810105", "820105", "469001", "500101"})
    void acceptsAreasOfEveryProvincePrefixIncludingTaiwanHongKongMacao(String area) {
        String first17 = area + "19491231002";
        assertTrue(CitizenId.check(first17 + CitizenId.checkCharacter(first17)).isValid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000229", "19990230", "19991301", "19990001", "19990100", "19990431", "17991231",
            "21000101", "00000000"})
    void rejectsBirthDatesThatDoNotExistOrLieOutside1800To2099(String date) {
        String first17 = "110105" + date + "002";
        String id = first17 + CitizenId.checkCharacter(first17);
        assertProblem(CitizenId.check(id), ProblemCode.CITIZEN_ID_BIRTH_DATE, Map.of("birthDate", date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20000229", "18000101", "20991231", "19960229"})
    void acceptsBirthDatesAtTheEdges(String date) {
        String first17 = "110105" + date + "002";
        CitizenId id = CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
        assertEquals(LocalDate.parse(date, IdArbitraries.BASIC), id.birthDate());
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertProblem(CitizenId.check("110105194912310020"), ProblemCode.CITIZEN_ID_CHECK,
                Map.of("expected", "X", "actual", "0"));
        assertProblem(CitizenId.check("44052418800101001x"), ProblemCode.CITIZEN_ID_CHECK,
                Map.of("expected", "4", "actual", "x"));
    }

    @Test
    void legacyErrorsNameTheirOwnPositions() {
        assertProblem(CitizenId.checkAllowingLegacy("34052480010100X"), ProblemCode.CITIZEN_ID_CHARACTER,
                Map.of("position", "15", "character", "X"));
        assertProblem(CitizenId.checkAllowingLegacy("990524800101001"), ProblemCode.CITIZEN_ID_AREA,
                Map.of("area", "990524"));
        assertProblem(CitizenId.checkAllowingLegacy("340524990230001"), ProblemCode.CITIZEN_ID_BIRTH_DATE,
                Map.of("birthDate", "19990230"));
    }

    @Test
    void problemsAreLookedForInTheDocumentedOrder() {
        // A wrong area, a wrong date and a wrong check at once: the area is reported.
        assertEquals(Optional.of(ProblemCode.CITIZEN_ID_AREA), CitizenId.check("990105199913310021").code());
        // A wrong date and a wrong check: the date.
        assertEquals(Optional.of(ProblemCode.CITIZEN_ID_BIRTH_DATE), CitizenId.check("110105199913310021").code());
        // A bad character after a wrong area: the character.
        assertEquals(Optional.of(ProblemCode.CITIZEN_ID_CHARACTER), CitizenId.check("99010519491231002Y").code());
    }

    @Test
    void parseThrowsTheCodeAndArguments() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CitizenId.parse("110105194912310020"));
        assertEquals(ProblemCode.CITIZEN_ID_CHECK, e.code());
        assertEquals(Map.of("expected", "X", "actual", "0"), e.arguments());
        InvalidValueException legacy = assertThrows(InvalidValueException.class,
                () -> CitizenId.parseAllowingLegacy("34052480010100"));
        assertEquals(ProblemCode.CITIZEN_ID_LENGTH, legacy.code());
    }

    @Test
    void checkCharacterRejectsWhatIsNotSeventeenDigits() {
        InvalidValueException length = assertThrows(InvalidValueException.class,
                () -> CitizenId.checkCharacter("1101051949123100"));
        assertEquals(ProblemCode.CITIZEN_ID_LENGTH, length.code());
        assertEquals(Map.of("length", "16", "expected", "17"), length.arguments());
        InvalidValueException character = assertThrows(InvalidValueException.class,
                () -> CitizenId.checkCharacter("1101051949123100X"));
        assertEquals(ProblemCode.CITIZEN_ID_CHARACTER, character.code());
        assertEquals(Map.of("position", "17", "character", "X"), character.arguments());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> CitizenId.check(null));
        assertThrows(NullPointerException.class, () -> CitizenId.checkAllowingLegacy(null));
        assertThrows(NullPointerException.class, () -> CitizenId.checkCharacter(null));
    }

    /**
     * Measures the share of adjacent transpositions of two different characters that the check
     * detects, over 20,000 IDs drawn with a fixed seed: all of them (docs/identifiers.md).
     */
    @Test
    void measuredAdjacentTranspositionDetectionIsComplete() {
        Random random = new Random(11643);
        long transpositions = 0;
        long detected = 0;
        for (int n = 0; n < 20_000; n++) {
            String id = randomId(random);
            for (int i = 0; i < 17; i++) {
                if (id.charAt(i) != id.charAt(i + 1)) {
                    transpositions++;
                    if (!CitizenId.check(IdArbitraries.transpose(id, i)).isValid()) {
                        detected++;
                    }
                }
            }
        }
        assertTrue(transpositions > 200_000);
        assertEquals(transpositions, detected);
    }

    private static String randomId(Random random) {
        String prefix = IdArbitraries.PROVINCE_PREFIXES.get(random.nextInt(IdArbitraries.PROVINCE_PREFIXES.size()));
        LocalDate date = LocalDate.ofEpochDay(LocalDate.of(1800, 1, 1).toEpochDay() + random.nextInt(109_572));
        String first17 = prefix + String.format("%04d", random.nextInt(10_000)) + IdArbitraries.BASIC.format(date)
                + String.format("%03d", random.nextInt(1000));
        return first17 + CitizenId.checkCharacter(first17);
    }

    // ---- properties ----

    @Property
    void roundTripsThroughItsText(@ForAll("first17") String first17) {
        String text = first17 + CitizenId.checkCharacter(first17);
        CitizenId id = CitizenId.parse(text);
        assertEquals(text, id.toString());
        assertEquals(id, CitizenId.parse(id.toString()));
        assertEquals(first17.substring(0, 6), id.areaCode());
        assertEquals(LocalDate.parse(first17.substring(6, 14), IdArbitraries.BASIC), id.birthDate());
    }

    @Property
    void sexFollowsTheParityOfTheSeventeenthDigit(@ForAll("ids") String text) {
        Sex expected = (text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        assertEquals(expected, CitizenId.parse(text).sex());
    }

    /** Exhaustive over positions and the characters allowed there: no substitution survives. */
    @Property
    void everySingleCharacterSubstitutionIsDetected(@ForAll("ids") String text) {
        for (int i = 0; i < 18; i++) {
            int position = i + 1;
            String alphabet = i == 17 ? "0123456789X" : IdArbitraries.DIGITS;
            for (char c : alphabet.toCharArray()) {
                if (c != text.charAt(i)) {
                    Parsed<CitizenId> parsed = CitizenId.check(IdArbitraries.substitute(text, i, c));
                    assertFalse(parsed.isValid(), () -> text + " position " + position + " to " + c);
                }
            }
        }
    }

    @Property
    void everyAdjacentTranspositionOfDifferentCharactersIsDetected(@ForAll("ids") String text) {
        for (int i = 0; i < 17; i++) {
            if (text.charAt(i) != text.charAt(i + 1)) {
                assertFalse(CitizenId.check(IdArbitraries.transpose(text, i)).isValid());
            }
        }
    }

    @Property
    void legacyNumbersNormaliseToWhatParseReadsFromTheEighteenCharacterForm(@ForAll("legacy") String legacy) {
        CitizenId converted = CitizenId.checkAllowingLegacy(legacy).value();
        String first17 = legacy.substring(0, 6) + "19" + legacy.substring(6);
        assertEquals(CitizenId.parse(first17 + CitizenId.checkCharacter(first17)), converted);
        assertEquals(18, converted.toString().length());
        assertEquals(converted, CitizenId.parseAllowingLegacy(converted.toString()));
    }

    @Property
    void maskingKeepsExactlyTheFirstSixAndLastFour(@ForAll("ids") String text) {
        String masked = CitizenId.parse(text).masked();
        assertEquals(18, masked.length());
        assertEquals(text.substring(0, 6), masked.substring(0, 6));
        assertEquals(text.substring(14), masked.substring(14));
        assertEquals("********", masked.substring(6, 14));
    }

    @Property
    void lowerCaseXParsesLikeUpperCase(@ForAll("ids") String text) {
        String lower = text.replace('X', 'x');
        assertEquals(CitizenId.parse(text), CitizenId.parse(lower));
        assertEquals(text, CitizenId.parse(lower).toString());
    }

    @Property
    void checkNeverThrowsAndParseAgreesWithIt(@ForAll("anyText") String text) {
        Parsed<CitizenId> strict = CitizenId.check(text);
        Parsed<CitizenId> lenient = CitizenId.checkAllowingLegacy(text);
        if (strict.isValid()) {
            assertEquals(strict.value(), CitizenId.parse(text));
            assertEquals(strict, lenient);
        } else {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> CitizenId.parse(text));
            assertEquals(strict.code().orElseThrow(), e.code());
            assertEquals(strict.arguments(), e.arguments());
            assertTrue(strict.code().orElseThrow().argumentNames().containsAll(strict.arguments().keySet()));
        }
        if (lenient.isValid()) {
            assertEquals(18, lenient.value().toString().length());
        }
    }

    @Provide
    Arbitrary<String> first17() {
        return IdArbitraries.citizenIdFirst17();
    }

    @Provide
    Arbitrary<String> ids() {
        return IdArbitraries.citizenIds();
    }

    @Provide
    Arbitrary<String> legacy() {
        return Combinators.combine(IdArbitraries.divisionCodes(),
                        IdArbitraries.dates(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)),
                        IdArbitraries.digits(3))
                .as((area, date, sequence) -> area + IdArbitraries.BASIC.format(date).substring(2) + sequence);
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText(Arbitraries.oneOf(ids(), legacy(), ids().map(s -> s.replace('X', 'x'))));
    }

    static void assertProblem(Parsed<?> parsed, ProblemCode code, Map<String, String> arguments) {
        assertFalse(parsed.isValid());
        assertEquals(Optional.of(code), parsed.code());
        assertEquals(arguments, parsed.arguments());
    }
}
