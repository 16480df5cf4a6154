package io.github.baozhang.adapter.json;

import static io.github.baozhang.adapter.json.Json.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader of {@code baozhang/funding-cases@1}: every form and every error path. */
class FundingCasesReaderTest {

    private final FeedReader<FundingCase> reader = InterchangeJson.fundingCaseReader();

    private static final String HEAD = "{'format': 'baozhang/funding-cases@1', 'cases': [\n";

    /** A document with one case per line, the first case on line 2. */
    private static String doc(String... cases) {
        return q(HEAD + String.join(",\n", cases) + "\n]}");
    }

    private List<Violation> rejectedOne(String element) {
        return Json.read(reader, doc(element)).onlyRejected();
    }

    @Test
    void kindAndType() {
        assertEquals("baozhang/funding-cases@1", reader.kind().name());
        assertSame(FundingCase.class, reader.valueType());
    }

    @Test
    void readsBothFormsOfTheRequirementAndTheDefaults() {
        Json.Read<FundingCase> r = Json.read(reader, doc(
                "{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 100}",
                "{'id': 'b', 'affiliation': 'CENTRAL', 'shougangExternal': false, 'period': '1999-12', 'workers': 10,"
                        + " 'months': 3, 'allowancePerWorkerFen': 30100, 'contributionsPerWorkerFen': 15616,"
                        + " 'requirementFen': 1371480, 'enterpriseRatio': '2/6',"
                        + " 'received': {'socialFen': 5}, 'uiArrearsFen': 7}"));
        assertTrue(r.summary.isClean(), r.rejected::toString);
        assertEquals(2, r.summary.accepted());
        FundingCase a = r.values.get(0);
        assertEquals(FundingCase.builder().id("a").affiliation(Affiliation.LOCAL).period(YearMonth.of(2000, 1))
                .requirement(Money.ofFen(100)).build(), a);
        assertEquals(Ratio.ONE_THIRD, a.enterpriseRatio());
        assertEquals(SourceAmounts.zero(), a.received());
        FundingCase b = r.values.get(1);
        assertEquals(PerWorkerCost.of(10, 3, Money.ofFen(30100), Money.ofFen(15616)), b.perWorker().orElseThrow());
        assertEquals(Ratio.ONE_THIRD, b.enterpriseRatio(), "2/6 is one third");
        assertEquals(SourceAmounts.ofFen(0, 5, 0), b.received());
        assertEquals(Money.ofFen(7), b.uiArrears());
        assertEquals(Location.builder().document("doc.json").pointer("/cases/1").line(3).column(1).build(),
                r.locations.get(1));
    }

    @Test
    void readAllCollectsValuesAndRejections() throws IOException {
        ReadResult<FundingCase> all = reader.readAll(Json.source(doc(
                "{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 100}", "7")));
        assertEquals(1, all.values().size());
        assertEquals(1, all.rejected().size());
        assertEquals(Map.of("E9012", 1L), all.summary().rejectedByCode());
    }

    @Test
    void anElementWithErrorsReportsEveryViolationInDocumentOrder() {
        List<Violation> v = rejectedOne("{'id': 'b', 'affiliation': 'CENTRL', 'period': '2000-13', 'requirementFen': 1.5,"
                + " 'x': 1, 'received': {'socialFen': -1}, 'enterpriseRatio': '3/4'}");
        assertEquals(6, v.size(), v::toString);
        Expect.violation(v.get(0), ProblemCode.ENUM_VALUE_UNKNOWN, "/cases/0/affiliation", 2, 28, "affiliation",
                Map.of("value", "CENTRL", "allowed", "CENTRAL,LOCAL"));
        Expect.violation(v.get(1), ProblemCode.PERIOD_MALFORMED, "/cases/0/period", 2, 48, "period");
        Expect.violation(v.get(2), ProblemCode.AMOUNT_MALFORMED, "/cases/0/requirementFen", 2, 77, "requirementFen",
                Map.of("value", "1.5", "reason", "fraction"));
        Expect.violation(v.get(3), ProblemCode.JSON_FIELD_UNKNOWN, "/cases/0/x", 2, 82, "x", Map.of("field", "x"));
        Expect.violation(v.get(4), ProblemCode.VALUE_NEGATIVE, "/cases/0/received/socialFen", 2, 116, "received.socialFen");
        Expect.violation(v.get(5), ProblemCode.RATIO_OUT_OF_RANGE, "/cases/0/enterpriseRatio", 2, 140, "enterpriseRatio");
    }

