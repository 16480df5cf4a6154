package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader of {@code baozhang/incidents@1}. */
class IncidentsReaderTest {

    private final FeedReader<Incident> reader = InterchangeJson.incidentReader();

    static final Elements INCIDENT = Elements.of(
            "id", "\"2000-017\"", "enterpriseId", "\"D2143569X\"",
            "occurredAt", "\"2000-03-01T08:30:00+08:00\"", "reportedAt", "\"2000-03-01T10:00:00+08:00\"",
            "participants", "120", "cause", "\"基本生活费拖欠\"", "severity", "\"MAJOR\"",
            "provinceOnSceneAt", "\"2000-03-01T12:00:00+08:00\"", "status", "\"CONTAINED\"");

    static String doc(Elements... elements) {
        return Elements.document("baozhang/incidents@1", "incidents", elements);
    }

    private List<Violation> rejectedOne(Elements e) {
        return Json.read(reader, doc(e)).onlyRejected();
    }

    @Test
    void readsAnIncidentKeepingItsOffsets() {
        Json.Read<Incident> r = Json.read(reader, doc(INCIDENT, INCIDENT.with("id", "\"b\"").without("provinceOnSceneAt")
                .with("reportedAt", "\"2000-03-01T02:00:00Z\"").with("severity", "\"GENERAL\"").with("status", "\"OPEN\"")));
        assertTrue(r.summary.isClean(), r.rejected::toString);
        ZoneOffset cst = ZoneOffset.ofHours(8);
        Incident expected = Incident.builder().id("2000-017").enterpriseId(OrganizationCode.parse("D2143569X"))
                .occurredAt(OffsetDateTime.of(2000, 3, 1, 8, 30, 0, 0, cst))
                .reportedAt(OffsetDateTime.of(2000, 3, 1, 10, 0, 0, 0, cst))
                .participants(120).cause("基本生活费拖欠").severity(IncidentSeverity.MAJOR)
                .provinceOnSceneAt(OffsetDateTime.of(2000, 3, 1, 12, 0, 0, 0, cst))
                .status(IncidentStatus.CONTAINED).build();
        assertEquals(expected, r.values.get(0));
        Incident second = r.values.get(1);
        assertEquals(ZoneOffset.UTC, second.reportedAt().getOffset());
        assertEquals(Optional.empty(), second.provinceOnSceneAt());
        assertEquals(IncidentStatus.OPEN, second.status());
    }

    @Test
    void enumerationsAndInstants() {
        Elements e = INCIDENT.with("severity", "\"major\"");
        Expect.violation(rejectedOne(e).get(0), ProblemCode.ENUM_VALUE_UNKNOWN, "/incidents/0/severity", 2,
                e.columnOf("severity"), "severity", Map.of("value", "major", "allowed", "GENERAL,MAJOR"));
        assertEquals(Map.of("value", "CLOSED", "allowed", "OPEN,CONTAINED,RESOLVED"),
                rejectedOne(INCIDENT.with("status", "\"CLOSED\"")).get(0).arguments());
        assertEquals(ProblemCode.INSTANT_MALFORMED, rejectedOne(INCIDENT.with("occurredAt", "\"2000-03-01T08:30:00\""))
                .get(0).code());
        assertEquals(ProblemCode.INSTANT_MALFORMED, rejectedOne(INCIDENT.with("provinceOnSceneAt",
                "\"2000-03-01T08:30:00+19:00\"")).get(0).code());
    }

    @Test
    void theRulesOfTheInstants() {
        Elements e = INCIDENT.with("reportedAt", "\"2000-03-01T00:29:59Z\"");
        Expect.violation(rejectedOne(e).get(0), ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED, "/incidents/0/reportedAt",
                2, e.columnOf("reportedAt"), "reportedAt");
        // The same instant at another offset is not before.
        assertEquals(1, Json.read(reader, doc(INCIDENT.with("reportedAt", "\"2000-03-01T00:30:00Z\""))).values.size());
        e = INCIDENT.with("provinceOnSceneAt", "\"2000-03-01T08:00:00+08:00\"");
        assertEquals(ProblemCode.INCIDENT_ON_SCENE_BEFORE_OCCURRED, rejectedOne(e).get(0).code());
        // A rule about an instant that failed is not reported.
        List<Violation> v = rejectedOne(INCIDENT.with("reportedAt", "\"x\"").with("provinceOnSceneAt",
                "\"2000-03-01T08:00:00+08:00\""));
        assertEquals(List.of(ProblemCode.INSTANT_MALFORMED, ProblemCode.INCIDENT_ON_SCENE_BEFORE_OCCURRED),
                v.stream().map(Violation::code).toList());
    }

    @Test
    void textsCountsAndRepeatedIds() {
        Violation blank = rejectedOne(INCIDENT.with("cause", "\" \"")).get(0);
        assertEquals(ProblemCode.TEXT_BLANK, blank.code());
        assertEquals(Map.of("field", "cause"), blank.arguments());
        assertEquals(ProblemCode.TEXT_BLANK, rejectedOne(INCIDENT.with("id", "\"\"")).get(0).code());
        assertEquals(ProblemCode.VALUE_NEGATIVE, rejectedOne(INCIDENT.with("participants", "-1")).get(0).code());
        assertEquals(ProblemCode.INTEGER_MALFORMED, rejectedOne(INCIDENT.with("participants", "1.5")).get(0).code());
        assertEquals(ProblemCode.ORGANIZATION_CODE_CHECK, rejectedOne(INCIDENT.with("enterpriseId", "\"D21435690\""))
                .get(0).code());
        Json.Read<Incident> r = Json.read(reader, doc(INCIDENT, INCIDENT.with("id", "\"x\""), INCIDENT));
        assertEquals(2, r.values.size());
        Violation twice = r.onlyRejected().get(0);
        Expect.violation(twice, ProblemCode.INCIDENT_DUPLICATE_ID, "/incidents/2/id", 4, INCIDENT.columnOf("id"), "id",
                Map.of("id", "2000-017"));
    }

    @Test
    void everyFieldButTheProvinceOnTheSceneIsRequired() {
        for (String field : INCIDENT.fields().keySet()) {
            Json.Read<Incident> r = Json.read(reader, doc(INCIDENT.without(field)));
            if (field.equals("provinceOnSceneAt")) {
                assertEquals(1, r.values.size());
            } else {
                assertEquals(ProblemCode.JSON_FIELD_MISSING, r.onlyRejected().get(0).code(), field);
            }
        }
        assertEquals(ProblemCode.JSON_NULL, rejectedOne(INCIDENT.with("provinceOnSceneAt", "null")).get(0).code());
        assertEquals(ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED,
                Json.read(reader, doc(INCIDENT).replace("incidents@1", "incidents@2")).onlyDocumentViolation().code());
    }
}
