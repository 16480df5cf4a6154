package io.github.baozhang.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code ingest}: in-process runs, every exit code and error path. */
class IngestCommandTest {

    static final String HEADER = "period,province_code,city_code,enterprise_code,worker_id,allowance_due_fen,"
            + "allowance_paid_fen,contributions_due_fen,contributions_paid_fen,paid_date\n";
    static final String E1 = "10000001" + OrganizationCode.checkCharacter("10000001");
    static final String E2 = "20000002" + OrganizationCode.checkCharacter("20000002");
    static final String ID1 = "11010519650304123" + CitizenId.checkCharacter("11010519650304123");
    static final String ID2 = "44030119600101441" + CitizenId.checkCharacter("44030119600101441");
    static final String BAD_ID = ID1.substring(0, 17) + (ID1.charAt(17) == '1' ? '2' : '1');

    static final String CLEAN = HEADER
            + "1999-07,110000,110100," + E1 + "," + ID1 + ",24000,24000,9000,9000,1999-07-10\n"
            + "1999-07,440000,440300," + E2 + "," + ID2 + ",24000,20000,9000,9000,1999-07-20\n";

    static final String SOME_BAD = CLEAN
            + "1999-07,110000,110100," + E1 + "," + BAD_ID + ",24000,24000,9000,9000,1999-07-10\n"
            + "1999-08,110000,110100," + E1 + "," + ID1 + ",24000,24000,9000,9000,1999-07-10\n";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = BaozhangCli.commandLine(o, e).execute(args);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    @Test
    void aCleanFeedExitsZeroWithTheSummaryOnStdout() throws IOException {
        Run r = run("ingest", file("f.csv", CLEAN), "--profile", "national", "--period", "1999-07", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = InterchangeJson.mapper().readTree(r.out());
        assertEquals("baozhang/disbursement-summary@1", n.get("format").asString());
        assertEquals(2, n.get("rows").get("accepted").asLong());
        assertEquals(0, n.get("rows").get("rejected").asLong());
        assertEquals(2, n.get("national").get("rows").asLong());
        assertEquals(1, n.get("national").get("paidInFull").asLong());
        assertEquals(1, n.get("national").get("onTime").asLong());
        assertEquals(2, n.get("provinces").size());
        assertTrue(r.err().contains("2 rows read, 2 accepted, 0 rejected"), r.err());
    }

    @Test
    void someRejectedExitsOneAndWritesTheRejectsMasked() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        Path out = dir.resolve("summary.json");
        Run r = run("ingest", file("f.csv", SOME_BAD), "--profile", "national", "--period", "1999-07", "--threads", "2",
                "--rejects", rejects.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out(), "the summary went to --out");
        JsonNode n = InterchangeJson.mapper().readTree(Files.readString(out));
        assertEquals(4, n.get("rows").get("read").asLong());
        assertEquals(1, n.get("rejectedByCode").get("E2005").asLong());
        assertEquals(1, n.get("rejectedByCode").get("E9509").asLong());
        List<String> lines = Files.readAllLines(rejects);
        assertEquals("line,field,code,message", lines.get(0));
        assertTrue(lines.get(1).startsWith("4,worker_id,E2005,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("5,period,E9509,"), lines.get(2));
        String all = String.join("\n", lines);
        assertFalse(all.contains(BAD_ID), "no ID unmasked");
        assertFalse(all.contains(ID1), "no ID unmasked");
    }

    @Test
    void resultsAreTheSameForEveryThreadCount() throws IOException {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            b.append(SOME_BAD, HEADER.length(), SOME_BAD.length());
        }
        String f = file("many.csv", b.toString());
        Run one = run("ingest", f, "--profile", "national", "--period", "1999-07", "--lang", "en");
        for (String t : List.of("2", "3", "7")) {
            Run many = run("ingest", f, "--profile", "national", "--period", "1999-07", "--threads", t, "--lang", "en");
            assertEquals(one, many);
        }
        assertEquals(1, one.exit());
    }

    @Test
    void aRejectedDocumentExitsOneAndWritesNothing() throws IOException {
        Run r = run("ingest", file("f.csv", "period,province_code\n1999-07,110000\n"), "--profile", "national",
                "--period", "1999-07", "--lang", "en");
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("E9502") || r.err().contains("column"), r.err());
        Run empty = run("ingest", file("e.csv", ""), "--profile", "national", "--period", "1999-07", "--lang", "en");
        assertEquals(1, empty.exit());
        assertEquals("", empty.out());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        String f = file("f.csv", CLEAN);
        assertEquals(2, run("ingest", f, "--period", "1999-07").exit(), "--profile is required");
        assertEquals(2, run("ingest", f, "--profile", "national").exit(), "--period is required");
        Run p = run("ingest", f, "--profile", "atlantis", "--period", "1999-07", "--lang", "en");
        assertEquals(2, p.exit());
        assertTrue(p.err().contains("unknown profile atlantis"), p.err());
        Run m = run("ingest", f, "--profile", "national", "--period", "1999-13", "--lang", "zh");
        assertEquals(2, m.exit());
        assertTrue(m.err().contains("YYYY-MM"), m.err());
        assertEquals(2, run("ingest", f, "--profile", "national", "--period", "1999-07", "--threads", "0").exit());
        assertEquals(2, run("ingest", f, "--profile", "national", "--period", "1999-07", "--threads", "x").exit());
        Run missing = run("ingest", dir.resolve("nope.csv").toString(), "--profile", "national", "--period", "1999-07",
                "--lang", "en");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertFalse(missing.err().contains("Exception"), "no stack trace");
    }

