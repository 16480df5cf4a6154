package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.problem.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A corrupted document never makes a reader throw, and every record is counted: rows in =
 * accepted + rejected, and a document rejected as a whole counts none.
 */
class CorruptionProperties {

    @Provide
    Arbitrary<List<FundingCase>> cases() {
        return Generators.fundingCases().list().ofMinSize(1).ofMaxSize(6);
    }

    private static String document(List<FundingCase> cases) {
        return Json.write(InterchangeJson.fundingCasesSink(), FundingCasesDocument.of(cases));
    }

    /** The invariants of any read of any bytes. */
    private static <T> Json.Read<T> readChecked(FeedReader<T> reader, byte[] bytes) {
        Json.Read<T> r = Json.read(reader, Source.of("corrupt.json", bytes));
        ReadSummary s = r.summary;
        assertEquals(s.read(), s.accepted() + s.rejected());
        if (s.isDocumentRejected()) {
            assertEquals(0, s.read(), "a rejected document counts no record");
            assertEquals(1, r.document.size());
            assertEquals(s.documentViolations(), r.document);
        } else {
            assertTrue(r.document.isEmpty());
            assertEquals(r.values.size(), s.accepted());
            assertEquals(r.rejected.size(), s.rejected());
        }
        r.rejected.forEach(rec -> rec.violations().forEach(v -> {
            assertTrue(v.location().line().isPresent() && v.location().column().isPresent(), v::toString);
            assertTrue(v.location().pointer().isPresent(), v::toString);
        }));
        r.document.forEach(v -> assertTrue(v.location().line().isPresent(), v::toString));
        return r;
    }

    @Property(tries = 300)
    void aFlippedByteNeverThrows(@ForAll("cases") List<FundingCase> cases, @ForAll @IntRange(min = 0, max = 1_000_000) int at,
            @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] bytes = document(cases).getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] ^= (byte) mask;
        readChecked(InterchangeJson.fundingCaseReader(), bytes);
        readChecked(InterchangeJson.enterpriseReader(), bytes);
        readChecked(InterchangeJson.monthlyReportReader(), bytes);
    }

    @Provide
    Arbitrary<byte[]> laterKinds() {
        return net.jqwik.api.Arbitraries.oneOf(
                Generators.disbursementFeeds().map(r -> Json.write(InterchangeJson.disbursementsSink(),
                        DisbursementsDocument.of(r))),
                Generators.incidentLists().map(i -> Json.write(InterchangeJson.incidentsSink(), IncidentsDocument.of(i))),
                Generators.calendars().map(c -> Json.write(InterchangeJson.calendarSink(), c)),
                Generators.bulletins().map(b -> Json.write(InterchangeJson.bulletinSink(), b)))
                .map(text -> text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void aFlippedByteInALaterKindNeverThrows(@ForAll("laterKinds") byte[] bytes,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll @IntRange(min = 1, max = 255) int mask) {
        bytes[at % bytes.length] ^= (byte) mask;
        readChecked(InterchangeJson.disbursementReader(), bytes);
        readChecked(InterchangeJson.incidentReader(), bytes);
        Json.Read<?> calendar = readChecked(InterchangeJson.calendarReader(), bytes);
        Json.Read<?> bulletin = readChecked(InterchangeJson.bulletinReader(), bytes);
        // A one-record document is one record, or none when rejected as a whole.
        assertTrue(calendar.summary.read() <= 1 && bulletin.summary.read() <= 1);
    }

    @Property(tries = 200)
    void aRemovedBraceRejectsTheDocumentOrOneRecord(@ForAll("cases") List<FundingCase> cases,
            @ForAll @IntRange(min = 0, max = 1000) int which) {
        String text = document(cases);
        int count = (int) text.chars().filter(c -> c == '{' || c == '}').count();
        int target = which % count;
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0, seen = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if ((c == '{' || c == '}') && seen++ == target) {
                sb.deleteCharAt(i);
                break;
            }
        }
        Json.Read<FundingCase> r = readChecked(InterchangeJson.fundingCaseReader(), sb.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.summary.isDocumentRejected(), "a removed brace breaks the JSON");
    }

    @Property(tries = 200)
    void aDuplicatedKeyRejectsTheDocument(@ForAll("cases") List<FundingCase> cases, @ForAll @IntRange(min = 0, max = 1000) int which) {
        String text = document(cases);
        // Duplicate the line of one property (every property of the pretty output is on its own line).
        String[] lines = text.split("\n", -1);
        int[] candidates = java.util.stream.IntStream.range(0, lines.length)
                .filter(i -> lines[i].trim().startsWith("\"") && lines[i].trim().endsWith(",")).toArray();
        if (candidates.length == 0) {
            return;
        }
        int line = candidates[which % candidates.length];
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
            if (i == line) {
                sb.append(lines[i]).append('\n');
            }
        }
        Json.Read<FundingCase> r = readChecked(InterchangeJson.fundingCaseReader(), sb.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.summary.isDocumentRejected());
        assertEquals(ProblemCode.JSON_DUPLICATE_KEY, r.document.get(0).code());
        assertEquals(line + 2, r.document.get(0).location().line().getAsLong());
    }

    @Property(tries = 100)
    void aDeepNestRejectsTheDocument(@ForAll("cases") List<FundingCase> cases, @ForAll @IntRange(min = 65, max = 2000) int depth,
            @ForAll @IntRange(min = 0, max = 5) int where) {
        String nest = "[".repeat(depth) + "]".repeat(depth);
        String text = document(cases);
        int at = text.indexOf("\"cases\": [") + "\"cases\": [".length();
        String corrupted = text.substring(0, at) + nest + (cases.isEmpty() ? "" : ",") + text.substring(at);
        Json.Read<FundingCase> r = readChecked(InterchangeJson.fundingCaseReader(), corrupted.getBytes(StandardCharsets.UTF_8));
        assertEquals(ProblemCode.JSON_TOO_DEEP, r.document.get(0).code());
    }

    @Property(tries = 100)
    void aNestOf64IsOnlyAWrongElement(@ForAll("cases") List<FundingCase> cases) {
        // The document is depth 1, cases 2: an element of 62 nested arrays reaches 64.
        String nest = "[".repeat(62) + "]".repeat(62);
        String text = document(cases);
        int at = text.indexOf("\"cases\": [") + "\"cases\": [".length();
        String corrupted = text.substring(0, at) + nest + "," + text.substring(at);
        Json.Read<FundingCase> r = readChecked(InterchangeJson.fundingCaseReader(), corrupted.getBytes(StandardCharsets.UTF_8));
        assertEquals(cases.size() + 1, r.summary.read());
        assertEquals(ProblemCode.JSON_TYPE, r.rejected.get(0).violations().get(0).code());
    }

    @Property(tries = 100)
    void fundingACorruptedDocumentNeverThrows(@ForAll("cases") List<FundingCase> cases,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll @IntRange(min = 1, max = 255) int mask) throws Exception {
        byte[] bytes = document(cases).getBytes(StandardCharsets.UTF_8);
        bytes[at % bytes.length] ^= (byte) mask;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadSummary s = InterchangeJson.fund(Source.of("corrupt.json", bytes), out);
        if (s.isDocumentRejected()) {
            assertEquals(0, out.size(), "nothing is written for a rejected document");
        } else {
            var tree = InterchangeJson.mapper().readTree(out.toByteArray());
            assertEquals(s.accepted(), tree.get("results").size());
            assertEquals(s.rejected(), tree.get("rejected").size());
        }
    }
}
