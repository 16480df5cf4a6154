package io.github.baozhang.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.examples.cli.sample.SampleWorkerRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DemoCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = BaozhangCli.commandLine(o, e).execute(args);
        }
        Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err.contains("\tat "), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
        return r;
    }

    @Test
    void theMainJobInBothLanguagesWritesTheSameBulletins() throws IOException {
        Path en = dir.resolve("en");
        Path zh = dir.resolve("zh");
        Run r = run("demo", "--lang", "en", "--out", en.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.err, "no progress on stderr when it is not a terminal");
        assertTrue(r.out.contains("151 monitored enterprises"), r.out);
        assertTrue(r.out.contains("validated: 151 enterprises"), r.out);
        assertTrue(r.out.contains(", 0 errors"), r.out);
        assertTrue(r.out.contains("weakest provinces"), r.out);
        assertTrue(r.out.contains("A9601 REPORT_MISSING"), r.out);
        assertTrue(r.out.contains("3 reports rejected"), r.out);
        for (int m = 1; m <= 12; m++) {
            for (String format : new String[] {"json", "csv", "md", "html", "xlsx"}) {
                Path b = en.resolve(String.format("bulletin-2000-%02d.%s", m, format));
                assertTrue(Files.isRegularFile(b), b.toString());
            }
        }
        assertTrue(Files.readString(en.resolve("bulletin-2000-07.html")).startsWith("<!DOCTYPE html>"));
        JsonNode july = InterchangeJson.mapper().readTree(Files.readString(en.resolve("bulletin-2000-07.json")));
        assertEquals("2000-07", july.get("period").asString());
        assertEquals(151, july.at("/national/enterprises/monitored").asLong());
        assertEquals(15, july.get("provinces").size());
        assertEquals(3, july.get("industries").size());
        assertTrue(Files.isRegularFile(en.resolve("funding-results.json")));
        assertTrue(Files.isRegularFile(en.resolve("sample/enterprises.json")));
        workerRows(r.out, en, "2000-12");

        // The sample on disk goes through the other commands: validate, and rollup with its calendar and incidents.
        Path sample = en.resolve("sample");
        List<String> validate = new ArrayList<>(List.of("validate", "--lang", "en"));
        try (var files = Files.list(sample)) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().forEach(f -> validate.add(f.toString()));
        }
        Run checked = run(validate.toArray(String[]::new));
        assertEquals(0, checked.exit, checked.err);
        assertTrue(checked.err.contains("16 files, 0 errors"), checked.err);
        String[] rollup = {"rollup", "--lang", "en", "--period", "2000-02", "--registry", sample.resolve("enterprises.json").toString(),
            "--calendar", sample.resolve("calendar.json").toString(), "--incidents", sample.resolve("incidents.json").toString(),
            sample.resolve("reports-2000-02.json").toString(), sample.resolve("reports-2000-03.json").toString()};
        Run february = run(rollup);
        assertEquals(0, february.exit, february.err);
        assertEquals(Files.readString(en.resolve("bulletin-2000-02.json")), february.out);
        rollup[4] = "2000-03";
        Run march = run(rollup);
        assertEquals(1, march.exit, "the planted conflict of March: " + march.err);
        assertTrue(march.err.contains("both are rejected"), march.err);

        Run chinese = run("demo", "--lang", "zh", "--out", zh.toString());
        assertEquals(0, chinese.exit, chinese.err);
        assertTrue(chinese.out.contains("最弱的省份"), chinese.out);
        assertTrue(chinese.out.contains("151 户重点监控企业"), chinese.out);
        assertTrue(!Files.readString(zh.resolve("bulletin-2000-07.md")).equals(Files.readString(en.resolve("bulletin-2000-07.md"))),
                "Markdown in the language asked for");
        try (var files = Files.list(en)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".csv")).toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(zh.resolve(f.getFileName())), f.toString());
            }
        }
    }

    /** The worker rows of one month: written, ingested, summarised, cross-checked; the planted defects counted. */
    static void workerRows(String out, Path dir, String month) throws IOException {
        Matcher m = Pattern.compile("worker rows " + month + ": (\\d+) read, (\\d+) accepted, (\\d+) rejected .*; "
                + "(\\d+) reports checked against the rows, (\\d+) control-total mismatches").matcher(out);
        assertTrue(m.find(), out);
        long read = Long.parseLong(m.group(1));
        long accepted = Long.parseLong(m.group(2));
        assertEquals(SampleWorkerRows.BAD_ROWS_PER_MONTH, Long.parseLong(m.group(3)), "the planted wrong check characters");
        assertEquals(read, accepted + SampleWorkerRows.BAD_ROWS_PER_MONTH);
        assertTrue(accepted > 200_000, out);
        assertTrue(Long.parseLong(m.group(4)) > 140, out);
        assertEquals(SampleWorkerRows.MISMATCHES_PER_MONTH, Long.parseLong(m.group(5)), "the planted mismatches");
        assertEquals(SampleWorkerRows.MISMATCHES_PER_MONTH, out.split("F9603", -1).length - 1, out);
        Path rows = dir.resolve("sample/worker-rows-" + month + ".csv");
        try (var lines = Files.lines(rows)) {
            assertEquals(read + 1, lines.count(), "the header and the rows");
        }
        JsonNode summary = InterchangeJson.mapper().readTree(Files.readString(dir.resolve("disbursement-summary-" + month + ".json")));
        assertEquals(month, summary.get("period").asString());
        assertEquals(read, summary.at("/rows/read").asLong());
        assertEquals(accepted, summary.at("/rows/accepted").asLong());
        assertEquals(SampleWorkerRows.BAD_ROWS_PER_MONTH, summary.at("/rejectedByCode/E2005").asLong());
        assertEquals(accepted, summary.at("/national/rows").asLong());
    }

    @Test
    void anotherMonthOfWorkerRows() throws IOException {
        Run r = run("demo", "--lang", "en", "--rows-month", "2000-06", "--out", dir.toString());
        assertEquals(0, r.exit, r.err);
        workerRows(r.out, dir, "2000-06");
        assertFalse(Files.exists(dir.resolve("sample/worker-rows-2000-12.csv")), "one month only");
    }

    @Test
    void aRowsMonthOutsideTheSampleIsAUsageError() {
        Run r = run("demo", "--lang", "en", "--rows-month", "2001-01", "--out", dir.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("--rows-month 2001-01 is not in the sample (2000-01…2000-12)"), r.err);
        assertEquals(2, run("demo", "--lang", "en", "--rows-month", "June", "--out", dir.toString()).exit);
    }

    @Test
    void anOutputThatCannotBeWrittenIsExitTwo() throws IOException {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "x");
        Run r = run("demo", "--lang", "en", "--out", file.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("cannot write"), r.err);
    }

    @Test
    void anUnknownProfileIsAUsageError() {
        Run r = run("demo", "--lang", "en", "--profile", "atlantis", "--out", dir.toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("unknown profile: atlantis"), r.err);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("demo", "--bogus").exit);
    }
}
