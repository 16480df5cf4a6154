package io.github.baozhang.id;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A citizen identity number (公民身份号码) of GB 11643-1999: an 18-character number made of a
 * 6-digit area code, the birth date {@code YYYYMMDD}, a 3-digit sequence number (odd for a man,
 * even for a woman) and a check character.
 *
 * <p>The check character follows ISO 7064 MOD 11-2: S = Σ digit × weight over the first 17
 * digits with weights {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, and S mod 11 = 0…10 maps to
 * {@code 1 0 X 9 8 7 6 5 4 3 2}. {@code 11010519491231002X} (S = 167) is valid.
 *
 * <p>Parsing checks, in this order and each with its own code: the length
 * ({@link ProblemCode#CITIZEN_ID_LENGTH}), the characters — digits, and a digit or {@code X} last
 * ({@link ProblemCode#CITIZEN_ID_CHARACTER}) — the area, whose first two digits must name a
 * province ({@link ProblemCode#CITIZEN_ID_AREA}; the rest is not looked up, because an ID keeps
 * the area code it was issued under even after GB/T 2260 retires it), the birth date, a real
 * date in 1800–2099 ({@link ProblemCode#CITIZEN_ID_BIRTH_DATE}), and the check character
 * ({@link ProblemCode#CITIZEN_ID_CHECK}). A lower-case {@code x} is accepted and normalised to
 * {@code X}. The 15-digit numbers issued before 1999 are read only by
 * {@link #checkAllowingLegacy}, which converts them to 18 characters.
 *
 * <p>{@link #check} is meant for bulk input: on success it allocates the value and at most one
 * string, and it never throws for a non-null argument.
 *
 * <p>{@link #toString()} is the full number, which is personal data: show {@link #masked()} on
 * anything public or logged.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: compare with
 * {@link #equals}, never with {@code ==}.
 */
public final class CitizenId implements Comparable<CitizenId> {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final int LENGTH = 18;
    private static final int LEGACY_LENGTH = 15;
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2099;

    /** The 18 characters, upper-case X. */
    private final String id;

    private CitizenId(String id) {
        this.id = id;
    }

    /**
     * Parses an 18-character citizen ID.
     *
     * @param text  the text, not null
     * @return the ID, not null
     * @throws io.github.baozhang.problem.InvalidValueException with one of the
     *     {@code CITIZEN_ID_*} codes if the text is not a valid 18-character ID
     */
    public static CitizenId parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Parses an 18-character citizen ID like {@link #parse}, returning the reason instead of
     * throwing.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<CitizenId> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length != LENGTH) {
            return Parsed.invalid(ProblemCode.CITIZEN_ID_LENGTH,
                    "length", Integer.toString(length), "expected", "18");
        }
        return check18(text);
    }

    /**
     * Parses an 18-character citizen ID, or a 15-digit legacy number (area, {@code YYMMDD},
     * 3-digit sequence, no check character) which it converts to 18 characters by inserting
     * {@code 19} after the area code and computing the check character:
     * {@code 340524800101001} becomes {@code 34052419800101001X}.
     *
     * @param text  the text, not null
     * @return the ID, always of 18 characters, not null
     * @throws io.github.baozhang.problem.InvalidValueException with one of the
     *     {@code CITIZEN_ID_*} codes if the text is neither form
     */
    public static CitizenId parseAllowingLegacy(CharSequence text) {
        return checkAllowingLegacy(text).orElseThrow();
    }

    /**
     * Parses like {@link #parseAllowingLegacy}, returning the reason instead of throwing. A wrong
     * length reports {@code expected} as {@code "15,18"}; the positions of a 15-digit number
     * are its own.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<CitizenId> checkAllowingLegacy(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length == LENGTH) {
            return check18(text);
        }
        if (length != LEGACY_LENGTH) {
            return Parsed.invalid(ProblemCode.CITIZEN_ID_LENGTH,
                    "length", Integer.toString(length), "expected", "15,18");
        }
        for (int i = 0; i < LEGACY_LENGTH; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return character(i, c);
            }
        }
        if (!ProvincePrefixes.isProvince(text.charAt(0) - '0', text.charAt(1) - '0')) {
            return area(text);
        }
        int year = 1900 + number(text, 6, 2);
        int month = number(text, 8, 2);
        int day = number(text, 10, 2);
        if (!isDate(year, month, day)) {
            return Parsed.invalid(ProblemCode.CITIZEN_ID_BIRTH_DATE,
                    "birthDate", "19" + text.subSequence(6, 12));
        }
        char[] out = new char[LENGTH];
        for (int i = 0; i < 6; i++) {
            out[i] = text.charAt(i);
        }
        out[6] = '1';
        out[7] = '9';
        for (int i = 6; i < LEGACY_LENGTH; i++) {
            out[i + 2] = text.charAt(i);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (out[i] - '0') * WEIGHTS[i];
        }
        out[17] = CHECK[sum % 11];
        return Parsed.valid(new CitizenId(new String(out)));
    }

    private static Parsed<CitizenId> check18(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return character(i, c);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char last = text.charAt(17);
        boolean lowerX = last == 'x';
        if (!isDigit(last) && last != 'X' && !lowerX) {
            return character(17, last);
        }
        if (!ProvincePrefixes.isProvince(text.charAt(0) - '0', text.charAt(1) - '0')) {
            return area(text);
        }
        if (!isDate(number(text, 6, 4), number(text, 10, 2), number(text, 12, 2))) {
            return Parsed.invalid(ProblemCode.CITIZEN_ID_BIRTH_DATE,
                    "birthDate", text.subSequence(6, 14).toString());
        }
        char expected = CHECK[sum % 11];
        if ((lowerX ? 'X' : last) != expected) {
            return Parsed.invalid(ProblemCode.CITIZEN_ID_CHECK,
                    "expected", String.valueOf(expected), "actual", String.valueOf(last));
        }
        String canonical;
        if (lowerX) {
            char[] chars = new char[LENGTH];
            for (int i = 0; i < 17; i++) {
                chars[i] = text.charAt(i);
            }
            chars[17] = 'X';
            canonical = new String(chars);
        } else {
            canonical = text.toString();
        }
        return Parsed.valid(new CitizenId(canonical));
    }

    /**
     * Computes the check character of the first 17 digits of an ID.
     *
     * @param first17  17 ASCII digits, not null
     * @return the check character, {@code 0}–{@code 9} or {@code X}
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#CITIZEN_ID_LENGTH} or {@link ProblemCode#CITIZEN_ID_CHARACTER} if
     *     the argument is not 17 digits
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw Problems.exception(ProblemCode.CITIZEN_ID_LENGTH,
                    "length", Integer.toString(first17.length()), "expected", "17");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (!isDigit(c)) {
                throw Problems.exception(ProblemCode.CITIZEN_ID_CHARACTER,
                        "position", Integer.toString(i + 1), "character", String.valueOf(c));
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static Parsed<CitizenId> character(int index, char c) {
        return Parsed.invalid(ProblemCode.CITIZEN_ID_CHARACTER,
                "position", Integer.toString(index + 1), "character", String.valueOf(c));
    }

    private static Parsed<CitizenId> area(CharSequence text) {
        return Parsed.invalid(ProblemCode.CITIZEN_ID_AREA, "area", text.subSequence(0, 6).toString());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads {@code count} digits already known to be ASCII digits. */
    private static int number(CharSequence text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= lengthOfMonth(year, month);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Returns the area code, the first six digits: the GB/T 2260 code of the place of
     * registration when the number was issued, which may since have been retired.
     *
     * @return six digits, not null
     */
    public String areaCode() {
        return id.substring(0, 6);
    }

    /**
     * Returns the birth date.
     *
     * @return the date, in 1800–2099, not null
     */
    public LocalDate birthDate() {
        return LocalDate.of(number(id, 6, 4), number(id, 10, 2), number(id, 12, 2));
    }

    /**
     * Returns the sex: the 17th digit is odd for a man and even for a woman.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        return (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns the ID as a public list shows it: the first six and the last four characters kept,
     * the eight between replaced by {@code *}, such as {@code 110105********002X}.
     *
     * @return 18 characters, not null
     */
    public String masked() {
        return id.substring(0, 6) + "********" + id.substring(14);
    }

    @Override
    public int compareTo(CitizenId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CitizenId && ((CitizenId) obj).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * Returns the 18 characters with an upper-case {@code X}; {@link #parse} reads them back.
     * This is personal data: see {@link #masked()}.
     *
     * @return the ID, not null
     */
    @Override
    public String toString() {
        return id;
    }
}
