package io.github.baozhang.validation;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns any problem of the catalogue — a {@link Violation}, a {@link Finding}, later an alert, or
 * just a code and its arguments — into words, in simplified Chinese or in English, prefixed by
 * where it is.
 *
 * <p>{@code 第 12 行第 5 列（/cases/3/enterpriseRatio）：比例 3/4 超出范围 [0/1, 2/3]};
 * {@code line 12, column 5 (/cases/3/enterpriseRatio): the ratio 3/4 is outside [0/1, 2/3]}.
 * The location is the document, the line and column, and the JSON pointer — or the field when
 * there is no pointer — each where present.
 *
 * <p>The messages live in this module's UTF-8 bundles {@code messages_zh_CN.properties} and
 * {@code messages_en.properties} (package {@code io.github.baozhang.validation}), one key per
 * code such as {@code E2005}, with the code's arguments named in braces ({@code {expected}}).
 * They are not {@link java.text.MessageFormat} patterns: quotes and apostrophes are literal.
 * An argument whose value has words of its own ({@code value.level.PREFECTURE=地级}) is shown in
 * those words; a missing argument is shown as {@code ?}. A code without a message (a code added
 * to core before its words were) is shown as the code and its arguments.
 *
 * <p>Any Chinese locale ({@code zh}, {@code zh_CN}, {@code zh_TW}, …) gets the simplified Chinese
 * bundle; every other locale gets English. This class is immutable and thread-safe.
 */
public final class ProblemFormatter {

    private static final ProblemFormatter CHINESE = new ProblemFormatter(Locale.SIMPLIFIED_CHINESE,
            load("messages_zh_CN.properties"));
    private static final ProblemFormatter ENGLISH = new ProblemFormatter(Locale.ENGLISH,
            load("messages_en.properties"));

    private final Locale locale;
    private final Map<String, String> messages;

    private ProblemFormatter(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /**
     * Returns the formatter for a locale: simplified Chinese for any Chinese locale, English
     * otherwise.
     *
     * @param locale  the locale, not null
     * @return the formatter, not null
     */
    public static ProblemFormatter of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * Returns the locale of this formatter's messages: {@code zh_CN} or {@code en}.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the message pattern of a code as the bundle holds it, arguments in braces.
     *
     * @param code  the code, not null
     * @return the pattern, or empty if the bundle has no message for the code
     */
    public Optional<String> pattern(ProblemCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(messages.get(code.code()));
    }

    /**
     * Returns the message of a code with its arguments substituted.
     *
     * @param code  the code, not null
     * @param arguments  the arguments by name, not null
     * @return the message, not null
     */
    public String message(ProblemCode code, Map<String, String> arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        String pattern = messages.get(code.code());
        if (pattern == null) {
            return arguments.isEmpty() ? code.code() : code.code() + " " + arguments;
        }
        return substitute(pattern, name -> {
            String value = arguments.get(name);
            if (value == null) {
                return "?";
            }
            return messages.getOrDefault("value." + name + "." + value, value);
        });
    }

    /**
     * Returns the words for a location: the document, the line and column, and in brackets the
     * JSON pointer (or the field when there is no pointer), each where present.
     *
     * @param location  the location, not null
     * @return the words, empty for {@link Location#none()}, not null
     */
    public String location(Location location) {
        Objects.requireNonNull(location, "location");
        List<String> head = new ArrayList<>(2);
        location.document().ifPresent(head::add);
        if (location.line().isPresent()) {
            String line = Long.toString(location.line().getAsLong());
            if (location.column().isPresent()) {
                String column = Long.toString(location.column().getAsLong());
                head.add(fill("location.lineColumn", "line", line, "column", column));
            } else {
                head.add(fill("location.line", "line", line));
            }
        }
        String headText = String.join(messages.get("location.separator"), head);
        String where = location.pointer().orElse(location.field().orElse(""));
        if (headText.isEmpty()) {
            return where;
        }
        return where.isEmpty() ? headText : fill("location.withWhere", "head", headText, "where", where);
    }

    /**
     * Formats a violation: where it is, then its message.
     *
     * @param violation  the violation, not null
     * @return the text, not null
     */
    public String format(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        String message = message(violation.code(), violation.arguments());
        String where = location(violation.location());
        return where.isEmpty() ? message : fill("format.located", "location", where, "message", message);
    }

    /**
     * Formats a finding: its subject (the enterprise or case it concerns), then its message.
     *
     * @param finding  the finding, not null
     * @return the text, not null
     */
    public String format(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        String message = message(finding.code(), finding.arguments());
        return fill("format.subject", "subject", finding.subject(), "message", message);
    }

    /** Fills a layout pattern of the bundle with the given names and values. */
    private String fill(String key, String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return substitute(messages.get(key), name -> values.getOrDefault(name, "?"));
    }

    /** Replaces each {@code {name}} (ASCII letters) by the lookup's value; leaves other braces alone. */
    private static String substitute(String pattern, java.util.function.UnaryOperator<String> lookup) {
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i + 1) : -1;
            if (close > i + 1 && isName(pattern, i + 1, close)) {
                out.append(lookup.apply(pattern.substring(i + 1, close)));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isName(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one of the bundles, UTF-8.
     *
     * @param resource  the resource name in this package, not null
     * @return the keys and messages, unmodifiable, not null
     * @throws IllegalStateException if the resource is missing (a broken jar)
     */
    static Map<String, String> load(String resource) {
        try (InputStream in = ProblemFormatter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (String key : properties.stringPropertyNames()) {
                map.put(key, properties.getProperty(key));
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the keys and messages of this formatter's bundle, for the tests and the catalogue.
     *
     * @return the bundle, unmodifiable, not null
     */
    Map<String, String> bundle() {
        return messages;
    }

    @Override
    public String toString() {
        return "ProblemFormatter[" + locale + "]";
    }
}
