package io.github.baozhang.incident;

import static io.github.baozhang.incident.IncidentArbitraries.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IncidentRulesTest {

    private static final OffsetDateTime OCCURRED = OffsetDateTime.parse("2000-02-03T09:00:00+08:00");

    // ---- violations ----

    @Test
    void aValidIncidentBreaksNoRule() {
        assertEquals(List.of(), IncidentRules.check(incident().build()));
        assertEquals(List.of(), IncidentRules.check(incident().reportedAt(OCCURRED).provinceOnSceneAt(OCCURRED).build()));
    }

    @Test
    void aReportDatedBeforeTheOccurrenceIsAViolationAtReportedAt() {
        Incident early = incident().reportedAt(OffsetDateTime.parse("2000-02-03T00:59:59Z")).build();
        List<Violation> violations = IncidentRules.check(early);
        assertEquals(1, violations.size());
        Violation v = violations.get(0);
        assertEquals(ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED, v.code());
        assertEquals(Location.ofField("reportedAt"), v.location());
        assertEquals(List.of("occurredAt", "reportedAt"), List.copyOf(v.arguments().keySet()));
        assertEquals(Map.of("occurredAt", "2000-02-03T09:00+08:00", "reportedAt", "2000-02-03T00:59:59Z"),
                v.arguments());
    }

    @Test
    void theProvinceOnTheSceneBeforeTheOccurrenceIsAViolationAtProvinceOnSceneAt() {
        Incident i = incident().reportedAt(OffsetDateTime.parse("2000-02-03T08:00:00+08:00"))
                .provinceOnSceneAt(OffsetDateTime.parse("2000-02-03T08:30:00+08:00")).build();
        List<Violation> violations = IncidentRules.check(i);
        assertEquals(List.of(ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED, ProblemCode.INCIDENT_ON_SCENE_BEFORE_OCCURRED),
                violations.stream().map(Violation::code).toList());
        Violation v = violations.get(1);
        assertEquals(Location.ofField("provinceOnSceneAt"), v.location());
        assertEquals(List.of("occurredAt", "provinceOnSceneAt"), List.copyOf(v.arguments().keySet()));
        assertEquals("2000-02-03T08:30+08:00", v.arguments().get("provinceOnSceneAt"));
    }

    @Test
    void aDocumentReportsDuplicateIdsAndLocatesEveryViolationByPointer() {
        Incident ok = incident().build();
        Incident early = incident().id("INC-2").reportedAt(OCCURRED.minusMinutes(1)).build();
        List<Violation> violations = IncidentRules.checkAll(List.of(ok, early, ok));
        assertEquals(2, violations.size());
        Violation late = violations.get(0);
        assertEquals(ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED, late.code());
        assertEquals(Location.builder().pointer("/incidents/1/reportedAt").field("reportedAt").build(), late.location());
        Violation duplicate = violations.get(1);
        assertEquals(ProblemCode.INCIDENT_DUPLICATE_ID, duplicate.code());
        assertEquals(Location.builder().pointer("/incidents/2/id").field("id").build(), duplicate.location());
        assertEquals(Map.of("id", "INC-1"), duplicate.arguments());
        assertEquals("INC-1", duplicate.offendingValue().orElseThrow());
        assertEquals(List.of(), IncidentRules.checkAll(List.of()));
    }

    @Test
    void nullsAreRejected() {
        assertEquals("incident", assertThrows(NullPointerException.class, () -> IncidentRules.check(null)).getMessage());
        assertEquals("incidents", assertThrows(NullPointerException.class, () -> IncidentRules.checkAll(null)).getMessage());
        assertEquals("incident", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkAll(Arrays.asList(incident().build(), null))).getMessage());
        assertEquals("clocks", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkResponse(incident().build(), null)).getMessage());
        assertEquals("incident", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkResponse(null, UrgentReportClocks.defaults())).getMessage());
        assertEquals("incidents", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkResponses(null, UrgentReportClocks.defaults())).getMessage());
        assertEquals("clocks", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkResponses(List.of(), null)).getMessage());
        assertEquals("incident", assertThrows(NullPointerException.class,
                () -> IncidentRules.checkResponses(Arrays.asList((Incident) null), UrgentReportClocks.defaults()))
                .getMessage());
    }

    // ---- findings of the response ----

    @Test
    void aMajorIncidentWithoutTheProvinceOnTheSceneIsAFinding() {
        Incident major = incident().severity(IncidentSeverity.MAJOR).build();
        List<Finding> findings = IncidentRules.checkResponse(major, UrgentReportClocks.defaults());
        assertEquals(1, findings.size());
        assertEquals(ProblemCode.PROVINCE_NOT_ON_SCENE, findings.get(0).code());
        assertEquals("INC-1", findings.get(0).subject());
        assertEquals(Map.of("enterpriseId", "D2143569X"), findings.get(0).arguments());
        assertEquals(List.of(), IncidentRules.checkResponse(
                major.withProvinceOnSceneAt(OCCURRED.plusMinutes(50)), UrgentReportClocks.defaults()));
    }

    @Test
    void aGeneralIncidentNeedsNoProvinceOnTheScene() {
        assertEquals(List.of(), IncidentRules.checkResponse(incident().build(), UrgentReportClocks.defaults()));
    }

    @Test
    void aLateMajorReportWithoutTheProvinceGivesBothFindingsInOrder() {
        Incident major = incident().severity(IncidentSeverity.MAJOR).reportedAt(OCCURRED.plusHours(3)).build();
        List<Finding> findings = IncidentRules.checkResponse(major, UrgentReportClocks.defaults());
        assertEquals(List.of(ProblemCode.URGENT_REPORT_LATE, ProblemCode.PROVINCE_NOT_ON_SCENE),
                findings.stream().map(Finding::code).toList());
        assertEquals(findings, IncidentRules.checkResponses(List.of(major), UrgentReportClocks.defaults()));
        assertEquals(List.of(findings.get(0), findings.get(1), findings.get(0), findings.get(1)),
                IncidentRules.checkResponses(List.of(major, major), UrgentReportClocks.defaults()));
    }

    // ---- properties ----

    @Provide
    Arbitrary<OffsetDateTime> instants() {
        return IncidentArbitraries.instants();
    }

    @Property
    void aReportBeforeTheOccurrenceIsAViolationExactlyWhenItsInstantIsEarlier(
            @ForAll("instants") OffsetDateTime occurred, @ForAll("instants") OffsetDateTime reported) {
        Incident i = incident().occurredAt(occurred).reportedAt(reported).build();
        boolean earlier = reported.toInstant().isBefore(occurred.toInstant());
        assertEquals(earlier ? List.of(ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED) : List.of(),
                IncidentRules.check(i).stream().map(Violation::code).toList());
        assertEquals(earlier, i.reportingDelay().isNegative());
        assertEquals(Duration.between(occurred.toInstant(), reported.toInstant()), i.reportingDelay());
    }
}
