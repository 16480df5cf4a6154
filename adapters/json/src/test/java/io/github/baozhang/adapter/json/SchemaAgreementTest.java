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
                    InterchangeJson.monthlyReportReader()),
            new Kind(InterchangeKinds.DISBURSEMENTS, "records", DisbursementsReaderTest.RECORD,
                    InterchangeJson.disbursementReader()),
            new Kind(InterchangeKinds.INCIDENTS, "incidents", IncidentsReaderTest.INCIDENT,
                    InterchangeJson.incidentReader()));

    /** The kinds whose document is one record, with their reader. */
    private static final Map<DocumentKind, FeedReader<?>> WHOLE = Map.of(
            InterchangeKinds.CALENDAR, InterchangeJson.calendarReader(),
            InterchangeKinds.BULLETIN, InterchangeJson.bulletinReader());

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
        Kind disb = KINDS.get(3);
        Elements rec = DisbursementsReaderTest.RECORD;
        for (String id : List.of("\"340524800101001\"", "\"34052419800101001x\"", "\"34052419800101001X\"",
                "\"3405241980010100\"", "\"990524800101001\"", "\"340524801301001\"", "\"34052417800101001X\"",
                "\"34052419800132001X\"", "\"34052419800101001Y\"", "\" 34052419800101001X\"")) {
            s.put("citizenId " + id, disb.doc(rec.with("citizenId", id)));
        }
        s.put("name blank", disb.doc(rec.with("name", "\" \"")));
        s.put("allowance paid without a date", disb.doc(rec.with("allowance", "{\"dueFen\": 1, \"paidFen\": 1}")));
        s.put("contributions with a date", disb.doc(rec.with("contributions",
                "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-01-02\"}")));
        s.put("amount max", disb.doc(rec.with("allowance", "{\"dueFen\": 9223372036854775807, \"paidFen\": 0}")));
        s.put("amount beyond max", disb.doc(rec.with("allowance", "{\"dueFen\": 9223372036854775808, \"paidFen\": 0}")));
        Kind inc = KINDS.get(4);
        Elements incident = IncidentsReaderTest.INCIDENT;
        for (String sev : List.of("\"GENERAL\"", "\"general\"", "\"SEVERE\"")) {
            s.put("severity " + sev, inc.doc(incident.with("severity", sev)));
        }
        for (String st : List.of("\"OPEN\"", "\"RESOLVED\"", "\"CLOSED\"")) {
            s.put("status " + st, inc.doc(incident.with("status", st)));
        }
        s.put("cause blank", inc.doc(incident.with("cause", "\"\\t\"")));
        s.put("occurredAt in UTC", inc.doc(incident.with("occurredAt", "\"2000-03-01T00:30Z\"")));
        s.put("occurredAt without offset", inc.doc(incident.with("occurredAt", "\"2000-03-01T00:30:00\"")));
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

    /** Samples of the kinds whose document is one record, each with its kind. */
    private static Map<String, Map.Entry<DocumentKind, String>> wholeSamples() {
        Map<String, Map.Entry<DocumentKind, String>> s = new LinkedHashMap<>();
        DocumentKind cal = InterchangeKinds.CALENDAR;
        s.put("calendar valid", Map.entry(cal, CalendarReaderTest.NATIONAL_DAY));
        s.put("calendar empty", Map.entry(cal, CalendarReaderTest.doc("", "")));
        for (String item : List.of("null", "1", "\"1999-1-1\"", "\"1999-10-01T00:00Z\"", "{}", "[]", "\"1999-13-01\"",
                "\"1999-10-01\", \"1999-10-01\"", "\"1999-10-02\"")) {
            s.put("calendar holiday " + item, Map.entry(cal, CalendarReaderTest.doc(item, "")));
            s.put("calendar workday " + item, Map.entry(cal, CalendarReaderTest.doc("", item)));
        }
        s.put("calendar holidays missing", Map.entry(cal, "{\"format\": \"baozhang/calendar@1\", \"workdays\": []}"));
        s.put("calendar workdays null", Map.entry(cal, "{\"format\": \"baozhang/calendar@1\", \"holidays\": [], \"workdays\": null}"));
        s.put("calendar holidays an object", Map.entry(cal, "{\"format\": \"baozhang/calendar@1\", \"holidays\": {}, \"workdays\": []}"));
        s.put("calendar unknown field", Map.entry(cal, CalendarReaderTest.doc("", "").replace("}", ", \"x\": []}")));
        s.put("calendar format missing", Map.entry(cal, "{\"holidays\": [], \"workdays\": []}"));
        s.put("calendar format of another version", Map.entry(cal, CalendarReaderTest.doc("", "").replace("@1", "@2")));
        s.put("calendar root an array", Map.entry(cal, "[]"));

        DocumentKind bul = InterchangeKinds.BULLETIN;
        String b = Json.write(InterchangeJson.bulletinSink(), BulletinTest.BULLETIN);
        String[][] edits = {
            {"valid", "", ""},
            {"period malformed", "\"period\": \"2000-01\",", "\"period\": \"2000-1\","},
            {"period null", "\"period\": \"2000-01\",", "\"period\": null,"},
            {"national missing a field", "\"reemployed\": 120,", ""},
            {"national with an unknown field", "\"laidOffWorkers\": 40000,", "\"laidOffWorkers\": 40000, \"rate\": \"1/2\","},
            {"a negative count", "\"onTime\": 2", "\"onTime\": -2"},
            {"a count as a string", "\"onTime\": 2", "\"onTime\": \"2\""},
            {"a negative amount", "\"dueFen\": 1000000", "\"dueFen\": -1"},
            {"funds without received", "\"received\": {", "\"receipts\": {"},
            {"a province that is a city", "\"code\": \"210000\"", "\"code\": \"210300\""},
            {"a province that does not exist", "\"code\": \"210000\"", "\"code\": \"990000\""},
            {"a province as a number", "\"code\": \"210000\"", "\"code\": 210000"},
            {"an industry in lower case", "\"industry\": \"MILITARY\"", "\"industry\": \"military\""},
            {"an industry unknown", "\"industry\": \"MILITARY\"", "\"industry\": \"TEXTILE\""},
            {"an alert code of a finding", "\"code\": \"A9601\"", "\"code\": \"F5001\""},
            {"an alert code unknown", "\"code\": \"A9601\"", "\"code\": \"A9699\""},
            {"an alert with enterprise and region", "\"enterpriseId\": \"D2143569X\",\n      \"arguments\"",
                "\"enterpriseId\": \"D2143569X\", \"region\": \"nation\",\n      \"arguments\""},
            {"an alert without a subject", "\"enterpriseId\": \"D2143569X\",\n      \"arguments\"", "\"arguments\""},
            {"an alert with a hyphenated enterprise", "\"enterpriseId\": \"D2143569X\",\n      \"arguments\"",
                "\"enterpriseId\": \"D2143569-X\",\n      \"arguments\""},
            {"an alert with a malformed enterprise", "\"enterpriseId\": \"D2143569X\",\n      \"arguments\"",
                "\"enterpriseId\": \"D2143569\",\n      \"arguments\""},
            {"an alert region blank", "\"region\": \"province:210000\"", "\"region\": \"\""},
            {"an argument as a number", "\"reported\": \"1\"", "\"reported\": 1"},
            {"an argument null", "\"reported\": \"1\"", "\"reported\": null"},
            {"an alert without arguments", "\"code\": \"A9603\",", "\"code\": \"A9603\", \"x\": {},"},
            {"alerts null", "\"alerts\": [", "\"alerts\": null, \"y\": ["},
            {"provinces an object", "\"provinces\": [", "\"provinces\": {}, \"z\": ["},
            {"a province null", "\"provinces\": [", "\"provinces\": [null,"},
            {"format of another kind", "baozhang/bulletin@1", "baozhang/calendar@1"},
        };
        for (String[] e : edits) {
            if (!e[1].isEmpty() && !b.contains(e[1])) {
                throw new AssertionError("no " + e[1]);
            }
            s.put("bulletin " + e[0], Map.entry(bul, e[1].isEmpty() ? b : b.replaceFirst(java.util.regex.Pattern.quote(e[1]),
                    java.util.regex.Matcher.quoteReplacement(e[2]))));
        }
        return s;
    }

    @TestFactory
    Stream<DynamicTest> theSchemaAndTheReaderAgreeOnOneRecordDocuments() {
        List<DynamicTest> tests = new ArrayList<>();
        wholeSamples().forEach((name, sample) -> tests.add(DynamicTest.dynamicTest(name, () -> {
            String text = sample.getValue();
            boolean reader = Json.read(WHOLE.get(sample.getKey()), text).summary.isClean();
            List<Error> errors = validate(schema(sample.getKey()), text);
            assertEquals(reader, errors.isEmpty(), () -> "reader " + (reader ? "accepts" : "rejects")
                    + ", schema says " + errors + "\n" + text);
        })));
        return tests.stream();
    }

    /** The schema's enumeration of alert codes is the catalogue's. */
    @Test
    void theAlertCodesOfTheBulletinSchemaAreTheCatalogues() throws Exception {
        try (InputStream in = InterchangeJson.schema(InterchangeKinds.BULLETIN)) {
            var node = InterchangeJson.mapper().readTree(in).get("$defs").get("alert").get("properties").get("code").get("enum");
            List<String> inSchema = new ArrayList<>();
            node.forEach(n -> inSchema.add(n.asString()));
            List<String> inCatalogue = java.util.Arrays.stream(io.github.baozhang.problem.ProblemCode.values())
                    .filter(c -> c.kind() == io.github.baozhang.problem.ProblemKind.ALERT)
                    .map(io.github.baozhang.problem.ProblemCode::code).toList();
            assertEquals(inCatalogue, inSchema);
        }
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
        Kind disb = KINDS.get(3);
        Elements rec = DisbursementsReaderTest.RECORD;
        s.put("a citizen ID with a wrong check character", disb.doc(rec.with("citizenId", "\"110105194901010022\"")));
        s.put("a citizen ID born on a day that does not exist", disb.doc(rec.with("citizenId", "\"110105194902300021\"")));
        s.put("one citizen ID at two enterprises in a period", disb.doc(rec, rec.with("enterpriseId", "\"M000100Y4\"")));
        s.put("an agreement before the entry", disb.doc(rec.with("agreementSignedOn", "\"1999-06-30\"")));
        Kind inc = KINDS.get(4);
        Elements incident = IncidentsReaderTest.INCIDENT;
        s.put("an incident reported before it occurred", inc.doc(incident.with("reportedAt", "\"2000-03-01T00:00:00Z\"")));
        s.put("an incident id twice", inc.doc(incident, incident));
        s.put("a count written with a fraction", inc.doc(incident.with("participants", "120.0")));
        s.forEach((name, text) -> {
            Kind k = kindOf(text);
            assertTrue(validate(schema(k.kind), text).isEmpty(), () -> "the schema should accept " + name);
            assertTrue(!readerAccepts(k, text), () -> "the reader should reject " + name);
        });
        String b = Json.write(InterchangeJson.bulletinSink(), BulletinTest.BULLETIN);
        Map<String, Map.Entry<DocumentKind, String>> whole = new LinkedHashMap<>();
        whole.put("a date in both lists", Map.entry(InterchangeKinds.CALENDAR, CalendarReaderTest.doc("\"1999-10-01\"",
                "\"1999-10-01\"")));
        whole.put("a holiday that does not exist", Map.entry(InterchangeKinds.CALENDAR, CalendarReaderTest.doc(
                "\"1999-02-29\"", "")));
        whole.put("an argument the code does not declare", Map.entry(InterchangeKinds.BULLETIN,
                b.replace("\"reason\": \"none\"", "\"reason\": \"none\", \"weather\": \"rain\"")));
        whole.put("a province twice with other figures", Map.entry(InterchangeKinds.BULLETIN,
                b.replace("\"code\": \"210000\"", "\"code\": \"110000\"")));
        whole.put("an industry twice", Map.entry(InterchangeKinds.BULLETIN,
                b.replace("\"industry\": \"MILITARY\"", "\"industry\": \"METALLURGY\"")));
        whole.put("an enterprise with a wrong check character", Map.entry(InterchangeKinds.BULLETIN,
                b.replace("\"enterpriseId\": \"D2143569X\",\n", "\"enterpriseId\": \"D21435690\",\n")));
        whole.put("a count with an exponent", Map.entry(InterchangeKinds.BULLETIN, b.replace("\"onTime\": 2", "\"onTime\": 2E0")));
        whole.forEach((name, sample) -> {
            assertTrue(validate(schema(sample.getKey()), sample.getValue()).isEmpty(), () -> "the schema should accept " + name);
            assertTrue(!Json.read(WHOLE.get(sample.getKey()), sample.getValue()).summary.isClean(),
                    () -> "the reader should reject " + name);
        });
    }

    @Test
    void theSchemasInTheJarAreThoseInDocs() throws Exception {
        Path docs = Path.of("../../docs/schemas");
        for (DocumentKind kind : List.of(InterchangeKinds.ENTERPRISES, InterchangeKinds.FUNDING_CASES,
                InterchangeKinds.FUNDING_RESULTS, InterchangeKinds.MONTHLY_REPORTS, InterchangeKinds.DISBURSEMENTS,
                InterchangeKinds.INCIDENTS, InterchangeKinds.CALENDAR, InterchangeKinds.BULLETIN)) {
            String name = kind.name().substring("baozhang/".length(), kind.name().indexOf('@'));
            try (InputStream in = InterchangeJson.schema(kind)) {
                assertEquals(Files.readString(docs.resolve(name + ".schema.json")), new String(in.readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