    @Test
    void unwritableOutputsExitTwo() throws IOException {
        String f = file("f.csv", CLEAN);
        Path noDir = dir.resolve("no/such/dir/out.json");
        Run o = run("ingest", f, "--profile", "national", "--period", "1999-07", "--out", noDir.toString(), "--lang", "en");
        assertEquals(2, o.exit());
        assertTrue(o.err().contains("cannot write"), o.err());
        Run r = run("ingest", f, "--profile", "national", "--period", "1999-07", "--rejects", noDir.toString(), "--lang", "en");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot"), r.err());
    }

    @Test
    void duplicatesAreFoundOnlyWhenAsked() throws IOException {
        String twice = CLEAN + "1999-07,440000,440300," + E1 + "," + ID1 + ",24000,24000,9000,9000,1999-07-10\n";
        String f = file("d.csv", twice);
        Run without = run("ingest", f, "--profile", "national", "--period", "1999-07", "--lang", "en");
        assertEquals(0, without.exit());
        assertFalse(without.err().contains("F500"), without.err());
        Path rejects = dir.resolve("r.csv");
        Run with = run("ingest", f, "--profile", "national", "--period", "1999-07", "--duplicates", "--rejects",
                rejects.toString(), "--lang", "en");
        assertEquals(0, with.exit(), "a finding does not change the exit code");
        assertEquals(without.out(), with.out(), "the summary is the same");
        assertTrue(with.err().contains("duplicate recipients: 1"), with.err());
        assertFalse(with.err().contains(ID1));
        String r = Files.readString(rejects);
        assertTrue(r.contains("4,worker_id,F5002"), r);
        assertFalse(r.contains(ID1));
    }

    @Test
    void aSumBeyondSixtyFourBitsIsWrittenExactlyAndIsAViolation() throws IOException {
        String max = Long.toString(Long.MAX_VALUE);
        String rows = HEADER
                + "1999-07,110000,110100," + E1 + "," + ID1 + "," + max + ",0,0,0,\n"
                + "1999-07,110000,110100," + E1 + "," + ID1 + "," + max + ",0,0,0,\n";
        Run r = run("ingest", file("big.csv", rows), "--profile", "national", "--period", "1999-07", "--lang", "en");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("E1002") || r.err().contains("allowance.dueFen"), r.err());
        JsonNode n = InterchangeJson.mapper().readTree(r.out());
        assertEquals(new java.math.BigInteger(max).shiftLeft(1), n.get("national").get("allowance").get("dueFen").bigIntegerValue());
        assertEquals(0, n.get("rows").get("rejected").asLong());
    }

    @Test
    void theGbkProfileReadsChineseHeaders() throws IOException {
        String header = "期间,省份代码,地市代码,企业代码,身份证号,应发基本生活费(分),实发基本生活费(分),应缴社保费(分),实缴社保费(分),发放日期\n";
        Path p = dir.resolve("g.csv");
        Files.write(p, (header + CLEAN.substring(HEADER.length())).getBytes("GBK"));
        Run r = run("ingest", p.toString(), "--profile", "gbk-chinese", "--period", "1999-07", "--lang", "zh");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("接受 2 行"), r.err());
    }
}
