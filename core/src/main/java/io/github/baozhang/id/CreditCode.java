package io.github.baozhang.id;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Arrays;
import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters over the
 * alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (values 0–30; no I, O, S, V or Z).
 *
 * <p>Position 1 is the registration authority (登记管理部门), 2 the entity type (机构类别),
 * 3–8 the administrative division (登记管理机关行政区划码, digits), 9–17 the organisation code
 * of GB 11714 (主体标识码) and 18 the check character. S = Σ value × weight over the first 17
 * with weights {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}; the check is
 * 31 − (S mod 31), written {@code 0} for 31. {@code 91350100M000100Y43} (S = 1640) is valid.
 *
 * <p>Problems, in the order they are looked for: {@link ProblemCode#CREDIT_CODE_LENGTH},
 * {@link ProblemCode#CREDIT_CODE_CHARACTER} (outside the alphabet, or not a digit in positions
 * 3–8), {@link ProblemCode#CREDIT_CODE_CHECK}, and
 * {@link ProblemCode#CREDIT_CODE_ORGANIZATION_CODE} when the embedded organisation code fails its
 * own check. Lower-case letters are not accepted.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: compare with
 * {@link #equals}, never with {@code ==}.
 */
public final class CreditCode implements Comparable<CreditCode> {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int RADIX = 31;
    private static final int[] VALUES = new int[128];
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int LENGTH = 18;

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    /** The 18 characters. */
    private final String code;

    private CreditCode(String code) {
        this.code = code;
    }

    /**
     * Parses a unified social credit code.
     *
     * @param text  the text, not null
     * @return the code, not null
     * @throws io.github.baozhang.problem.InvalidValueException with one of the
     *     {@code CREDIT_CODE_*} codes if the text is not a valid code
     */
    public static CreditCode parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Parses like {@link #parse}, returning the reason instead of throwing.
     *
     * @param text  the text, not null
     * @return the outcome, not null
     */
    public static Parsed<CreditCode> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length != LENGTH) {
            return Parsed.invalid(ProblemCode.CREDIT_CODE_LENGTH, "length", Integer.toString(length));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            int value = valueOf(c);
            if (value < 0 || (i >= 2 && i <= 7 && value > 9)) {
                return Parsed.invalid(ProblemCode.CREDIT_CODE_CHARACTER,
                        "position", Integer.toString(i + 1), "character", String.valueOf(c));
            }
            if (i < LENGTH - 1) {
                sum += value * WEIGHTS[i];
            }
        }
        char expected = checkCharacterOfSum(sum);
        char actual = text.charAt(LENGTH - 1);
        if (actual != expected) {
            return Parsed.invalid(ProblemCode.CREDIT_CODE_CHECK,
                    "expected", String.valueOf(expected), "actual", String.valueOf(actual));
        }
        char organizationExpected = OrganizationCode.checkCharacterOfBody(text, 8);
        char organizationActual = text.charAt(16);
        if (organizationActual != organizationExpected) {
            return Parsed.invalid(ProblemCode.CREDIT_CODE_ORGANIZATION_CODE,
                    "organizationCode", text.subSequence(8, 17).toString(),
                    "expected", String.valueOf(organizationExpected),
                    "actual", String.valueOf(organizationActual));
        }
        return Parsed.valid(new CreditCode(text.toString()));
    }

    /**
     * Computes the check character of the first 17 characters of a code. Only the alphabet is
     * checked here, not the digits of positions 3–8 nor the embedded organisation code.
     *
     * @param first17  17 characters of the alphabet, not null
     * @return the check character, one of the alphabet
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#CREDIT_CODE_LENGTH} or {@link ProblemCode#CREDIT_CODE_CHARACTER} if
     *     the argument is not 17 characters of the alphabet
     */
    public static char checkCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != LENGTH - 1) {
            throw Problems.exception(ProblemCode.CREDIT_CODE_LENGTH, "length", Integer.toString(first17.length()));
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = first17.charAt(i);
            int value = valueOf(c);
            if (value < 0) {
                throw Problems.exception(ProblemCode.CREDIT_CODE_CHARACTER,
                        "position", Integer.toString(i + 1), "character", String.valueOf(c));
            }
            sum += value * WEIGHTS[i];
        }
        return checkCharacterOfSum(sum);
    }

    private static int valueOf(char c) {
        return c < VALUES.length ? VALUES[c] : -1;
    }

    private static char checkCharacterOfSum(int sum) {
        return ALPHABET.charAt((RADIX - sum % RADIX) % RADIX);
    }

    /**
     * Returns the registration authority, position 1 (such as {@code 9} for the administration
     * for industry and commerce).
     *
     * @return the character
     */
    public char registrationAuthority() {
        return code.charAt(0);
    }

    /**
     * Returns the entity type, position 2 (such as {@code 1} for an enterprise).
     *
     * @return the character
     */
    public char entityType() {
        return code.charAt(1);
    }

    /**
     * Returns the administrative division of the registering authority, positions 3–8. It is
     * six digits but not necessarily a code of any GB/T 2260 revision.
     *
     * @return six digits, not null
     */
    public String divisionCode() {
        return code.substring(2, 8);
    }

    /**
     * Returns the organisation code embedded in positions 9–17.
     *
     * @return the code, not null
     */
    public OrganizationCode organizationCode() {
        return OrganizationCode.ofValid(code.substring(8, 17));
    }

    @Override
    public int compareTo(CreditCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CreditCode && ((CreditCode) obj).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the 18 characters; {@link #parse} reads them back.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
