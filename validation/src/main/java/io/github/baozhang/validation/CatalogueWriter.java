package io.github.baozhang.validation;

import io.github.baozhang.problem.ProblemCode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the catalogue of problem codes from the enumeration and the message bundles: the JSON
 * of {@link ProblemCatalogue} and the tables of {@code docs/codes.md}. Both are committed and a
 * test compares them with what this class writes. This class is a stateless utility.
 */
final class CatalogueWriter {

    /** The areas of the catalogue by the first digit of a code. */
    private static final Map<Character, String> AREAS = Map.of(
            '1', "amounts, counts and ratios",
            '2', "identifiers",
            '3', "enterprises",
            '4', "funding",
            '5', "re-employment centres, disbursements and province profiles",
            '6', "liaison, holiday duty, incidents and risk",
            '7', "monthly reports",
            '8', "checks only the validation module's constraints make",
            '9', "interchange formats, adapters, the ledger and the bulletin's alerts");

    private static final ProblemFormatter ZH = ProblemFormatter.of(Locale.SIMPLIFIED_CHINESE);
    private static final ProblemFormatter EN = ProblemFormatter.of(Locale.ENGLISH);

    private CatalogueWriter() {
    }

    /**
     * Returns the catalogue as JSON: two-space indentation, LF line ends, a final newline.
     *
     * @return the JSON text, not null
     */
    static String json() {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"format\": \"baozhang/problem-catalogue@1\",\n  \"codes\": [\n");
        ProblemCode[] codes = ProblemCode.values();
        for (int i = 0; i < codes.length; i++) {
            ProblemCode c = codes[i];
            out.append("    {\n");
            out.append("      \"code\": ").append(quote(c.code())).append(",\n");
            out.append("      \"name\": ").append(quote(c.name())).append(",\n");
            out.append("      \"kind\": ").append(quote(c.kind().name())).append(",\n");
            out.append("      \"severity\": ").append(quote(c.defaultSeverity().name())).append(",\n");
            out.append("      \"arguments\": [")
                    .append(c.argumentNames().stream().map(CatalogueWriter::quote).collect(Collectors.joining(", ")))
                    .append("],\n");
            out.append("      \"messages\": {\n");
            out.append("        \"zh-CN\": ").append(quote(ZH.pattern(c).orElse(""))).append(",\n");
            out.append("        \"en\": ").append(quote(EN.pattern(c).orElse(""))).append("\n");
            out.append("      }\n");
            out.append(i + 1 < codes.length ? "    },\n" : "    }\n");
        }
        out.append("  ]\n}\n");
        return out.toString();
    }

    /**
     * Returns the tables of {@code docs/codes.md}: one section per area, one row per code.
     *
     * @return the Markdown text, ending with a newline, not null
     */
    static String markdown() {
        StringBuilder out = new StringBuilder();
        char area = 0;
        for (ProblemCode c : ProblemCode.values()) {
            char digit = c.code().charAt(1);
            if (digit != area) {
                if (area != 0) {
                    out.append('\n');
                }
                area = digit;
                out.append("## ").append(digit).append("xxx — ").append(AREAS.getOrDefault(digit, "unassigned area"))
                        .append("\n\n");
                out.append("| code | name | kind | arguments | 中文 | English |\n");
                out.append("|---|---|---|---|---|---|\n");
            }
            List<String> arguments = c.argumentNames();
            out.append("| `").append(c.code()).append("` | `").append(c.name()).append("` | ")
                    .append(c.kind().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(arguments.isEmpty() ? "—" : arguments.stream().map(a -> "`" + a + "`")
                            .collect(Collectors.joining(", ")))
                    .append(" | ").append(cell(ZH.pattern(c).orElse("(missing)")))
                    .append(" | ").append(cell(EN.pattern(c).orElse("(missing)"))).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }

    /** Returns a JSON string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"').toString();
    }
}
