package io.github.baozhang.id;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of valid identifiers and of near-misses, shared by the tests of this package. */
final class IdArbitraries {

    /** Every province prefix of GB/T 2260, as the tests know them independently of the code. */
    static final List<String> PROVINCE_PREFIXES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    static final String DIGITS = "0123456789";
    static final String ORGANIZATION_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private IdArbitraries() {
    }

    /** All two-digit prefixes that are not provinces. */
    static List<String> nonProvincePrefixes() {
        return IntStream.range(0, 100)
                .mapToObj(i -> String.format("%02d", i))
                .filter(p -> !PROVINCE_PREFIXES.contains(p))
                .collect(Collectors.toList());
    }

    static Arbitrary<String> digits(int length) {
        return Arbitraries.strings().withChars(DIGITS).ofLength(length);
    }

    /** A six-digit area or division code with a province prefix; any level. */
    static Arbitrary<String> divisionCodes() {
        Arbitrary<String> anyShape = Combinators.combine(Arbitraries.of(PROVINCE_PREFIXES), digits(4))
                .as(String::concat);
        Arbitrary<String> prefectures = Combinators.combine(Arbitraries.of(PROVINCE_PREFIXES), digits(2))
                .as((p, c) -> p + c + "00");
        Arbitrary<String> provinces = Arbitraries.of(PROVINCE_PREFIXES).map(p -> p + "0000");
        return Arbitraries.frequencyOf(Tuple.of(6, anyShape), Tuple.of(2, prefectures), Tuple.of(1, provinces));
    }

    static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /** Birth dates a citizen ID may carry: 1800-01-01 to 2099-12-31. */
    static Arbitrary<LocalDate> birthDates() {
        return dates(LocalDate.of(1800, 1, 1), LocalDate.of(2099, 12, 31));
    }

    /** The first 17 digits of a valid citizen ID. */
    static Arbitrary<String> citizenIdFirst17() {
        return Combinators.combine(divisionCodes(), birthDates(), digits(3))
                .as((area, date, sequence) -> area + BASIC.format(date) + sequence);
    }

    /** Valid 18-character citizen IDs, upper-case X. */
    static Arbitrary<String> citizenIds() {
        return citizenIdFirst17().map(f -> f + CitizenId.checkCharacter(f));
    }

    /** Eight body characters of an organisation code: digits and upper-case letters. */
    static Arbitrary<String> organizationBodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(ORGANIZATION_ALPHABET).ofLength(8),
                digits(8));
    }

    /** Valid nine-character organisation codes. */
    static Arbitrary<String> organizationCodes() {
        return organizationBodies().map(b -> b + OrganizationCode.checkCharacter(b));
    }

    /** The first 17 characters of a valid unified social credit code. */
    static Arbitrary<String> creditCodeFirst17() {
        Arbitrary<Character> alphabet = Arbitraries.of(CREDIT_ALPHABET.chars().mapToObj(c -> (char) c)
                .collect(Collectors.toList()));
        Arbitrary<String> body = Arbitraries.strings().withChars(CREDIT_ALPHABET).ofLength(8);
        return Combinators.combine(alphabet, alphabet, digits(6), body)
                .as((authority, type, division, b) ->
                        "" + authority + type + division + b + OrganizationCode.checkCharacter(b));
    }

    /** Valid unified social credit codes. */
    static Arbitrary<String> creditCodes() {
        return creditCodeFirst17().map(f -> f + CreditCode.checkCharacter(f));
    }

    /**
     * Text that no parser should throw on: any string of the Basic Multilingual Plane (lone
     * surrogates included), and strings of the lengths the parsers look for, made of the
     * characters they look at and a few they do not.
     */
    static Arbitrary<String> anyText(Arbitrary<String> valid) {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> nearAlphabet = Arbitraries.strings()
                .withChars("0123456789XxABZ-Ii \u0000\uD800\uFF10")
                .ofMinLength(5).ofMaxLength(20);
        Arbitrary<String> mutated = Combinators.combine(valid, Arbitraries.integers().between(0, 17),
                        Arbitraries.chars().all())
                .as((v, i, c) -> {
                    int at = Math.min(i, v.length() - 1);
                    return v.substring(0, at) + c + v.substring(at + 1);
                });
        return Arbitraries.oneOf(unicode, nearAlphabet, valid, mutated);
    }

    /** Returns the text with the characters at {@code i} and {@code i + 1} swapped. */
    static String transpose(String text, int i) {
        char[] chars = text.toCharArray();
        char t = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = t;
        return new String(chars);
    }

    /** Returns the text with the character at {@code i} replaced. */
    static String substitute(String text, int i, char c) {
        char[] chars = text.toCharArray();
        chars[i] = c;
        return new String(chars);
    }
}
