package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedReader;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Sample documents get the same verdict from the JSON Schema and from the reader wherever a
 * schema can judge — types, required and unknown fields, enumerations, patterns, null; and the
 * samples a schema cannot judge (check characters, real dates, ranges of ratios, rules across
 * fields or records, the literal form of a number) are listed with the verdicts they do get.
 */
class SchemaAgreementTest {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Schema schema(DocumentKind kind) {
        try (InputStream in = InterchangeJson.schema(kind)) {
            return REGISTRY.getSchema(in);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Error> validate(Schema schema, String text) {
        return schema.validate(InterchangeJson.mapper().readTree(text));
    }

    static final Elements CASE = Elements.of("id", "\"a\"", "affiliation", "\"LOCAL\"", "shougangExternal", "false",
            "period", "\"2000-01\"", "requirementFen", "100", "enterpriseRatio", "\"1/3\"",
            "received", "{\"enterpriseFen\": 1, \"socialFen\": 2, \"fiscalFen\": 3}", "uiArrearsFen", "0");

    /** An enterprise without a cross-field rule to break when one count changes. */
    static final Elements ENTERPRISE = EnterprisesReaderTest.ANSTEEL.with("laidOffWorkers", "0")
            .with("employees", "180000");

    /** The values every field is tried with. */
    private static final List<String> VALUES = List.of("null", "\"x\"", "\"\"", "1", "0", "-1", "1.5", "1e400", "true",
            "{}", "[]", "\"D2143569X\"", "\"2000-01\"", "\"LOCAL\"");

    private record Kind(DocumentKind kind, String array, Elements base, FeedReader<?> reader) {
        String doc(Elements... elements) {
            return Elements.document(kind.name(), array, elements);
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(InterchangeKinds.FUNDING_CASES, "cases", CASE, InterchangeJson.fundingCaseReader()),
            new Kind(InterchangeKinds.ENTERPRISES, "enterprises", ENTERPRISE, InterchangeJson.enterpriseReader()),
            new Kind(InterchangeKinds.MONTHLY_REPORTS, "reports", MonthlyReportsReaderTest.REPORT,
                    InterchangeJson.monthlyReportReader()));

    /** Samples by name, each a document of the kind. */
    private static Map<String, String> samples(Kind k) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("valid", k.doc(k.base));
        s.put("empty", k.doc());
        s.put("two", k.doc(k.base, k.base.with(k.base.fields().keySet().iterator().next(), "\"M000100Y4\"")));
        s.put("unknown field", k.doc(k.base.with("extra", "1")));
        for (String field : k.base.fields().keySet()) {
            s.put("without " + field, k.doc(k.base.without(field)));
            for (String value : VALUES) {
                s.put(field + " = " + value, k.doc(k.base.with(field, value)));
            }
        }
        s.put("format of another kind", k.doc(k.base).replace(k.kind.name(), "baozhang/other@1"));
        s.put("format of another version", k.doc(k.base).replace(k.kind.name(), k.kind.name().replace("@1", "@2")));
        s.put("format missing", "{\"" + k.array + "\": []}");
        s.put("array missing", "{\"format\": \"" + k.kind.name() + "\"}");
        s.put("array null", "{\"format\": \"" + k.kind.name() + "\", \"" + k.array + "\": null}");
        s.put("array an object", "{\"format\": \"" + k.kind.name() + "\", \"" + k.array + "\": {}}");
        s.put("unknown top-level field", "{\"format\": \"" + k.kind.name() + "\", \"" + k.array + "\": [], \"x\": 1}");
        s.put("element null", k.doc().replace("[\n", "[null\n"));
        s.put("element a number", k.doc().replace("[\n", "[1\n"));
        s.put("root an array", "[]");
        return s;
    }

    /** Samples aimed at patterns and enumerations, beyond the generic values. */
    private static Map<String, String> patterns() {
        Map<String, String> s = new LinkedHashMap<>();
        Kind cases = KINDS.get(0);
        Kind ents = KINDS.get(1);
        Kind reps = KINDS.get(2);
        for (String p : List.of("\"2000-1\"", "\"2000-00\"", "\"2000-12\"", "\"99-01\"", "\"2000/01\"", "\"2000-01-01\"")) {
            s.put("period " + p, cases.doc(CASE.with("period", p)));
        }
        for (String r : List.of("\"2/6\"", "\"0/1\"", "\"1/0\"", "\"-1/3\"", "\"1 / 3\"", "\"0.33\"", "\"1/3/4\"")) {
            s.put("ratio " + r, cases.doc(CASE.with("enterpriseRatio", r)));
        }
        for (String a : List.of("\"CENTRAL\"", "\"central\"", "\"Local\"")) {
            s.put("affiliation " + a, cases.doc(CASE.with("affiliation", a)));
        }
        s.put("shougang central", cases.doc(CASE.with("affiliation", "\"CENTRAL\"").with("shougangExternal", "true")));
        s.put("per-worker form", cases.doc(CASE.without("requirementFen").with("workers", "1").with("months", "1")
                .with("allowancePerWorkerFen", "60").with("contributionsPerWorkerFen", "40")));
        s.put("partial per-worker form", cases.doc(CASE.with("months", "1")));
        s.put("neither form", cases.doc(CASE.without("requirementFen")));
        s.put("money max", cases.doc(CASE.with("requirementFen", "9223372036854775807")));
        for (String id : List.of("\"D2143569-X\"", "\"D2143569x\"", "\"d2143569X\"", "\"D2143569\"", "\"D2143569--X\"",
                "\"D2143569 X\"")) {
            s.put("id " + id, ents.doc(ENTERPRISE.with("id", id)));
        }
        for (String c : List.of("\"91350100M000100Y43\"", "\"91350100m000100Y43\"", "\"9135010OM000100Y43\"",
                "\"91350100M000100Y4\"")) {
            s.put("creditCode " + c, ents.doc(ENTERPRISE.with("id", "\"M000100Y4\"").with("creditCode", c)));
        }
        for (String d : List.of("\"990000\"", "\"21000\"", "\"2100000\"", "\"21000A\"")) {
            s.put("province " + d, ents.doc(ENTERPRISE.with("province", d)));
        }
        s.put("name blank", ents.doc(ENTERPRISE.with("name", "\"  \"")));
        s.put("industry lower case", ents.doc(ENTERPRISE.with("industry", "\"metallurgy\"")));
        s.put("production with a space", ents.doc(ENTERPRISE.with("production", "\"HALF STOPPED\"")));
        for (String t : List.of("\"2000-02-03T09:00:00Z\"", "\"2000-02-03T09:00Z\"", "\"2000-02-03T09:00:00.123+08:00\"",
                "\"2000-02-03T09:00:00\"", "\"2000-02-03 09:00:00+08:00\"", "\"2000-02-03T09:00:00+0800\"",
                "\"2000-02-03t09:00:00z\"")) {
            s.put("submittedAt " + t, reps.doc(MonthlyReportsReaderTest.REPORT.with("submittedAt", t)));
        }
        s.put("revision 0", reps.doc(MonthlyReportsReaderTest.REPORT.with("revision", "0")));
        s.put("revision beyond int", reps.doc(MonthlyReportsReaderTest.REPORT.with("revision", "2147483648")));
        s.put("paid without a date", reps.doc(MonthlyReportsReaderTest.REPORT.with("allowance",
                "{\"dueFen\": 1, \"paidFen\": 1}")));
        s.put("nothing paid, no date", reps.doc(MonthlyReportsReaderTest.REPORT.with("allowance",
                "{\"dueFen\": 1, \"paidFen\": 0}")));
        s.put("contributions with a date", reps.doc(MonthlyReportsReaderTest.REPORT.with("contributions",
                "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-01-02\"}")));
        s.put("paidOn 2000-1-2", reps.doc(MonthlyReportsReaderTest.REPORT.with("allowance",
                "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-1-2\"}")));
        s.put("funds.plan incomplete", reps.doc(MonthlyReportsReaderTest.REPORT.with("funds",
                "{\"plan\": {\"enterpriseFen\": 1}, \"received\": {\"enterpriseFen\": 0, \"socialFen\": 2, \"fiscalFen\": 3}}")));
        return s;
    }

    private static boolean readerAccepts(Kind k, String text) {
        Json.Read<?> r = Json.read(k.reader, text);
        return r.summary.isClean();
    }

    private static Kind kindOf(String text) {
        for (Kind k : KINDS) {
            if (text.contains(k.kind.name()) || text.contains("\"" + k.array + "\"")) {
                return k;
            }
        }
        return KINDS.get(0);
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAndTheReaderAgree() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Kind k : KINDS) {
            Schema schema = schema(k.kind);
            samples(k).forEach((name, text) -> tests.add(DynamicTest.dynamicTest(k.kind + ": " + name, () -> {
                boolean reader = readerAccepts(k, text);
                List<Error> errors = validate(schema, text);
                assertEquals(reader, errors.isEmpty(), () -> "reader " + (reader ? "accepts" : "rejects")
                        + ", schema says " + errors + "\n" + text);
            })));
        }
        patterns().forEach((name, text) -> {
            Kind k = kindOf(text);
            Schema schema = schema(k.kind);
            tests.add(DynamicTest.dynamicTest(k.kind + ": " + name, () -> {
                boolean reader = readerAccepts(k, text);
                List<Error> errors = validate(schema, text);
                assertEquals(reader, errors.isEmpty(), () -> "reader " + (reader ? "accepts" : "rejects")
                        + ", schema says " + errors + "\n" + text);
            }));
        });
        return tests.stream();
    }

