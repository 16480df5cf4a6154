package io.github.baozhang.examples.provincial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.report.MonthlyReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvincialSystemTest {

    @TempDir
    Path dir;

    @Test
    void mainClosesTheMonthAndWritesTheReportsUpward() throws IOException {
        ProvincialSystem.main(new String[] {dir.toString()});
        Path written = dir.resolve("monthly-reports-2000-03.json");
        ReadResult<MonthlyReport> read = InterchangeJson.monthlyReportReader().readAll(Source.of(written));
        assertTrue(read.summary().isClean(), read.summary().toString());
        List<MonthlyReport> reports = read.values();
        assertEquals(3, reports.size());
        assertEquals(ProvincialSystem.enterpriseIds(), reports.stream().map(MonthlyReport::enterpriseId).sorted().toList());
        MonthlyReport steel = reports.get(1);
        assertEquals("127469818", steel.enterpriseId().toString());
        assertEquals(4, steel.inCentre());
        assertEquals(80_000, steel.allowance().due().fen());
        assertEquals(55_000, steel.allowance().paid().fen());
        assertEquals(25_000, steel.contributions().paid().fen());
        assertEquals(steel.funds().plan().total(), steel.allowance().due().plus(steel.contributions().due()));
        MonthlyReport copper = reports.get(2);
        assertEquals(3, copper.inCentre(), "two rows of the feed are rejected");
    }

    @Test
    void theRejectedRowsAreSaidWithTheirLines() throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ByteArrayOutputStream upward = new ByteArrayOutputStream();
        try (PrintStream p = new PrintStream(log, true, StandardCharsets.UTF_8)) {
            ProvincialSystem.closeMonth(ProvincialSystem.resource("enterprises.json"),
                    ProvincialSystem.resource("feed-2000-03.csv"), upward, p);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("12 rows accepted, 2 rejected; 3 enterprises"), text);
        assertTrue(text.contains("line 14"), text);
        assertTrue(text.contains("line 15"), text);
        assertTrue(upward.size() > 0);
    }

    @Test
    void theReadmeEmbeddingExampleIsThisCode() throws IOException {
        String source = Files.readString(Path.of("src/main/java/io/github/baozhang/examples/provincial/ProvincialSystem.java"));
        String snippet = between(source, "        // tag::embed[]\n", "        // end::embed[]\n").lines()
                .map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .collect(Collectors.joining("\n", "", "\n"));
        String readme = Files.readString(Path.of("../../README.md"));
        assertTrue(readme.contains(snippet), "README.md must carry the embedding example as compiled:\n" + snippet);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        int end = text.indexOf(to);
        assertTrue(start >= 0 && end > start, "markers");
        return text.substring(start + from.length(), end);
    }
}