    @Test
    void theOtherElementsAreStillRead() {
        Json.Read<FundingCase> r = Json.read(reader, doc(
                "{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 100}",
                "{'id': 'b', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': -1}",
                "null", "[]", "'x'",
                "{'id': 'c', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 1}"));
        assertEquals(6, r.summary.read());
        assertEquals(2, r.summary.accepted());
        assertEquals(4, r.summary.rejected());
        Expect.violation(r.rejected.get(1).violations().get(0), ProblemCode.JSON_NULL, "/cases/2", 4, 1, null);
        Expect.violation(r.rejected.get(2).violations().get(0), ProblemCode.JSON_TYPE, "/cases/3", 5, 1, null,
                Map.of("expected", "object", "actual", "array"));
        assertEquals(Location.builder().document("doc.json").pointer("/cases/4").line(6).column(1).build(),
                r.rejected.get(3).location());
        assertEquals(List.of("a", "c"), r.values.stream().map(FundingCase::id).toList());
    }

    @Test
    void missingNullAndWronglyTypedFields() {
        List<Violation> v = rejectedOne("{'affiliation': null, 'shougangExternal': 'yes', 'period': 200001,"
                + " 'requirementFen': '100', 'received': 5}");
        Expect.violation(v.get(0), ProblemCode.JSON_FIELD_MISSING, "/cases/0", 2, 1, "id", Map.of("field", "id"));
        Expect.violation(v.get(1), ProblemCode.JSON_NULL, "/cases/0/affiliation", 2, 17, "affiliation");
        Expect.violation(v.get(2), ProblemCode.JSON_TYPE, "/cases/0/shougangExternal", 2, 43, "shougangExternal",
                Map.of("expected", "boolean", "actual", "string"));
        Expect.violation(v.get(3), ProblemCode.JSON_TYPE, "/cases/0/period", 2, 60, "period",
                Map.of("expected", "string", "actual", "integer"));
        Expect.violation(v.get(4), ProblemCode.JSON_TYPE, "/cases/0/requirementFen", 2, 86, "requirementFen",
                Map.of("expected", "integer", "actual", "string"));
        Expect.violation(v.get(5), ProblemCode.JSON_TYPE, "/cases/0/received", 2, 105, "received",
                Map.of("expected", "object", "actual", "integer"));
        assertEquals(6, v.size(), v::toString);
    }

    @Test
    void moneyIsAnIntegerLiteralOfAtMost32CharactersWithinSigned64Bits() {
        String base = "{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': ";
        Expect.violation(rejectedOne(base + "1e2}").get(0), ProblemCode.AMOUNT_MALFORMED, "/cases/0/requirementFen", 2, 76,
                "requirementFen", Map.of("value", "1e2", "reason", "exponent"));
        Expect.violation(rejectedOne(base + "100.0}").get(0), ProblemCode.AMOUNT_MALFORMED, "/cases/0/requirementFen", 2, 76,
                "requirementFen", Map.of("value", "100.0", "reason", "fraction"));
        Expect.violation(rejectedOne(base + "9223372036854775808}").get(0), ProblemCode.AMOUNT_MALFORMED,
                "/cases/0/requirementFen", 2, 76, "requirementFen", Map.of("value", "9223372036854775808", "reason", "range"));
        String long33 = "1" + "0".repeat(32);
        Expect.violation(rejectedOne(base + long33 + "}").get(0), ProblemCode.JSON_NUMBER_TOO_LONG, "/cases/0/requirementFen",
                2, 76, "requirementFen", Map.of("length", "33", "max", "32"));
        Json.Read<FundingCase> max = Json.read(reader, doc(base + "9223372036854775807}"));
        assertEquals(Long.MAX_VALUE, max.values.get(0).requirement().orElseThrow().fen());
        Expect.violation(rejectedOne(base + "0, 'workers': 1.0, 'months': 1, 'allowancePerWorkerFen': 0,"
                + " 'contributionsPerWorkerFen': 0}").get(0), ProblemCode.INTEGER_MALFORMED, "/cases/0/workers", 2, 90,
                "workers", Map.of("value", "1.0", "reason", "fraction"));
    }

