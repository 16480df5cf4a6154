package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the strings and numbers of an element into core values, each failure a located violation;
 * and the interchange forms of the temporal values, shared by the readers and the serializers.
 *
 * <p>Stateless; thread-safe.
 */
public final class Convert {

    /** {@code YYYY-MM}. */
    static final Pattern PERIOD = Pattern.compile("[0-9]{4}-[0-9]{2}");
    /** {@code YYYY-MM-DD}. */
    static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** An ISO-8601 date and time with an offset; seconds and their fraction optional. */
    static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");

    private Convert() {
    }

    // ---- the interchange forms, shared with the serializers ----

    /**
     * Parses a period {@code YYYY-MM}, strictly.
     *
     * @param text  the text, not null
     * @return the period, or {@link ProblemCode#PERIOD_MALFORMED}
     */
    public static Parsed<YearMonth> parsePeriod(String text) {
        if (PERIOD.matcher(text).matches()) {
            int month = Integer.parseInt(text.substring(5, 7));
            if (month >= 1 && month <= 12) {
                return Parsed.valid(YearMonth.of(Integer.parseInt(text.substring(0, 4)), month));
            }
        }
        return Parsed.invalid(ProblemCode.PERIOD_MALFORMED, "value", text);
    }

    /**
     * Parses a date {@code YYYY-MM-DD}, strictly (a real date).
     *
     * @param text  the text, not null
     * @return the date, or {@link ProblemCode#DATE_MALFORMED}
     */
    public static Parsed<LocalDate> parseDate(String text) {
        if (DATE.matcher(text).matches()) {
            try {
                return Parsed.valid(LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10))));
            } catch (DateTimeException e) {
                // falls through: not a real date
            }
        }
        return Parsed.invalid(ProblemCode.DATE_MALFORMED, "value", text);
    }

    /**
     * Parses an instant with its offset, ISO-8601 ({@code 2000-02-03T09:00:00+08:00}).
     *
     * @param text  the text, not null
     * @return the instant, or {@link ProblemCode#INSTANT_MALFORMED}
     */
    public static Parsed<OffsetDateTime> parseInstant(String text) {
        if (INSTANT.matcher(text).matches()) {
            try {
                return Parsed.valid(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeException e) {
                // falls through: not a real date, time or offset
            }
        }
        return Parsed.invalid(ProblemCode.INSTANT_MALFORMED, "value", text);
    }

    /**
     * Formats a period as {@code YYYY-MM}.
     *
     * @param period  the period, years 0–9999, not null
     * @return the text, not null
     */
    public static String format(YearMonth period) {
        return String.format("%04d-%02d", period.getYear(), period.getMonthValue());
    }

    /**
     * Formats a date as {@code YYYY-MM-DD}.
     *
     * @param date  the date, years 0–9999, not null
     * @return the text, not null
     */
    public static String format(LocalDate date) {
        return String.format("%04d-%02d-%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Formats an instant with its offset, seconds always written: {@code 2000-02-03T09:00:00+08:00}.
     *
     * @param instant  the instant, not null
     * @return the text, not null
     */
    public static String format(OffsetDateTime instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant);
    }

    /**
     * Returns the constants of an enumeration, comma-separated, as {@code ENUM_VALUE_UNKNOWN}
     * names them.
     *
     * @param type  the enumeration, not null
     * @return the names, not null
     */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * Parses an enumeration constant by its exact name.
     *
     * @param <E>  the enumeration
     * @param type  the enumeration, not null
     * @param text  the text, not null
     * @return the constant, or {@link ProblemCode#ENUM_VALUE_UNKNOWN}
     */
    public static <E extends Enum<E>> Parsed<E> parseEnum(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return Parsed.valid(e);
            }
        }
        return Parsed.invalid(ProblemCode.ENUM_VALUE_UNKNOWN, "value", text, "allowed", allowed(type));
    }

    // ---- fields of an element ----

    private static <T> T check(Node obj, String name, Function<String, Parsed<T>> parser, Issues issues) {
        Node n = obj.get(name);
        if (n == null) {
            return null;
        }
        Parsed<T> parsed = parser.apply(n.text);
        if (!parsed.isValid()) {
            issues.add(parsed, n, n.text);
            return null;
        }
        return parsed.value();
    }

    static <E extends Enum<E>> E enumValue(Node obj, String name, Class<E> type, Issues issues) {
        return check(obj, name, text -> parseEnum(type, text), issues);
    }

    static YearMonth period(Node obj, String name, Issues issues) {
        return check(obj, name, Convert::parsePeriod, issues);
    }

    static LocalDate date(Node obj, String name, Issues issues) {
        return check(obj, name, Convert::parseDate, issues);
    }

    static OffsetDateTime instant(Node obj, String name, Issues issues) {
        return check(obj, name, Convert::parseInstant, issues);
    }

    static Ratio ratio(Node obj, String name, Issues issues) {
        return check(obj, name, Ratio::check, issues);
    }

    static OrganizationCode organizationCode(Node obj, String name, Issues issues) {
        return check(obj, name, OrganizationCode::check, issues);
    }

    static CreditCode creditCode(Node obj, String name, Issues issues) {
        return check(obj, name, CreditCode::check, issues);
    }

    static DivisionCode division(Node obj, String name, Issues issues) {
        return check(obj, name, DivisionCode::check, issues);
    }

    /** Returns a count or amount that must be zero or more; a negative one is a violation. */
    static Long nonNegative(Node obj, String name, Issues issues) {
        Node n = obj.get(name);
        if (n == null) {
            return null;
        }
        if (n.number < 0) {
            issues.add(ProblemCode.VALUE_NEGATIVE, n.pos, n.field, n.text, "value", Long.toString(n.number));
            return null;
        }
        return n.number;
    }
}
