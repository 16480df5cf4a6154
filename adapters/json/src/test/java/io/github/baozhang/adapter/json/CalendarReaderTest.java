package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader and the sink of {@code baozhang/calendar@1}. */
class CalendarReaderTest {

    private final FeedReader<HolidayCalendar> reader = InterchangeJson.calendarReader();

    static String doc(String holidays, String workdays) {
        return "{\"format\": \"baozhang/calendar@1\",\n\"holidays\": [" + holidays + "],\n\"workdays\": [" + workdays + "]}";
    }

    static final String NATIONAL_DAY = doc("\"1999-10-01\", \"1999-10-02\", \"1999-10-03\"", "\"1999-10-09\", \"1999-10-10\"");

    @Test
    void readsACalendarAsOneRecord() {
        Json.Read<HolidayCalendar> r = Json.read(reader, NATIONAL_DAY);
        assertTrue(r.summary.isClean(), r.rejected::toString);
        assertEquals(1, r.summary.read());
        HolidayCalendar c = r.values.get(0);
        assertEquals(HolidayCalendar.of(List.of(LocalDate.of(1999, 10, 1), LocalDate.of(1999, 10, 2),
                LocalDate.of(1999, 10, 3)), List.of(LocalDate.of(1999, 10, 9), LocalDate.of(1999, 10, 10))), c);
        assertEquals("", r.locations.get(0).pointer().orElseThrow());
        assertEquals(HolidayCalendar.weekendsOnly(), Json.read(reader, doc("", "")).values.get(0));
    }

    @Test
    void writesDatesInOrderAndReadsThemBack() {
        HolidayCalendar c = Json.read(reader, doc("\"2000-01-03\", \"1999-12-31\"", "\"2000-01-08\"")).values.get(0);
        String text = Json.write(InterchangeJson.calendarSink(), c);
        assertEquals("{\n  \"format\": \"baozhang/calendar@1\",\n  \"holidays\": [\n    \"1999-12-31\",\n    \"2000-01-03\"\n  ],\n"
                + "  \"workdays\": [\n    \"2000-01-08\"\n  ]\n}\n", text);
        assertEquals(c, Json.read(reader, text).values.get(0));
        assertEquals("{\n  \"format\": \"baozhang/calendar@1\",\n  \"holidays\": [],\n  \"workdays\": []\n}\n",
                Json.write(InterchangeJson.calendarSink(), HolidayCalendar.weekendsOnly()));
    }

    @Test
    void aDateInBothListsIsAConflictAtItsWorkday() {
        List<Violation> v = Json.read(reader, doc("\"1999-10-01\"", "\"1999-10-09\", \"1999-10-01\"")).onlyRejected();
        Expect.violation(v.get(0), ProblemCode.CALENDAR_DAY_CONFLICT, "/workdays/1", 3, 28, "workdays[1]",
                Map.of("date", "1999-10-01"));
    }

    @Test
    void everyBadDateIsLocated() {
        Json.Read<HolidayCalendar> r = Json.read(reader, doc("\"1999-10-01\", \"1999-02-29\", null, 5, \"1999-10-01\"",
                "\"10/09/1999\""));
        List<Violation> v = r.onlyRejected();
        assertEquals(List.of(ProblemCode.DATE_MALFORMED, ProblemCode.JSON_NULL, ProblemCode.JSON_TYPE,
                ProblemCode.JSON_ENTRY_DUPLICATE, ProblemCode.DATE_MALFORMED), v.stream().map(Violation::code).toList());
        Expect.violation(v.get(0), ProblemCode.DATE_MALFORMED, "/holidays/1", 2, 28, "holidays[1]",
                Map.of("value", "1999-02-29"));
        assertEquals(Map.of("field", "holidays", "value", "1999-10-01"), v.get(3).arguments());
        assertEquals("/workdays/0", v.get(4).location().pointer().orElseThrow());
        assertEquals(1, r.summary.rejected());
        assertEquals(0, r.summary.accepted());
    }

    @Test
    void fieldsAndTheDocument() {
        List<Violation> v = Json.read(reader, "{\"format\": \"baozhang/calendar@1\", \"holidays\": {}, \"extra\": 1}")
                .onlyRejected();
        // In document order: a missing field is located at the root's brace.
        assertEquals(List.of(ProblemCode.JSON_FIELD_MISSING, ProblemCode.JSON_TYPE, ProblemCode.JSON_FIELD_UNKNOWN),
                v.stream().map(Violation::code).toList(), v::toString);
        assertEquals(Map.of("field", "workdays"), v.get(0).arguments());
        assertEquals(ProblemCode.JSON_FIELD_MISSING,
                Json.read(reader, "{\"holidays\": [], \"workdays\": []}").onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_NULL,
                Json.read(reader, "{\"format\": null, \"holidays\": [], \"workdays\": []}").onlyDocumentViolation().code());
        Violation other = Json.read(reader, NATIONAL_DAY.replace("calendar@1", "calendar@2")).onlyDocumentViolation();
        assertEquals(ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, other.code());
        assertEquals(0, Json.read(reader, NATIONAL_DAY.replace("calendar@1", "calendar@2")).summary.read());
        assertEquals(ProblemCode.JSON_DUPLICATE_KEY,
                Json.read(reader, doc("", "").replace("}", ", \"holidays\": []}")).onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_TRUNCATED, Json.read(reader, NATIONAL_DAY.substring(0, 58)).onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_MALFORMED, Json.read(reader, NATIONAL_DAY + " {}").onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_TYPE, Json.read(reader, "[]").onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_MALFORMED, Json.read(reader, "").onlyDocumentViolation().code());
        assertEquals(ProblemCode.JSON_TOO_DEEP, Json.read(reader, doc("[".repeat(70) + "]".repeat(70), ""))
                .onlyDocumentViolation().code());
    }
}
