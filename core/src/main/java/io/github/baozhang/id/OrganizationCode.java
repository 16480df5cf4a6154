package io.github.baozhang.id;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Objects;

/**
 * An organisation code (组织机构代码) of GB 11714-1997: eight body characters, each a digit or
 * an upper-case letter, and a check character.
 *
 * <p>The body characters count {@code 0}–{@code 9} as 0–9 and {@code A}–{@code Z} as 10–35.
 * S = Σ value × weight with weights {@code 3 7 9 10 5 8 4 2}; the check is 11 − (S mod 11),
 * written {@code X} for 10 and {@code 0} for 11. {@code D2143569-X} is valid (S = 199).
 *
 * <p>{@link #parse} accepts the nine characters ({@code D2143569X}) and the printed form with a
 * hyphen ({@code D2143569-X}), and a lower-case {@code x} as the check; all normalise to nine
 * characters with an upper-case {@code X}. Problems, in the order they are looked for:
 * {@link ProblemCode#ORGANIZATION_CODE_LENGTH}, {@link ProblemCode#ORGANIZATION_CODE_CHARACTER}
 * (1-based position in the text as given), {@link ProblemCode#ORGANIZATION_CODE_CHECK}.
 *
 * <p>Because the body values run to 35 and the check works modulo 11, replacing one body
 * character by another whose value differs by 11, 22 or 33 ({@code 0}/{@code B}/{@code M}/{@code X},
 * {@code 1}/{@code C}/{@code N}/{@code Y}, …) keeps the check: see {@code docs/identifiers.md}.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: compare with
 * {@link #equals}, never with {@code ==}.
 */
public final class OrganizationCode implements Comparable<OrganizationCode> {

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final int BODY = 8;

    /** The nine characters, upper-case X. */
    private final String code;

    private OrganizationCode(String code) {
        this.code = code;
    }

    /** Wraps nine characters already known to be a valid code. */
    static OrganizationCode ofValid(String code) {
        return new OrganizationCode(code);
    }

    /**
     * Parses an organisation code of nine characters or in the printed form {@code XXXXXXXX-X}.
     *
     * @param text  the text, not null
     * @return the code, not null
     * @throws io.github.baozhang.problem.InvalidValueException with one of the
     *     {@code ORGANIZATION_CODE_*} codes if the text is not a valid organisation code
     */
    public static OrganizationCode parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Parses like {@link #parse}, returning the reason instead of throwing.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<OrganizationCode> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length != BODY + 1 && length != BODY + 2) {
            return Parsed.invalid(ProblemCode.ORGANIZATION_CODE_LENGTH, "length", Integer.toString(length));
        }
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            char c = text.charAt(i);
            int value = valueOf(c);
            if (value < 0) {
                return character(i, c);
            }
            sum += value * WEIGHTS[i];
        }
        if (length == BODY + 2 && text.charAt(BODY) != '-') {
            return character(BODY, text.charAt(BODY));
        }
        int checkIndex = length - 1;
        char last = text.charAt(checkIndex);
        boolean lowerX = last == 'x';
        if (!(last >= '0' && last <= '9') && last != 'X' && !lowerX) {
            return character(checkIndex, last);
        }
        char expected = checkCharacterOfSum(sum);
        if ((lowerX ? 'X' : last) != expected) {
            return Parsed.invalid(ProblemCode.ORGANIZATION_CODE_CHECK,
                    "expected", String.valueOf(expected), "actual", String.valueOf(last));
        }
        String canonical;
        if (length == BODY + 1 && !lowerX) {
            canonical = text.toString();
        } else {
            char[] chars = new char[BODY + 1];
            for (int i = 0; i < BODY; i++) {
                chars[i] = text.charAt(i);
            }
            chars[BODY] = expected;
            canonical = new String(chars);
        }
        return Parsed.valid(new OrganizationCode(canonical));
    }

    /**
     * Computes the check character of an eight-character body.
     *
     * @param body8  eight digits or upper-case letters, not null
     * @return the check character, {@code 0}–{@code 9} or {@code X}
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#ORGANIZATION_CODE_LENGTH} or
     *     {@link ProblemCode#ORGANIZATION_CODE_CHARACTER} if the argument is not such a body
     */
    public static char checkCharacter(CharSequence body8) {
        Objects.requireNonNull(body8, "body8");
        if (body8.length() != BODY) {
            throw Problems.exception(ProblemCode.ORGANIZATION_CODE_LENGTH, "length", Integer.toString(body8.length()));
        }
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            char c = body8.charAt(i);
            int value = valueOf(c);
            if (value < 0) {
                throw Problems.exception(ProblemCode.ORGANIZATION_CODE_CHARACTER,
                        "position", Integer.toString(i + 1), "character", String.valueOf(c));
            }
            sum += value * WEIGHTS[i];
        }
        return checkCharacterOfSum(sum);
    }

    /**
     * Returns the check character of body characters {@code from} to {@code from + 7} of a text
     * known to hold only digits and upper-case letters there.
     */
    static char checkCharacterOfBody(CharSequence text, int from) {
        int sum = 0;
        for (int i = 0; i < BODY; i++) {
            sum += valueOf(text.charAt(from + i)) * WEIGHTS[i];
        }
        return checkCharacterOfSum(sum);
    }

    /** Returns the value of a body character, or -1 if it is not a digit or upper-case letter. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static char checkCharacterOfSum(int sum) {
        int check = 11 - sum % 11;
        if (check == 10) {
            return 'X';
        }
        if (check == 11) {
            return '0';
        }
        return (char) ('0' + check);
    }

    private static Parsed<OrganizationCode> character(int index, char c) {
        return Parsed.invalid(ProblemCode.ORGANIZATION_CODE_CHARACTER,
                "position", Integer.toString(index + 1), "character", String.valueOf(c));
    }

    /**
     * Returns the code in its printed form, with a hyphen before the check character, such as
     * {@code D2143569-X}; {@link #parse} reads it back.
     *
     * @return ten characters, not null
     */
    public String toDisplayString() {
        return code.substring(0, BODY) + '-' + code.charAt(BODY);
    }

    @Override
    public int compareTo(OrganizationCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OrganizationCode && ((OrganizationCode) obj).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the nine characters with an upper-case {@code X}, such as {@code D2143569X};
     * {@link #parse} reads them back.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
