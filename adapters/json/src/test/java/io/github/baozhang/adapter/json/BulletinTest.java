package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sink and the reader of {@code baozhang/bulletin@1}. */
class BulletinTest {

    private final FeedReader<Bulletin> reader = InterchangeJson.bulletinReader();

    static ReportSummary summary(long monitored, long reported) {
        return ReportSummary.builder().monitored(monitored).reported(reported).onTime(reported)
                .laidOffWorkers(40000).inCentre(38000).agreementsSigned(37000).reemployed(120).leftCentre(150)
                .incidents(1).allowance(Money.ofFen(1000000), Money.ofFen(900000))
                .contributions(Money.ofFen(500000), Money.ofFen(Long.MAX_VALUE))
                .funds(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(0, 2, 3)).build();
    }

    static Finding finding(ProblemCode code, String subject, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Finding.of(code, subject, args);
    }

    static final Bulletin BULLETIN = Bulletin.of(YearMonth.of(2000, 1), summary(3, 2),
            Map.of(DivisionCode.parse("210000"), summary(2, 1), DivisionCode.parse("110000"), summary(1, 1)),
            Map.of(Industry.METALLURGY, summary(2, 1), Industry.MILITARY, summary(1, 1)),
            List.of(finding(ProblemCode.REPORT_MISSING, "D2143569X", "enterpriseId", "D2143569X", "province", "210000",
                    "period", "2000-01", "dueOn", "2000-02-09", "reason", "none"),
                    finding(ProblemCode.REPORTING_INCOMPLETE, "province:210000", "region", "province:210000",
                            "period", "2000-01", "reported", "1", "monitored", "2")));

    private static String text() {
        return Json.write(InterchangeJson.bulletinSink(), BULLETIN);
    }

    @Test
    void writesInTheOrderOfTheInterchange() {
        String text = text();
        JsonNode root = InterchangeJson.mapper().readTree(text);
        List<String> top = new ArrayList<>(root.propertyNames());
        assertEquals(List.of("format", "period", "national", "provinces", "industries", "alerts"), top);
        assertEquals("baozhang/bulletin@1", root.get("format").asString());
        assertEquals("110000", root.get("provinces").get(0).get("code").asString());
        assertEquals("210000", root.get("provinces").get(1).get("code").asString());
        assertEquals("MILITARY", root.get("industries").get(0).get("industry").asString());
        assertEquals("METALLURGY", root.get("industries").get(1).get("industry").asString());
        assertEquals(List.of("code", "enterprises", "laidOffWorkers", "inCentre", "agreementsSigned", "reemployed",
                "leftCentre", "incidents", "allowance", "contributions", "funds"),
                new ArrayList<>(root.get("provinces").get(0).propertyNames()));
        assertEquals(List.of("monitored", "reported", "onTime"),
                new ArrayList<>(root.get("national").get("enterprises").propertyNames()));
        JsonNode missing = root.get("alerts").get(0);
        assertEquals(List.of("code", "enterpriseId", "arguments"), new ArrayList<>(missing.propertyNames()));
        assertEquals("A9601", missing.get("code").asString());
        assertEquals(List.of("enterpriseId", "province", "period", "dueOn", "reason"),
                new ArrayList<>(missing.get("arguments").propertyNames()));
        JsonNode incomplete = root.get("alerts").get(1);
        assertEquals("province:210000", incomplete.get("region").asString());
        assertEquals("1", incomplete.get("arguments").get("reported").asString());
        assertTrue(text.contains("\"paidFen\": 9223372036854775807"), text);
        assertTrue(text.endsWith("}\n"));
        assertEquals(text, text());
    }

    @Test
    void readsWhatItWrites() {
        Json.Read<Bulletin> r = Json.read(reader, text());
        assertTrue(r.summary.isClean(), r.rejected::toString);
        assertEquals(BULLETIN, r.values.get(0));
        Bulletin empty = Bulletin.of(YearMonth.of(1999, 12), ReportSummary.identity(), Map.of(), Map.of(), List.of());
        assertEquals(empty, Json.read(reader, Json.write(InterchangeJson.bulletinSink(), empty)).values.get(0));
    }

