package io.github.baozhang.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    static final String CASES = """
            {"format": "baozhang/funding-cases@1", "cases": [
            {"id": "c1", "affiliation": "LOCAL", "period": "2000-01", "requirementFen": 101,
             "received": {"enterpriseFen": 33, "socialFen": 40}, "uiArrearsFen": 500}
            ]}
            """;

    static final String CASES_ONE_REJECTED = """
            {"format": "baozhang/funding-cases@1", "cases": [
            {"id": "c1", "affiliation": "LOCAL", "period": "2000-01", "requirementFen": 101},
            {"id": "bad", "affiliation": "CENTRAL", "period": "2000-01", "requirementFen": -5}
            ]}
            """;

    static final String NOT_JSON = "{\"format\": \"baozhang/funding-cases@1\",\n  \"cases\": [ oops ]}\n";

    static final String REGISTRY = """
            {"format": "baozhang/enterprises@1", "enterprises": [
            {"id": "D2143569X", "name": "鞍山钢铁集团公司", "province": "210000", "city": "210300",
             "industry": "METALLURGY", "affiliation": "CENTRAL", "shougangExternal": false,
             "production": "HALF_STOPPED", "severeLoss": true, "employees": 180000, "laidOffWorkers": 40000,
             "fundingBlindSpot": false, "incidentHistory": true, "hiddenRisk": true}
            ]}
            """;

    static final String REPORTS = """
            {"format": "baozhang/monthly-reports@1", "reports": [
            {"enterpriseId": "D2143569X", "period": "2000-01", "revision": 1, "submittedAt": "2000-02-03T09:00:00+08:00",
             "submittedBy": "210300", "laidOffWorkers": 40000, "inCentre": 38000, "agreementsSigned": 37000,
             "allowance": {"dueFen": 1000000, "paidFen": 1000000, "paidOn": "2000-01-15"},
             "contributions": {"dueFen": 500000, "paidFen": 0},
             "funds": {"plan": {"enterpriseFen": 33, "socialFen": 34, "fiscalFen": 34},
                       "received": {"enterpriseFen": 0, "socialFen": 2, "fiscalFen": 3}},
             "postedPublicly": true, "reemployed": 120, "leftCentre": 150, "incidents": 0}
            ]}
            """;

    static final String REGISTRY_BAD = REGISTRY.replace("\"employees\": 180000", "\"employees\": 100");

    @TempDir
    Path dir;

    /** One run of the tool in-process. */
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

    static String expectedResults(String file, Lang lang) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        InterchangeJson.fund(Source.of(Path.of(file)), expected, FundCommand.messages(lang));
        return expected.toString(StandardCharsets.UTF_8);
    }

    static void noStackTrace(Run r) {
        assertFalse(r.err.contains("\tat "), r.err);
        assertFalse(r.err.contains("Exception"), r.err);
    }

    @Test
    void fundValidCases() throws IOException {
        String f = file("cases.json", CASES);
        Run r = run("fund", "--lang", "en", f);
        assertEquals(0, r.exit, r.err);
        assertEquals(expectedResults(f, Lang.en), r.out);
        assertTrue(r.out.contains("\"format\": \"baozhang/funding-results@1\""), r.out);
        assertEquals("", r.err);
    }

    @Test
    void fundWithARejectedCaseStillPrintsTheResults() throws IOException {
        String f = file("bad.json", CASES_ONE_REJECTED);
        Run r = run("fund", "--lang", "en", f);
        assertEquals(1, r.exit, r.err);
        assertEquals(expectedResults(f, Lang.en), r.out);
        assertTrue(r.out.contains("\"index\": 1"), r.out);
        assertTrue(r.out.contains("E1001"), r.out);
        assertTrue(r.err.contains("2 cases, 1 rejected"), r.err);
    }

    @Test
    void fundNotJsonIsAViolationWithLineAndColumn() throws IOException {
        String f = file("notjson.json", NOT_JSON);
        Run r = run("fund", "--lang", "en", f);
        assertEquals(1, r.exit, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("line 2, column 14"), r.err);
        assertTrue(r.err.contains("not JSON"), r.err);
        noStackTrace(r);
    }

    @Test
    void fundADocumentOfAnotherKindIsAViolation() throws IOException {
        String f = file("registry.json", REGISTRY);
        Run r = run("fund", "--lang", "en", f);
        assertEquals(1, r.exit, r.err);
        assertEquals("", r.out);
        assertTrue(r.err.contains("line 1, column"), r.err);
    }

    @Test
    void fundInChinese() throws IOException {
        Run r = run("fund", "--lang", "zh", file("notjson.json", NOT_JSON));
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("第 2 行第 14 列"), r.err);
        Run rejected = run("fund", "--lang", "ZH", file("bad.json", CASES_ONE_REJECTED));
        assertEquals(1, rejected.exit);
        assertTrue(rejected.err.contains("共 2 个案例，1 个被拒绝"), rejected.err);
    }

    @Test
    void fundMissingFile() {
        Run r = run("fund", "--lang", "en", dir.resolve("nope.json").toString());
        assertEquals(2, r.exit);
        assertEquals("", r.out);
        assertTrue(r.err.contains("cannot read"), r.err);
        assertTrue(r.err.contains("nope.json"), r.err);
        noStackTrace(r);
    }

    @Test
    void badOptionAndMissingArgumentAreUsageErrors() {
        Run bogus = run("fund", "--bogus", "x");
        assertEquals(2, bogus.exit);
        assertEquals("", bogus.out);
        assertTrue(bogus.err.contains("--bogus"), bogus.err);
        assertEquals(2, run("fund").exit);
        assertEquals(2, run("fund", "--lang", "fr", "x.json").exit);
        assertEquals(2, run().exit);
        assertEquals(2, run("frobnicate").exit);
    }

    @Test
    void validateClean() throws IOException {
        Run r = run("validate", "--lang", "en", file("registry.json", REGISTRY), file("cases.json", CASES));
        assertEquals(0, r.exit, r.err);
        assertTrue(r.err.contains("2 files, 0 errors"), r.err);
    }

    @Test
    void validateViolationsWithWhereAndWhy() throws IOException {
        Run r = run("validate", "--lang", "en", file("registry.json", REGISTRY_BAD), file("bad.json", CASES_ONE_REJECTED),
                file("notjson.json", NOT_JSON));
        assertEquals(1, r.exit, r.err);
        assertTrue(r.err.contains("registry.json, line 4"), r.err);
        assertTrue(r.err.contains("/enterprises/0/laidOffWorkers"), r.err);
        assertTrue(r.err.contains("exceed the 100 employees"), r.err);
        assertTrue(r.err.contains("/cases/1/requirementFen"), r.err);
        assertTrue(r.err.contains("notjson.json, line 2, column 14"), r.err);
        assertTrue(r.err.contains("3 files, 3 errors"), r.err);
        noStackTrace(r);
    }

    @Test
    void validateInChinese() throws IOException {
        Run r = run("validate", "--lang", "zh", file("registry.json", REGISTRY_BAD));
        assertEquals(1, r.exit);
        assertTrue(r.err.contains("超过职工总数 100 人"), r.err);
    }

    @Test
    void validateMissingFile() {
        Run r = run("validate", "--lang", "en", dir.resolve("nope.json").toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("cannot read"), r.err);
        noStackTrace(r);
    }

    @Test
    void validateMixedIOErrorOutranksViolations() throws IOException {
        Run r = run("validate", "--lang", "en", file("registry.json", REGISTRY_BAD), dir.resolve("nope.json").toString());
        assertEquals(2, r.exit);
        assertTrue(r.err.contains("exceed the 100 employees"), r.err);
        assertTrue(r.err.contains("nope.json"), r.err);
    }

    @Test
    void validateJson() throws IOException {
        Run r = run("validate", "--json", "--lang", "en", file("registry.json", REGISTRY_BAD),
                file("bad.json", CASES_ONE_REJECTED));
        assertEquals(1, r.exit, r.err);
        var tree = InterchangeJson.mapper().readTree(r.out);
        var violations = tree.get("violations");
        assertEquals(2, violations.size(), r.out);
        List<String> codes = new ArrayList<>();
        violations.forEach(v -> codes.add(v.get("code").asString()));
        assertEquals(List.of("E3003", "E1001"), codes);
        var first = violations.get(0);
        assertTrue(first.get("document").asString().endsWith("registry.json"), r.out);
        assertEquals(4, first.get("line").asInt());
        assertEquals("/enterprises/0/laidOffWorkers", first.get("pointer").asString());
        assertEquals("ERROR", first.get("severity").asString());
        assertTrue(first.get("message").asString().contains("100"), r.out);

        Run clean = run("validate", "--json", file("cases.json", CASES));
        assertEquals(0, clean.exit, clean.err);
        assertEquals(0, InterchangeJson.mapper().readTree(clean.out).get("violations").size());
    }

    @Test
    void validateReportsAloneAndAgainstTheRegistryBesideThem() throws IOException {
        String reports = file("reports.json", REPORTS);
        Run alone = run("validate", "--lang", "en", reports);
        assertEquals(0, alone.exit, alone.err);
        Run listed = run("validate", "--lang", "en", file("registry.json", REGISTRY), reports);
        assertEquals(0, listed.exit, listed.err);
        // The registry counts fewer employees than the report's laid-off workers: the report is
        // checked against its registry entry and fails (and so does the registry itself).
        Run small = run("validate", "--lang", "en",
                file("small.json", REGISTRY.replace("\"employees\": 180000", "\"employees\": 39000")), reports);
        assertEquals(1, small.exit, small.err);
        assertTrue(small.err.contains("reports.json, line 2"), small.err);
        assertTrue(small.err.contains("small.json, line 4"), small.err);
    }
}
