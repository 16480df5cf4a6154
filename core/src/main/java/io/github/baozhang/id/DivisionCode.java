package io.github.baozhang.id;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrative division code of GB/T 2260 (行政区划代码): six ASCII digits whose first two
 * name a province.
 *
 * <p>Only the shape is checked here: {@code PP0000} is a province (省级), {@code PPCC00} a
 * prefecture (地级), anything else a county (县级). Whether a code exists in a given revision of
 * the standard is a question for {@link Gb2260}. The province prefixes are 11–15, 21–23, 31–37,
 * 41–46, 50–54, 61–65, 71, 81 and 82.
 *
 * <p>A county whose middle digits are {@code 00} ({@code PP00DD}, such as Hainan's 460003
 * 儋州市 in 1999) lies directly under its province and has no prefecture.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type: compare with
 * {@link #equals}, never with {@code ==}. Codes order by their number.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    private final int code;

    private DivisionCode(int code) {
        this.code = code;
    }

    /**
     * Parses six ASCII digits such as {@code "110105"}.
     *
     * @param text  the text, not null
     * @return the code, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_FORMAT} if the text is not six digits starting with a
     *     province prefix
     */
    public static DivisionCode parse(CharSequence text) {
        return check(text).orElseThrow();
    }

    /**
     * Parses like {@link #parse}, returning the reason instead of throwing.
     *
     * @param text  the text, not null
     * @return the outcome: the code, or {@link ProblemCode#DIVISION_CODE_FORMAT} with argument
     *     {@code value}; not null
     */
    public static Parsed<DivisionCode> check(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != 6) {
            return format(text);
        }
        int value = 0;
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return format(text);
            }
            value = value * 10 + (c - '0');
        }
        if (!ProvincePrefixes.isProvince(value / 10000)) {
            return format(text);
        }
        return Parsed.valid(new DivisionCode(value));
    }

    private static Parsed<DivisionCode> format(CharSequence text) {
        return Parsed.invalid(ProblemCode.DIVISION_CODE_FORMAT, "value", text.toString());
    }

    /**
     * Returns the code as a number, such as {@code 110105}.
     *
     * @return the number, 110000 to 829999
     */
    public int toInt() {
        return code;
    }

    /**
     * Returns the level read from the shape of the code.
     *
     * @return the level, not null
     */
    public DivisionLevel level() {
        if (code % 10000 == 0) {
            return DivisionLevel.PROVINCE;
        }
        if (code % 100 == 0) {
            return DivisionLevel.PREFECTURE;
        }
        return DivisionLevel.COUNTY;
    }

    /**
     * Returns the province this code lies in: {@code PP0000}; a province returns itself.
     *
     * @return the province, not null
     */
    public DivisionCode province() {
        int p = code - code % 10000;
        return p == code ? this : new DivisionCode(p);
    }

    /**
     * Returns the prefecture this code lies in: {@code PPCC00} for a county, itself for a
     * prefecture, and empty for a province or for a county directly under its province
     * ({@code PP00DD}).
     *
     * @return the prefecture, or empty
     */
    public Optional<DivisionCode> prefecture() {
        if (code % 10000 == 0) {
            return Optional.empty();
        }
        int p = code - code % 100;
        if (p % 10000 == 0) {
            return Optional.empty();
        }
        return Optional.of(p == code ? this : new DivisionCode(p));
    }

    /**
     * Returns whether this code is the given one or lies inside it: every code is within its
     * province and, if it has one, its prefecture; a county is within nothing else but itself.
     *
     * @param ancestor  the code that may contain this one, not null
     * @return true if this code equals {@code ancestor} or lies inside it
     */
    public boolean isWithin(DivisionCode ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        if (ancestor.code == code) {
            return true;
        }
        return switch (ancestor.level()) {
            case PROVINCE -> code / 10000 == ancestor.code / 10000;
            case PREFECTURE -> code / 100 == ancestor.code / 100;
            case COUNTY -> false;
        };
    }

    @Override
    public int compareTo(DivisionCode other) {
        return Integer.compare(code, other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DivisionCode && ((DivisionCode) obj).code == code;
    }

    @Override
    public int hashCode() {
        return code;
    }

    /**
     * Returns the six digits, such as {@code "110105"}; {@link #parse} reads them back.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return Integer.toString(code);
    }
}
