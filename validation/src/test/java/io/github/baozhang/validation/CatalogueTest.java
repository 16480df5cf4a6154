package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.baozhang.problem.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published catalogue — {@code catalogue.json} in the jar and the tables of
 * {@code docs/codes.md} — is what {@link CatalogueWriter} writes from the enumeration and the
 * bundles. When a code or a message changes, run the build once with
 * {@code -Dbaozhang.regenerate=true} to rewrite both files, then review and commit them.
 */
class CatalogueTest {

    private static final boolean REGENERATE = Boolean.getBoolean("baozhang.regenerate");
    /** Relative to the module's directory, where surefire runs. */
    private static final Path JSON = Path.of("src/main/resources/io/github/baozhang/validation/catalogue.json");
    private static final Path CODES_MD = Path.of("../docs/codes.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED CATALOGUE: CatalogueTest rewrites this part with -Dbaozhang.regenerate=true -->";
    private static final String END = "<!-- END GENERATED CATALOGUE -->";

    @Test
    void theBundledJsonIsUpToDate() throws IOException {
        String expected = CatalogueWriter.json();
        if (REGENERATE) {
            // The jar's copy catches up on the next build.
            Files.writeString(JSON, expected, StandardCharsets.UTF_8);
            return;
        }
        if (!expected.equals(ProblemCatalogue.json()) || !expected.equals(Files.readString(JSON, StandardCharsets.UTF_8))) {
            fail("validation/" + JSON + " is out of date: run ./mvnw -pl validation -am verify -Dbaozhang.regenerate=true"
                    + " and commit the file");
        }
    }

    @Test
    void theJsonListsEveryCodeWithItsArguments() {
        String json = ProblemCatalogue.json();
        assertTrue(json.startsWith("{\n  \"format\": \"baozhang/problem-catalogue@1\""));
        for (ProblemCode code : ProblemCode.values()) {
            assertTrue(json.contains("\"code\": \"" + code.code() + "\",\n      \"name\": \"" + code.name() + "\""),
                    code::toString);
        }
        assertTrue(json.contains("\"arguments\": [\"expected\", \"actual\"]"));
        assertTrue(json.contains("\"zh-CN\": \"公民身份号码的校验码应为 {expected}，实为 {actual}\""));
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", CatalogueWriter.quote("a\"b\\c\nd\u0001"));
    }

    @Test
    void docsCodesMdIsUpToDate() throws IOException {
        String text = Files.readString(CODES_MD, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/codes.md lacks the markers " + BEGIN + " … " + END);
        String generated = "\n" + CatalogueWriter.markdown() + "\n";
        String current = text.substring(begin + BEGIN.length(), end);
        if (REGENERATE && !generated.equals(current)) {
            Files.writeString(CODES_MD, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
                    StandardCharsets.UTF_8);
            current = generated;
        }
        List<String> missing = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (!current.contains("| `" + code.code() + "` | `" + code.name() + "` |")) {
                missing.add(code.code());
            }
        }
        assertEquals(List.of(), missing, "docs/codes.md misses codes: run the build with -Dbaozhang.regenerate=true");
        assertEquals(generated, current, "docs/codes.md is out of date: run the build with -Dbaozhang.regenerate=true");
    }
}
