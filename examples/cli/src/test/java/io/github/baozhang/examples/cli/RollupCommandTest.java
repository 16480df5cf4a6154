package io.github.baozhang.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RollupCommandTest {

    static final String REGISTRY = CliTest.REGISTRY;

    /** A report of D2143569X for 2000-01 (due Saturday 2000-02-05, moved to Monday 2000-02-07). */
    static String report(String period, int revision, String submittedAt, long laidOff) {
        return """
                {"enterpriseId": "D2143569X", "period": "%s", "revision": %d, "submittedAt": "%s",
                 "laidOffWorkers": %d, "inCentre": 38000, "agreementsSigned": 37000,
                 "allowance": {"dueFen": 1000000, "paidFen": 1000000, "paidOn": "2000-01-15"},
                 "contributions": {"dueFen": 500000, "paidFen": 0},
                 "funds": {"plan": {"enterpriseFen": 33, "socialFen": 34, "fiscalFen": 34},
                           "received": {"enterpriseFen": 0, "socialFen": 2, "fiscalFen": 3}},
                 "postedPublicly": true, "reemployed": 120, "leftCentre": 150, "incidents": 2}
                """.formatted(period, revision, submittedAt, laidOff);
    }

    static String reports(String... reports) {
        return "{\"format\": \"baozhang/monthly-reports@1\", \"reports\": [" + String.join(",", reports) + "]}";
    }

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
        Run r = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertFalse(r.err.contains("\tat "), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
        return r;
    }

    String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    Run rollup(String reportsText, String... more) throws IOException {
        String[] base = {"rollup", "--lang", "en", "--period", "2000-01", "--registry", file("registry.json", REGISTRY),
            file("reports.json", reportsText)};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return run(args);
    }

    static JsonNode json(String text) {
        return InterchangeJson.mapper().readTree(text);
    }

    @Test
    void aCleanPeriodIsTheBulletinOnStdout() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000)));
        assertEquals(0, r.exit, r.err);
        JsonNode b = json(r.out);
        assertEquals("2000-01", b.get("period").asString());
        assertEquals(1, b.at("/national/enterprises/monitored").asLong());
        assertEquals(1, b.at("/national/enterprises/reported").asLong());
        assertEquals(1, b.at("/national/enterprises/onTime").asLong());
        assertEquals(40000, b.at("/national/laidOffWorkers").asLong());
        assertEquals(2, b.at("/national/incidents").asLong());
        assertEquals(1000000, b.at("/national/allowance/paidFen").asLong());
        assertEquals(34, b.at("/national/funds/plan/fiscalFen").asLong());
        assertEquals("210000", b.at("/provinces/0/code").asString());
        assertEquals("METALLURGY", b.at("/industries/0/industry").asString());
        // Not missing, not late; but contributions unpaid and funds short: the library's other alerts.
        for (JsonNode alert : b.get("alerts")) {
            assertFalse(alert.get("code").asString().matches("A960[12]"), alert.toString());
            assertEquals("D2143569X", alert.get("enterpriseId").asString());
        }
        assertTrue(b.get("alerts").size() > 0);
        assertTrue(r.err.contains("1 enterprises monitored, 1 reported, 1 on time; 0 rejected"), r.err);
    }

    @Test
    void theLastSecondOfTheMovedDueDayBeijingTimeIsOnTime() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-07T23:59:59+08:00", 40000)));
        assertEquals(0, r.exit, r.err);
        assertEquals(1, json(r.out).at("/national/enterprises/onTime").asLong());
        Run utc = rollup(reports(report("2000-01", 1, "2000-02-07T15:59:59Z", 40000)));
        assertEquals(1, json(utc.out).at("/national/enterprises/onTime").asLong());
    }

    @Test
    void midnightBeijingTimeAfterTheDueDayIsLate() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-07T16:00:00Z", 40000)));
        assertEquals(0, r.exit, r.err);
        JsonNode b = json(r.out);
        assertEquals(1, b.at("/national/enterprises/reported").asLong());
        assertEquals(0, b.at("/national/enterprises/onTime").asLong());
        assertTrue(b.get("alerts").toString().contains("A9602"), b.get("alerts").toString());
    }

    @Test
    void aHolidayOfTheCalendarMovesTheDueDay() throws IOException {
        String cal = file("calendar.json", "{\"format\": \"baozhang/calendar@1\", \"holidays\": [\"2000-02-07\"], \"workdays\": []}");
        Run late = rollup(reports(report("2000-01", 1, "2000-02-08T10:00:00+08:00", 40000)));
        assertEquals(0, json(late.out).at("/national/enterprises/onTime").asLong());
        Run r = rollup(reports(report("2000-01", 1, "2000-02-08T10:00:00+08:00", 40000)), "--calendar", cal);
        assertEquals(0, r.exit, r.err);
        assertEquals(1, json(r.out).at("/national/enterprises/onTime").asLong());
    }

    @Test
    void aWorkingWeekendDayOfTheCalendarIsTheDueDay() throws IOException {
        String cal = file("calendar.json", "{\"format\": \"baozhang/calendar@1\", \"holidays\": [], \"workdays\": [\"2000-02-05\"]}");
        Run r = rollup(reports(report("2000-01", 1, "2000-02-06T10:00:00+08:00", 40000)), "--calendar", cal);
        assertEquals(0, r.exit, r.err);
        assertEquals(0, json(r.out).at("/national/enterprises/onTime").asLong());
    }

    @Test
    void aMissingReportIsAnAlertNotARejection() throws IOException {
        Run r = rollup(reports());
        assertEquals(0, r.exit, r.err);
        JsonNode b = json(r.out);
        assertEquals(0, b.at("/national/enterprises/reported").asLong());
        assertEquals("A9601", b.at("/alerts/0/code").asString());
        assertEquals("D2143569X", b.at("/alerts/0/enterpriseId").asString());
        assertEquals("2000-02-07", b.at("/alerts/0/arguments/dueOn").asString());
    }

    @Test
    void reportsOfOtherPeriodsAreSkippedAndCountedOnStderr() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000),
                report("2000-02", 1, "2000-03-03T09:00:00+08:00", 41000),
                report("1999-12", 1, "2000-01-03T09:00:00+08:00", 39000)));
        assertEquals(0, r.exit, r.err);
        assertTrue(r.err.contains("skipped 2 reports of other periods"), r.err);
        assertEquals(40000, json(r.out).at("/national/laidOffWorkers").asLong());
    }

    @Test
    void theHighestRevisionCountsWhateverTheOrder() throws IOException {
        String one = report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000);
        String two = report("2000-01", 2, "2000-02-10T09:00:00+08:00", 40500);
        Run inOrder = rollup(reports(one, two));
        Run reversed = rollup(reports(two, one));
        assertEquals(0, inOrder.exit, inOrder.err);
        assertEquals(0, reversed.exit, reversed.err);
        assertEquals(inOrder.out, reversed.out);
        JsonNode b = json(inOrder.out);
        assertEquals(40500, b.at("/national/laidOffWorkers").asLong());
        assertEquals(1, b.at("/national/enterprises/onTime").asLong(), "the earliest accepted submission is on time");
        assertTrue(reversed.err.contains("WARNING"), reversed.err);
    }

    @Test
    void theSameRevisionSentTwiceCountsOnce() throws IOException {
        String one = report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000);
        Run r = rollup(reports(one, one));
        assertEquals(0, r.exit, r.err);
        assertEquals(40000, json(r.out).at("/national/laidOffWorkers").asLong());
    }

    @Test
    void twoDifferentReportsOfOneRevisionAreRejectedAndTheEnterpriseNotReported() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000),
                report("2000-01", 1, "2000-02-03T11:00:00+08:00", 40007)));
        assertEquals(1, r.exit, r.err);
        JsonNode b = json(r.out);
        assertEquals(0, b.at("/national/enterprises/reported").asLong());
        assertEquals(0, b.at("/national/laidOffWorkers").asLong());
        assertTrue(r.err.contains("both are rejected"), r.err);
        assertTrue(r.err.contains("reports.json"), r.err);
    }

    @Test
    void aReportOfAnEnterpriseMissingFromTheRegistryIsRejectedAndAddsToNothing() throws IOException {
        String stranger = report("2000-01", 1, "2000-02-03T09:00:00+08:00", 5).replace("D2143569X", "000000000");
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000), stranger));
        assertEquals(1, r.exit, r.err);
        JsonNode b = json(r.out);
        assertEquals(1, b.at("/national/enterprises/monitored").asLong());
        assertEquals(40000, b.at("/national/laidOffWorkers").asLong());
        assertTrue(r.err.contains("000000000"), r.err);
        assertTrue(r.err.contains("line 8"), r.err);
    }

    @Test
    void aReportFileThatIsNotJsonIsRejectedWithLineAndColumnAndTheBulletinStillWritten() throws IOException {
        Run r = rollup("{\"format\": \"baozhang/monthly-reports@1\",\n \"reports\": [ oops ]}");
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("line 2, column"), r.err);
        assertEquals(0, json(r.out).at("/national/enterprises/reported").asLong());
    }

    @Test
    void aRegistryGivenAsReportsIsRejected() throws IOException {
        Run r = rollup(REGISTRY);
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("E9008") || r.err.contains("baozhang/monthly-reports@1"), r.err);
    }

    @Test
    void outWritesTheFileAndNothingOnStdout() throws IOException {
        Path out = dir.resolve("deep/bulletin.json");
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000)), "--out", out.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("", r.out);
        assertEquals(1, json(Files.readString(out)).at("/national/enterprises/reported").asLong());
    }

    @Test
    void usageAndIoErrorsAreExitTwoWithNothingWritten() throws IOException {
        String reg = file("registry.json", REGISTRY);
        String rep = file("reports.json", reports());
        assertEquals(2, run("rollup", "--period", "2000-13", "--registry", reg, rep).exit);
        assertEquals(2, run("rollup", "--period", "2000-1", "--registry", reg, rep).exit);
        assertEquals(2, run("rollup", "--registry", reg, rep).exit);
        assertEquals(2, run("rollup", "--period", "2000-01", rep).exit);
        assertEquals(2, run("rollup", "--period", "2000-01", "--registry", reg).exit);
        assertEquals(2, run("rollup", "--period", "2000-01", "--registry", reg, rep, "--format", "pdf").exit);
        assertEquals(2, run("rollup", "--period", "2000-01", "--registry", reg, rep, "--profile", "atlantis").exit);
        Run missing = run("rollup", "--lang", "en", "--period", "2000-01", "--registry", reg, rep, dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit);
        assertEquals("", missing.out);
        assertTrue(missing.err.contains("cannot read") && missing.err.contains("nope.json"), missing.err);
        Run noRegistry = run("rollup", "--period", "2000-01", "--registry", dir.resolve("none.json").toString(), rep);
        assertEquals(2, noRegistry.exit);
        assertEquals("", noRegistry.out);
    }

    @Test
    void ioErrorOutranksRejection() throws IOException {
        String bad = file("bad.json", "not json");
        Run r = run("rollup", "--period", "2000-01", "--registry", file("registry.json", REGISTRY), bad,
                dir.resolve("nope.json").toString());
        assertEquals(2, r.exit);
    }

    @Test
    void messagesInChinese() throws IOException {
        Run r = run("rollup", "--lang", "zh", "--period", "2000-01", "--registry", file("registry.json", REGISTRY),
                file("reports.json", reports(report("2000-02", 1, "2000-03-03T09:00:00+08:00", 40000))));
        assertEquals(0, r.exit, r.err);
        assertTrue(r.err.contains("跳过 1 份其他期间的月报"), r.err);
        assertTrue(r.err.contains("监控企业 1 户"), r.err);
    }

    @Test
    void markdownAndHtmlInTheLanguageAskedFor() throws IOException {
        String text = reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000));
        Run md = rollup(text, "--format", "md");
        assertEquals(0, md.exit, md.err);
        assertTrue(md.out.startsWith("#"), md.out);
        Run html = rollup(text, "--format", "html", "--out", dir.resolve("b.html").toString());
        assertEquals(0, html.exit, html.err);
        assertTrue(Files.readString(dir.resolve("b.html")).startsWith("<!DOCTYPE html>"));
        Run zh = run("rollup", "--lang", "zh", "--format", "md", "--period", "2000-01", "--registry",
                file("registry.json", REGISTRY), file("reports.json", text));
        assertFalse(zh.out.equals(md.out));
    }

    @Test
    void csvFormat() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000)), "--format", "csv");
        assertEquals(0, r.exit, r.err);
        assertTrue(r.out.contains("period,section,key,monitored,reported,on_time"), r.out);
        assertTrue(r.out.contains("2000-01"), r.out);
    }

    /** A profile for Liaoning (210000) with reports due on the 10th, from the documented Beijing sample. */
    String liaoningProfile(String dueDay) throws IOException {
        String beijing = Files.readString(Path.of("../../docs/profiles/beijing-1999.json"));
        return file("liaoning.json", beijing.replace("\"110000\"", "\"210000\"")
                .replace("\"reportDueDay\": 5", "\"reportDueDay\": " + dueDay));
    }

    @Test
    void aProfileFileSetsItsProvincesDueDay() throws IOException {
        String text = reports(report("2000-01", 1, "2000-02-09T10:00:00+08:00", 40000));
        Run national = rollup(text);
        assertEquals(0, json(national.out).at("/national/enterprises/onTime").asLong());
        Run liaoning = rollup(text, "--profile", liaoningProfile("10"));
        assertEquals(0, liaoning.exit, liaoning.err);
        assertEquals(1, json(liaoning.out).at("/national/enterprises/onTime").asLong());
    }

    @Test
    void aProfileFileRefusedIsExitOneAndAMissingOneExitTwo() throws IOException {
        String text = reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000));
        Run refused = rollup(text, "--profile", liaoningProfile("\"ten\""));
        assertEquals(1, refused.exit, refused.err);
        assertEquals("", refused.out);
        assertTrue(refused.err.contains("liaoning.json"), refused.err);
        Run missing = rollup(text, "--profile", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exit, missing.err);
        assertTrue(missing.err.contains("unknown profile"), missing.err);
    }

    @Test
    void incidentsAddAlertsNotCounts() throws IOException {
        String text = reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000));
        String incidents = file("incidents.json", """
                {"format": "baozhang/incidents@1", "incidents": [
                {"id": "INC-1", "enterpriseId": "D2143569X", "occurredAt": "2000-01-10T09:00:00+08:00",
                 "reportedAt": "2000-01-13T09:00:00+08:00", "participants": 400, "cause": "拖欠基本生活费",
                 "severity": "MAJOR", "status": "OPEN"}
                ]}
                """);
        Run without = rollup(text);
        Run with = rollup(text, "--incidents", incidents);
        assertEquals(0, with.exit, with.err);
        JsonNode a = json(without.out);
        JsonNode b = json(with.out);
        assertEquals(a.get("national"), b.get("national"), "an incidents file adds alerts, not counts");
        assertTrue(b.get("alerts").toString().contains("A9606"), b.get("alerts").toString());
        assertFalse(a.get("alerts").toString().contains("A9606"), a.get("alerts").toString());
    }

    @Test
    void aBadIncidentsOrCalendarFileIsExitOneWithTheBulletinStillWritten() throws IOException {
        String text = reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000));
        Run r = rollup(text, "--incidents", file("i.json", "{\"format\": \"baozhang/incidents@1\", \"incidents\": [{}]}"),
                "--calendar", file("c.json", "{\"format\": \"baozhang/calendar@1\", \"holidays\": [\"2000-02-30\"], \"workdays\": []}"));
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("i.json") && r.err.contains("c.json"), r.err);
        assertEquals(1, json(r.out).at("/national/enterprises/reported").asLong());
    }

    @Test
    void validateReadsProvinceProfiles() throws IOException {
        Run good = run("validate", "--lang", "en", liaoningProfile("10"));
        assertEquals(0, good.exit, good.err);
        Run bad = run("validate", "--lang", "en", liaoningProfile("\"ten\""));
        assertEquals(1, bad.exit, bad.err);
        assertTrue(bad.err.contains("liaoning.json, line"), bad.err);
    }

    @Test
    void theNationalProfileIsBuiltIn() throws IOException {
        Run r = rollup(reports(report("2000-01", 1, "2000-02-03T09:00:00+08:00", 40000)), "--profile", "national");
        assertEquals(0, r.exit, r.err);
    }
}
