package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The adapter guide ({@code docs/adapters.md}) shows this module's real code: every snippet
 * marked {@code <!-- from PATH -->} appears, as written, in that file.
 */
class AdapterGuideTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern SNIPPET = Pattern.compile("<!-- from (\\S+) -->\\n```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everySnippetOfTheGuideIsInItsSourceFile() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/adapters.md"), StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(guide);
        int snippets = 0;
        while (m.find()) {
            snippets++;
            String source = Files.readString(ROOT.resolve(m.group(1)), StandardCharsets.UTF_8);
            String snippet = m.group(2);
            assertTrue(source.contains(snippet), () -> "docs/adapters.md shows code that is not in " + m.group(1) + ":\n" + snippet);
        }
        assertTrue(snippets >= 5, "the guide walks through the example with snippets: " + snippets);
    }
}
