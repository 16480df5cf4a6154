package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden catalogue: {@code catalogue-v1.tsv} records every published problem code with its
 * constant name, kind and argument names. A published code is never renumbered, renamed,
 * reused, or given another kind or other arguments, because documents, logs and message
 * bundles outside this repository refer to it. New codes may be added: each is then added to
 * the file, in the same commit.
 *
 * <p>Columns, tab-separated: code, name, kind, argument names comma-separated (empty when
 * none). Lines starting with {@code #} are comments.
 */
class ProblemCodeCatalogueTest {

    private static final String FILE = "catalogue-v1.tsv";

    private record Entry(String code, String name, String kind, List<String> arguments, int line) {
    }

    private static Map<String, Entry> catalogue;

    @BeforeAll
    static void readCatalogue() throws IOException {
        catalogue = new LinkedHashMap<>();
        try (InputStream in = ProblemCodeCatalogueTest.class.getResourceAsStream(FILE)) {
            assertNotNull(in, FILE + " is missing from the test resources");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] columns = text.split("\t", -1);
                assertEquals(4, columns.length, FILE + ":" + line + " must have four tab-separated columns");
                List<String> arguments = columns[3].isEmpty() ? List.of() : Arrays.asList(columns[3].split(","));
                Entry entry = new Entry(columns[0], columns[1], columns[2], arguments, line);
                assertFalse(catalogue.containsKey(entry.code()), FILE + ":" + line + " lists " + entry.code() + " twice");
                catalogue.put(entry.code(), entry);
            }
        }
        assertFalse(catalogue.isEmpty(), FILE + " lists no code");
    }

    @Test
    void everyPublishedCodeIsStillThereUnchanged() {
        List<String> broken = new ArrayList<>();
        for (Entry e : catalogue.values()) {
            String where = FILE + ":" + e.line() + " ";
            ProblemCode c = ProblemCode.ofCode(e.code()).orElse(null);
            if (c == null) {
                broken.add(where + e.code() + " (" + e.name() + ") is missing: a published code is never removed"
                        + " or renumbered; retire it instead of deleting it");
                continue;
            }
            if (!c.name().equals(e.name())) {
                broken.add(where + e.code() + " was renamed from " + e.name() + " to " + c.name());
            }
            if (!c.kind().name().equals(e.kind())) {
                broken.add(where + e.code() + " changed kind from " + e.kind() + " to " + c.kind());
            }
            if (!c.argumentNames().equals(e.arguments())) {
                broken.add(where + e.code() + " changed arguments from " + e.arguments() + " to " + c.argumentNames());
            }
        }
        if (!broken.isEmpty()) {
            fail("published problem codes changed:\n  " + String.join("\n  ", broken));
        }
    }

    @Test
    void everyCodeOfTheEnumIsInTheCatalogueFile() {
        List<String> unlisted = new ArrayList<>();
        for (ProblemCode c : ProblemCode.values()) {
            if (!catalogue.containsKey(c.code())) {
                unlisted.add(c.code() + "\t" + c.name() + "\t" + c.kind() + "\t" + String.join(",", c.argumentNames()));
            }
        }
        if (!unlisted.isEmpty()) {
            fail("new problem codes may be added, but they are published from then on: add the new code to "
                    + FILE + " (core/src/test/resources/io/github/baozhang/problem/):\n"
                    + String.join("\n", unlisted));
        }
    }
}