    private List<Violation> rejected(String from, String to) {
        String text = text();
        assertTrue(text.contains(from), from);
        return Json.read(reader, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to))).onlyRejected();
    }

    private static List<ProblemCode> codes(List<Violation> v) {
        return v.stream().map(Violation::code).toList();
    }

    @Test
    void provincesAndIndustries() {
        List<Violation> v = rejected("\"code\": \"210000\"", "\"code\": \"110000\"");
        assertEquals(List.of(ProblemCode.JSON_ENTRY_DUPLICATE), codes(v));
        assertEquals(Map.of("field", "provinces", "value", "110000"), v.get(0).arguments());
        assertEquals("/provinces/1/code", v.get(0).location().pointer().orElseThrow());
        assertEquals("provinces[1].code", v.get(0).location().field().orElseThrow());
        assertEquals(List.of(ProblemCode.DIVISION_CODE_LEVEL), codes(rejected("\"code\": \"210000\"", "\"code\": \"210300\"")));
        assertEquals(List.of(ProblemCode.JSON_ENTRY_DUPLICATE),
                codes(rejected("\"industry\": \"MILITARY\"", "\"industry\": \"METALLURGY\"")));
        assertEquals(List.of(ProblemCode.ENUM_VALUE_UNKNOWN),
                codes(rejected("\"industry\": \"MILITARY\"", "\"industry\": \"TEXTILE\"")));
        v = rejected("\"monitored\": 2", "\"monitored\": -2");
        assertEquals(List.of(ProblemCode.VALUE_NEGATIVE), codes(v));
        assertEquals("/provinces/1/enterprises/monitored", v.get(0).location().pointer().orElseThrow());
        v = rejected("\"reemployed\": 120,", "");
        assertEquals(Map.of("field", "national.reemployed"), v.get(0).arguments());
        assertEquals(List.of(ProblemCode.AMOUNT_MALFORMED), codes(rejected("\"dueFen\": 1000000", "\"dueFen\": 1E6")));
        assertEquals(List.of(ProblemCode.PERIOD_MALFORMED), codes(rejected("\"period\": \"2000-01\"", "\"period\": \"2000-13\"")));
    }

    @Test
    void alerts() {
        List<Violation> v = rejected("\"code\": \"A9601\"", "\"code\": \"F5001\"");
        assertEquals(List.of(ProblemCode.ENUM_VALUE_UNKNOWN), codes(v));
        assertEquals("A9601,A9602,A9603,A9604,A9605,A9606,A9607,A9608", v.get(0).arguments().get("allowed"));
        v = rejected("\"enterpriseId\": \"D2143569X\",\n      \"arguments\"",
                "\"enterpriseId\": \"D2143569X\",\n      \"region\": \"nation\",\n      \"arguments\"");
        assertEquals(List.of(ProblemCode.JSON_FIELDS_EXCLUSIVE), codes(v));
        assertEquals("/alerts/0", v.get(0).location().pointer().orElseThrow());
        assertEquals("alerts[0]", v.get(0).location().field().orElseThrow());
        assertEquals(List.of(ProblemCode.JSON_FIELDS_EXCLUSIVE),
                codes(rejected("\"enterpriseId\": \"D2143569X\",\n      \"arguments\"", "\"arguments\"")));
        assertEquals(List.of(ProblemCode.ORGANIZATION_CODE_CHECK),
                codes(rejected("\"enterpriseId\": \"D2143569X\",\n      \"arguments\"",
                        "\"enterpriseId\": \"D21435690\",\n      \"arguments\"")));
        assertEquals(List.of(ProblemCode.TEXT_BLANK), codes(rejected("\"region\": \"province:210000\"", "\"region\": \" \"")));
        v = rejected("\"reason\": \"none\"", "\"reason\": \"none\", \"weather\": \"rain\"");
        assertEquals(List.of(ProblemCode.JSON_FIELD_UNKNOWN), codes(v));
        assertEquals("alerts[0].arguments.weather", v.get(0).location().field().orElseThrow());
        assertEquals("/alerts/0/arguments/weather", v.get(0).location().pointer().orElseThrow());
        assertEquals(List.of(ProblemCode.JSON_TYPE), codes(rejected("\"reason\": \"none\"", "\"reason\": 1")));
        assertEquals(List.of(ProblemCode.JSON_NULL), codes(rejected("\"reason\": \"none\"", "\"reason\": null")));
        assertEquals(ProblemCode.JSON_DUPLICATE_KEY, Json.read(reader, text().replace("\"reason\": \"none\"",
                "\"reason\": \"none\", \"reason\": \"none\"")).onlyDocumentViolation().code());
    }

    @Test
    void theDocument() {
        Json.Read<Bulletin> r = Json.read(reader, text().replace("bulletin@1", "bulletin@2"));
        assertEquals(ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, r.onlyDocumentViolation().code());
        assertEquals(0, r.summary.read());
        r = Json.read(reader, "{\"format\": \"baozhang/bulletin@1\"}");
        assertEquals(List.of("period", "national", "provinces", "industries", "alerts"),
                r.onlyRejected().stream().map(v -> v.arguments().get("field")).toList());
        assertEquals(1, r.summary.rejected());
        assertEquals(List.of(ProblemCode.JSON_FIELD_UNKNOWN),
                codes(rejected("\"period\": \"2000-01\"", "\"period\": \"2000-01\", \"completeness\": \"2/3\"")));
    }
}