    /** Where a schema cannot judge: the schema accepts, the reader rejects — by design. */
    @Test
    void whatOnlyTheReaderJudges() {
        Kind cases = KINDS.get(0);
        Kind ents = KINDS.get(1);
        Kind reps = KINDS.get(2);
        Map<String, String> s = new LinkedHashMap<>();
        s.put("a fraction written as an integer", cases.doc(CASE.with("requirementFen", "100.0")));
        s.put("an exponent", cases.doc(CASE.with("requirementFen", "1E2")));
        s.put("a number literal of 33 characters", cases.doc(CASE.with("requirementFen", "1." + "0".repeat(31))));
        s.put("a ratio above 2/3", cases.doc(CASE.with("enterpriseRatio", "\"3/4\"")));
        s.put("forms that disagree", cases.doc(CASE.with("workers", "1").with("months", "1")
                .with("allowancePerWorkerFen", "1").with("contributionsPerWorkerFen", "1")));
        s.put("a wrong check character", ents.doc(ENTERPRISE.with("id", "\"D21435690\"")));
        s.put("a credit code of another enterprise", ents.doc(ENTERPRISE.with("creditCode", "\"91350100M000100Y43\"")));
        s.put("a city in another province", ents.doc(ENTERPRISE.with("province", "\"220000\"")));
        s.put("a city the table does not list", ents.doc(ENTERPRISE.with("city", "\"219900\"")));
        s.put("more laid off than employed", ents.doc(ENTERPRISE.with("employees", "1").with("laidOffWorkers", "2")));
        s.put("an id twice", ents.doc(ENTERPRISE, ENTERPRISE));
        s.put("a day that does not exist", reps.doc(MonthlyReportsReaderTest.REPORT.with("allowance",
                "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-02-30\"}")));
        s.put("an offset beyond 18 hours", reps.doc(MonthlyReportsReaderTest.REPORT.with("submittedAt",
                "\"2000-02-03T09:00:00+19:00\"")));
        s.forEach((name, text) -> {
            Kind k = kindOf(text);
            assertTrue(validate(schema(k.kind), text).isEmpty(), () -> "the schema should accept " + name);
            assertTrue(!readerAccepts(k, text), () -> "the reader should reject " + name);
        });
    }

    @Test
    void theSchemasInTheJarAreThoseInDocs() throws Exception {
        Path docs = Path.of("../../docs/schemas");
        for (Kind k : KINDS) {
            String name = k.kind.name().substring("baozhang/".length(), k.kind.name().indexOf('@'));
            try (InputStream in = InterchangeJson.schema(k.kind)) {
                assertEquals(Files.readString(docs.resolve(name + ".schema.json")), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
