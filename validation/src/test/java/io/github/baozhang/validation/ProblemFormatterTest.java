package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProblemFormatterTest {

    private static final ProblemFormatter ZH = ProblemFormatter.of(Locale.SIMPLIFIED_CHINESE);
    private static final ProblemFormatter EN = ProblemFormatter.of(Locale.ENGLISH);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern CODE = Pattern.compile("[EFA]\\d{4}");

    /** The layout keys and the names each may use. */
    private static final Map<String, Set<String>> LAYOUT = Map.of(
            "location.line", Set.of("line"),
            "location.lineColumn", Set.of("line", "column"),
            "location.separator", Set.of(),
            "location.withWhere", Set.of("head", "where"),
            "format.located", Set.of("location", "message"),
            "format.subject", Set.of("subject", "message"));

    static Stream<ProblemFormatter> formatters() {
        return Stream.of(ZH, EN);
    }

    // ---- the bundles: every code has words, every key is a code's or the layout's ----

    @ParameterizedTest
    @MethodSource("formatters")
    void everyCodeOfTheCatalogueHasAMessage(ProblemFormatter formatter) {
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (formatter.pattern(code).filter(p -> !p.isBlank()).isEmpty()) {
                missing.add(code.code() + " (" + code + ", arguments " + code.argumentNames() + ")");
            }
        }
        if (!missing.isEmpty()) {
            fail("messages_" + formatter.locale() + ".properties (validation/src/main/resources/io/github/baozhang/"
                    + "validation/) has no message for:\n  " + String.join("\n  ", missing)
                    + "\nNew codes need their words in both bundles.");
        }
    }

    @ParameterizedTest
    @MethodSource("formatters")
    void violationsFindingsAndAlertsAllHaveWords(ProblemFormatter formatter) {
        // The check above covers every kind only while the catalogue has codes of every kind.
        java.util.Set<io.github.baozhang.problem.ProblemKind> kinds =
                java.util.EnumSet.noneOf(io.github.baozhang.problem.ProblemKind.class);
        for (ProblemCode code : ProblemCode.values()) {
            if (formatter.pattern(code).isPresent()) {
                kinds.add(code.kind());
            }
        }
        assertEquals(java.util.EnumSet.allOf(io.github.baozhang.problem.ProblemKind.class), kinds);
    }

    @ParameterizedTest
    @MethodSource("formatters")
    void everyKeyNamesACodeOrTheLayoutOrAnArgumentValue(ProblemFormatter formatter) {
        Set<String> arguments = new TreeSet<>();
        for (ProblemCode code : ProblemCode.values()) {
            arguments.addAll(code.argumentNames());
        }
        List<String> stray = new ArrayList<>();
        for (String key : formatter.bundle().keySet()) {
            boolean ok;
            if (CODE.matcher(key).matches()) {
                ok = ProblemCode.ofCode(key).isPresent();
            } else if (key.startsWith("value.")) {
                String[] parts = key.split("\\.", 3);
                ok = parts.length == 3 && arguments.contains(parts[1]) && !parts[2].isEmpty();
            } else {
                ok = LAYOUT.containsKey(key);
            }
            if (!ok) {
                stray.add(key);
            }
        }
        assertEquals(List.of(), stray, "keys of messages_" + formatter.locale() + " that name no code");
    }

    @ParameterizedTest
    @MethodSource("formatters")
    void aMessageNamesOnlyArgumentsItsCodeDeclares(ProblemFormatter formatter) {
        List<String> wrong = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            formatter.pattern(code).ifPresent(p -> {
                for (String name : placeholders(p)) {
                    if (!code.argumentNames().contains(name)) {
                        wrong.add(code.code() + " names {" + name + "}, not one of " + code.argumentNames());
                    }
                }
            });
        }
        LAYOUT.forEach((key, names) -> {
            for (String name : placeholders(formatter.bundle().get(key))) {
                if (!names.contains(name)) {
                    wrong.add(key + " names {" + name + "}, not one of " + names);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertEquals(new TreeSet<>(ZH.bundle().keySet()), new TreeSet<>(EN.bundle().keySet()));
    }

    @Test
    void bothBundlesNameTheSameArgumentsForEachCode() {
        for (ProblemCode code : ProblemCode.values()) {
            assertEquals(new TreeSet<>(placeholders(ZH.pattern(code).orElse(""))),
                    new TreeSet<>(placeholders(EN.pattern(code).orElse(""))), code::toString);
        }
    }

    private static List<String> placeholders(String pattern) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // ---- formatting ----

    private static Violation ratio(Location location) {
        return Violation.builder().code(ProblemCode.RATIO_OUT_OF_RANGE).location(location)
                .putArguments("value", "3/4").putArguments("min", "0/1").putArguments("max", "2/3").build();
    }

    private static final Location LINE_COLUMN_POINTER = Location.builder().line(12).column(5)
            .pointer("/cases/3/enterpriseRatio").field("enterpriseRatio").build();

    @Test
    void aViolationReadsWithItsLocationInChinese() {
        assertEquals("第 12 行第 5 列（/cases/3/enterpriseRatio）：比例 3/4 超出范围 [0/1, 2/3]",
                ZH.format(ratio(LINE_COLUMN_POINTER)));
    }

    @Test
    void aViolationReadsWithItsLocationInEnglish() {
        assertEquals("line 12, column 5 (/cases/3/enterpriseRatio): the ratio 3/4 is outside [0/1, 2/3]",
                EN.format(ratio(LINE_COLUMN_POINTER)));
    }

    @Test
    void theDocumentComesFirst() {
        Location location = LINE_COLUMN_POINTER.withDocument("cases.json");
        assertEquals("cases.json 第 12 行第 5 列（/cases/3/enterpriseRatio）：比例 3/4 超出范围 [0/1, 2/3]",
                ZH.format(ratio(location)));
        assertEquals("cases.json, line 12, column 5 (/cases/3/enterpriseRatio): the ratio 3/4 is outside [0/1, 2/3]",
                EN.format(ratio(location)));
    }

    @Test
    void eachPartOfALocationIsShownOnlyWhenPresent() {
        assertEquals("比例 3/4 超出范围 [0/1, 2/3]", ZH.format(ratio(Location.none())));
        assertEquals("enterpriseRatio：比例 3/4 超出范围 [0/1, 2/3]", ZH.format(ratio(Location.ofField("enterpriseRatio"))));
        assertEquals("enterpriseRatio: the ratio 3/4 is outside [0/1, 2/3]",
                EN.format(ratio(Location.ofField("enterpriseRatio"))));
        assertEquals("第 7 行", ZH.location(Location.builder().line(7).build()));
        assertEquals("line 7, column 1", EN.location(Location.builder().line(7).column(1).build()));
        assertEquals("a.csv, line 7", EN.location(Location.builder().document("a.csv").line(7).build()));
        assertEquals("a.csv (/x)", EN.location(Location.builder().document("a.csv").pointer("/x").field("x").build()));
        assertEquals("/x", ZH.location(Location.builder().pointer("/x").field("x").build()));
        assertEquals("", EN.location(Location.builder().column(3).build()));
    }

    @Test
    void aFindingReadsWithItsSubject() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("source", "ENTERPRISE");
        arguments.put("payer", "SHOUGANG_HQ");
        arguments.put("gapFen", "1200");
        Finding gap = Finding.of(ProblemCode.FUNDING_GAP, "520200-2000-03", arguments);
        assertEquals("520200-2000-03：企业自筹部分缺口 1200 分，由首钢总公司兜底", ZH.format(gap));
        assertEquals("520200-2000-03: a gap of 1200 fen in the enterprise share, covered by Shougang headquarters",
                EN.format(gap));
    }

    @Test
    void argumentValuesWithWordsOfTheirOwnAreShownInThoseWords() {
        String zh = ZH.message(ProblemCode.DIVISION_CODE_LEVEL,
                Map.of("code", "210300", "level", "PREFECTURE", "expected", "PROVINCE"));
        assertEquals("行政区划代码 210300 是地级，应为省级", zh);
        assertEquals("the citizen ID has 16 characters; expected 15 or 18",
                EN.message(ProblemCode.CITIZEN_ID_LENGTH, Map.of("length", "16", "expected", "15,18")));
        assertEquals("“12a”不是有效的金额：含有不允许的字符",
                ZH.message(ProblemCode.AMOUNT_MALFORMED, Map.of("value", "12a", "reason", "character")));
    }

    @Test
    void aMissingArgumentIsAQuestionMark() {
        assertEquals("数值 ? 为负数，应为零或以上", ZH.message(ProblemCode.VALUE_NEGATIVE, Map.of()));
    }

    @Test
    void quotesAndBracesOtherThanArgumentsAreLiteral() {
        assertEquals("\"x{y}\" is not an exact ratio p/q with q > 0",
                EN.message(ProblemCode.RATIO_MALFORMED, Map.of("value", "x{y}")));
        assertEquals("\"it's\" is not an exact ratio p/q with q > 0",
                EN.message(ProblemCode.RATIO_MALFORMED, Map.of("value", "it's")));
    }

    @ParameterizedTest
    @MethodSource("formatters")
    void everyCodeRendersWithoutAPlaceholderLeft(ProblemFormatter formatter) {
        for (ProblemCode code : ProblemCode.values()) {
            Map<String, String> arguments = new LinkedHashMap<>();
            code.argumentNames().forEach(n -> arguments.put(n, "1"));
            String text = formatter.message(code, arguments);
            assertFalse(PLACEHOLDER.matcher(text).find(), code + ": " + text);
            assertFalse(text.startsWith(code.code()), code + " has no message: " + text);
        }
    }

    @Test
    void theLocaleChoosesTheLanguage() {
        assertSame(ZH, ProblemFormatter.of(Locale.CHINA));
        assertSame(ZH, ProblemFormatter.of(Locale.CHINESE));
        assertSame(ZH, ProblemFormatter.of(Locale.TRADITIONAL_CHINESE));
        assertSame(EN, ProblemFormatter.of(Locale.UK));
        assertSame(EN, ProblemFormatter.of(Locale.FRENCH));
        assertSame(EN, ProblemFormatter.of(Locale.ROOT));
        assertEquals(Locale.SIMPLIFIED_CHINESE, ZH.locale());
        assertEquals(Locale.ENGLISH, EN.locale());
    }

    @Test
    void everyViolationTheValidatorReturnsReadsWell() {
        List<Violation> violations = BaozhangValidator.inDocument("reports.json", BaozhangValidator.shared()
                .validateReports(List.of(Fixtures.report().inCentre(50_000).build()), List.of(Fixtures.enterprise().build())));
        assertEquals("reports.json（/reports/0/inCentre）：进中心人数 50000 超过下岗职工人数 42000",
                ZH.format(violations.get(0)));
        assertEquals("reports.json (/reports/0/inCentre): 50000 workers in the centre exceed the 42000 laid-off workers",
                EN.format(violations.get(0)));
        assertTrue(violations.size() == 1);
    }
}