    @Test
    void aPartialPerWorkerFormNamesTheMissingFields() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6,"
                + " 'months': 3}");
        assertEquals(1, v.size(), v::toString);
        Expect.violation(v.get(0), ProblemCode.FUNDING_REQUIREMENT_MISSING, "/cases/0", 2, 1, "workers",
                Map.of("missing", "workers,allowancePerWorkerFen,contributionsPerWorkerFen"));
    }

    @Test
    void neitherFormIsMissingTheRequirement() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01'}");
        Expect.violation(v.get(0), ProblemCode.FUNDING_REQUIREMENT_MISSING, "/cases/0", 2, 1, "requirementFen",
                Map.of("missing", "requirementFen"));
    }

    @Test
    void bothFormsMustAgreeAndFitIn64Bits() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6,"
                + " 'workers': 1, 'months': 1, 'allowancePerWorkerFen': 5, 'contributionsPerWorkerFen': 2}");
        Expect.violation(v.get(0), ProblemCode.FUNDING_REQUIREMENT_MISMATCH, "/cases/0/requirementFen", 2, 76,
                "requirementFen", Map.of("requirementFen", "6", "computedFen", "7"));
        v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'workers': 9223372036854775807,"
                + " 'months': 2, 'allowancePerWorkerFen': 5, 'contributionsPerWorkerFen': 2}");
        assertEquals(ProblemCode.AMOUNT_OUT_OF_RANGE, v.get(0).code());
        Expect.violation(v.get(0), ProblemCode.AMOUNT_OUT_OF_RANGE, "/cases/0", 2, 1, "requirementFen");
    }

    @Test
    void aShougangExternalCaseIsLocal() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'CENTRAL', 'shougangExternal': true,"
                + " 'period': '2000-01', 'requirementFen': 6}");
        Expect.violation(v.get(0), ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "/cases/0/shougangExternal", 2, 59,
                "shougangExternal");
    }

    @Test
    void aMalformedRatio() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6,"
                + " 'enterpriseRatio': '1/0'}");
        Expect.violation(v.get(0), ProblemCode.RATIO_MALFORMED, "/cases/0/enterpriseRatio", 2, 98, "enterpriseRatio",
                Map.of("value", "1/0"));
    }

    @Test
    void anUnknownFieldInsideReceived() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6,"
                + " 'received': {'socalFen': 1}}");
        Expect.violation(v.get(0), ProblemCode.JSON_FIELD_UNKNOWN, "/cases/0/received/socalFen", 2, 92,
                "received.socalFen", Map.of("field", "received.socalFen"));
    }

    // ---- the document as a whole ----

    private Violation documentViolation(String text) {
        return Json.read(reader, text).onlyDocumentViolation();
    }

    @Test
    void notJson() {
        Violation v = documentViolation(q("{'format' 1}"));
        Expect.violation(v, ProblemCode.JSON_MALFORMED, "/format", 1, 11, null);
        assertTrue(v.arguments().get("reason").startsWith("Unexpected character ('1'"), v::toString);
        Expect.violation(documentViolation(""), ProblemCode.JSON_MALFORMED, "", 1, 1, null, Map.of("reason", "no content"));
        Expect.violation(documentViolation(doc() + " {}"), ProblemCode.JSON_MALFORMED, "", 3, 4, null,
                Map.of("reason", "content after the document"));
        Expect.violation(documentViolation("[]"), ProblemCode.JSON_TYPE, "", 1, 1, null,
                Map.of("expected", "object", "actual", "array"));
    }

    @Test
    void truncated() {
        String text = doc("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6}");
        Json.Read<FundingCase> r = Json.read(reader, text.substring(0, text.length() - 2));
        Violation v = r.onlyDocumentViolation();
        Expect.violation(v, ProblemCode.JSON_TRUNCATED, "/cases/0", 3, 1, null);
        assertEquals(1, r.values.size(), "handed over before the end was found");
        assertEquals(0, r.summary.read(), "but a rejected document counts no record");
        Expect.violation(Json.read(reader, text.substring(0, text.length() - 5)).onlyDocumentViolation(),
                ProblemCode.JSON_TRUNCATED, "/cases/0/requirementFen", 2, 76, null);
    }

    @Test
    void wrongFormatOrVersionOrNone() {
        Expect.violation(documentViolation(q("{'format': 'baozhang/funding-cases@2', 'cases': []}")),
                ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, "/format", 1, 12, "format",
                Map.of("format", "baozhang/funding-cases@2", "expected", "baozhang/funding-cases@1"));
        Expect.violation(documentViolation(q("{'format': 'baozhang/enterprises@1', 'cases': []}")),
                ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, "/format", 1, 12, "format");
        Expect.violation(documentViolation(q("{'cases': []}")), ProblemCode.JSON_FIELD_MISSING, "", 1, 1, "format",
                Map.of("field", "format"));
        Expect.violation(documentViolation(q("{'format': 'baozhang/funding-cases@1'}")), ProblemCode.JSON_FIELD_MISSING,
                "", 1, 1, "cases");
        Expect.violation(documentViolation(q("{'format': null, 'cases': []}")), ProblemCode.JSON_NULL, "/format", 1, 12,
                "format");
        Expect.violation(documentViolation(q("{'format': 'baozhang/funding-cases@1', 'cases': {}}")), ProblemCode.JSON_TYPE,
                "/cases", 1, 49, "cases", Map.of("expected", "array", "actual", "object"));
        Expect.violation(documentViolation(q("{'format': 'baozhang/funding-cases@1', 'cases': [], 'note': 1}")),
                ProblemCode.JSON_FIELD_UNKNOWN, "/note", 1, 53, "note");
    }

    @Test
    void aFormatAfterTheCasesStillRejectsTheDocument() {
        Json.Read<FundingCase> r = Json.read(reader, q("{'cases': [{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01',"
                + " 'requirementFen': 6}], 'format': 'acme/other@1'}"));
        assertEquals(ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, r.onlyDocumentViolation().code());
        assertEquals(0, r.summary.read());
    }

    @Test
    void aRepeatedKeyAnywhereRejectsTheDocument() {
        Expect.violation(documentViolation(q("{'format': 'baozhang/funding-cases@1', 'format': 'x', 'cases': []}")),
                ProblemCode.JSON_DUPLICATE_KEY, "/format", 1, 40, "format", Map.of("key", "format"));
        Expect.violation(documentViolation(doc("{'id': 'a', 'id': 'b'}")), ProblemCode.JSON_DUPLICATE_KEY,
                "/cases/0/id", 2, 13, "id");
        Expect.violation(documentViolation(doc("{'id': 'a', 'received': {'socialFen': 1, 'socialFen': 1}}")),
                ProblemCode.JSON_DUPLICATE_KEY, "/cases/0/received/socialFen", 2, 42, "received.socialFen");
        Expect.violation(documentViolation(doc("{'id': 'a', 'note': [{'k': 1, 'k': 2}]}")),
                ProblemCode.JSON_DUPLICATE_KEY, "/cases/0/note/0/k", 2, 31, null);
    }

    @Test
    void nestingDeeperThan64() {
        String deep = "{'id': 'a', 'note': " + "[".repeat(62) + "]".repeat(62) + "}";
        Violation v = documentViolation(doc(deep));
        Expect.violation(v, ProblemCode.JSON_TOO_DEEP, "/cases/0/note" + "/0".repeat(61), 2, 83, null, Map.of("max", "64"));
        String ok = "{'id': 'a', 'note': " + "[".repeat(61) + "]".repeat(61) + "}";
        assertTrue(rejectedOne(ok).stream().anyMatch(x -> x.code() == ProblemCode.JSON_FIELD_UNKNOWN), "depth 64 is allowed");
    }

    @Test
    void aNumberBeyondTheParsersLimitRejectsTheDocument() {
        Violation v = documentViolation(doc("{'id': 'a', 'requirementFen': " + "1".repeat(1001) + "}"));
        assertEquals(ProblemCode.JSON_NUMBER_TOO_LONG, v.code());
        assertEquals("/cases/0/requirementFen", v.location().pointer().orElseThrow());
    }

    @Test
    void aStringBeyondTheReadersLimitRejectsTheDocument() {
        Violation v = documentViolation(doc("{'id': '" + "x".repeat(1_000_001) + "'}"));
        assertEquals(ProblemCode.JSON_LIMIT_EXCEEDED, v.code());
        assertEquals(Map.of("limit", "string", "max", "1000000"), v.arguments());
    }

    @Test
    void notUtf8() {
        byte[] gbk = q("{'format': 'baozhang/funding-cases@1', 'cases': [\n{'id': '").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[gbk.length + 2];
        System.arraycopy(gbk, 0, bytes, 0, gbk.length);
        bytes[gbk.length] = (byte) 0xD6; // 中 in GBK
        bytes[gbk.length + 1] = (byte) 0xD0;
        Violation v = Json.read(reader, Source.of("gbk.json", bytes)).onlyDocumentViolation();
        assertEquals(ProblemCode.JSON_NOT_UTF8, v.code());
        assertEquals(Map.of("byte", "0xD6"), v.arguments());
        assertEquals(2, v.location().line().getAsLong());
        assertEquals(9, v.location().column().getAsLong());
        assertEquals("gbk.json", v.location().document().orElseThrow());
    }

    @Test
    void aByteOrderMarkAndCrLfLinesAreAccepted() {
        String text = "\uFEFF" + doc("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6}",
                "{'id': 'b', 'affiliation': 'LOCAL', 'period': '2000-1', 'requirementFen': 6}").replace("\n", "\r\n");
        Json.Read<FundingCase> r = Json.read(reader, text);
        assertEquals(1, r.values.size());
        Expect.violation(r.rejected.get(0).violations().get(0), ProblemCode.PERIOD_MALFORMED, "/cases/1/period", 3, 47,
                "period");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        List<Violation> v = rejectedOne("{'id': '案例一', 'affiliation': 'LOCAL', 'period': 'x', 'requirementFen': 6}");
        Expect.violation(v.get(0), ProblemCode.PERIOD_MALFORMED, "/cases/0/period", 2, 49, "period");
    }

    @Test
    void aKeyWithSlashOrTildeIsEscapedInThePointer() {
        List<Violation> v = rejectedOne("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6,"
                + " 'a/b~c': 1}");
        assertEquals("/cases/0/a~1b~0c", v.get(0).location().pointer().orElseThrow());
    }

    @Test
    void aListenersExceptionPropagatesUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> reader.read(
                Json.source(doc("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6}")),
                new FeedListener<FundingCase>() {
                    @Override
                    public void accepted(FundingCase value, Location location) {
                        throw boom;
                    }

                    @Override
                    public void rejected(RejectedRecord record) {
                    }
                }));
        assertSame(boom, thrown);
    }

    @Test
    void aSourceThatCannotBeReadThrowsIOException() {
        Source broken = new Source() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk on fire");
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        throw new IOException("disk on fire");
                    }
                };
            }
        };
        IOException e = assertThrows(IOException.class, () -> reader.read(broken, new FeedListener<FundingCase>() {
            @Override
            public void accepted(FundingCase value, Location location) {
            }

            @Override
            public void rejected(RejectedRecord record) {
            }
        }));
        assertEquals("disk on fire", e.getMessage());
    }

    @Test
    void theSameBytesGiveTheSameCalls() {
        String text = doc("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6}",
                "{'id': 1, 'x': null}");
        Json.Read<FundingCase> one = Json.read(reader, text);
        Json.Read<FundingCase> two = Json.read(reader, text);
        assertEquals(one.values, two.values);
        assertEquals(one.rejected, two.rejected);
        assertEquals(one.summary, two.summary);
    }

    @Test
    void oneReaderReadsOnSeveralThreadsAtOnce() throws Exception {
        String text = doc("{'id': 'a', 'affiliation': 'LOCAL', 'period': '2000-01', 'requirementFen': 6}",
                "{'id': 1, 'x': null}", "{'id': 'c', 'affiliation': 'CENTRAL', 'period': '2000-02', 'workers': 3,"
                        + " 'months': 2, 'allowancePerWorkerFen': 10, 'contributionsPerWorkerFen': 5}");
        Json.Read<FundingCase> expected = Json.read(reader, text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Json.Read<FundingCase>>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                futures.add(pool.submit(() -> Json.read(reader, text)));
            }
            for (var f : futures) {
                Json.Read<FundingCase> r = f.get();
                assertEquals(expected.values, r.values);
                assertEquals(expected.rejected, r.rejected);
                assertEquals(expected.summary, r.summary);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
