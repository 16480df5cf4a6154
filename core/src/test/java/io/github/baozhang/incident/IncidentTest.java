package io.github.baozhang.incident;

import static io.github.baozhang.incident.IncidentArbitraries.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentTest {

    @Test
    void carriesEveryFieldOfTheInterchangeRecord() {
        Incident i = incident().provinceOnSceneAt(OffsetDateTime.parse("2000-02-03T11:30:00+08:00")).build();
        assertEquals("INC-1", i.id());
        assertEquals(IncidentArbitraries.ID, i.enterpriseId());
        assertEquals(OffsetDateTime.parse("2000-02-03T09:00:00+08:00"), i.occurredAt());
        assertEquals(OffsetDateTime.parse("2000-02-03T10:00:00+08:00"), i.reportedAt());
        assertEquals(200, i.participants());
        assertEquals("拖欠基本生活费", i.cause());
        assertEquals(IncidentSeverity.GENERAL, i.severity());
        assertEquals(Optional.of(OffsetDateTime.parse("2000-02-03T11:30:00+08:00")), i.provinceOnSceneAt());
        assertEquals(IncidentStatus.OPEN, i.status());
    }

    @Test
    void theProvinceOnTheSceneIsOptional() {
        assertEquals(Optional.empty(), incident().build().provinceOnSceneAt());
    }

    @Test
    void theReportingDelayRunsFromOccurrenceToReportAcrossOffsets() {
        assertEquals(Duration.ofHours(1), incident().build().reportingDelay());
        Incident utc = incident().reportedAt(OffsetDateTime.parse("2000-02-03T03:00:00Z")).build();
        assertEquals(Duration.ofHours(2), utc.reportingDelay());
        Incident early = incident().reportedAt(OffsetDateTime.parse("2000-02-03T08:59:59+08:00")).build();
        assertEquals(Duration.ofSeconds(-1), early.reportingDelay());
    }

    @Test
    void zeroParticipantsAreAllowedAndNegativeOnesRejected() {
        assertEquals(0, incident().participants(0).build().participants());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> incident().participants(-1).build());
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
    }

    @Test
    void aBlankIdOrCauseIsRejected() {
        InvalidValueException id = assertThrows(InvalidValueException.class, () -> incident().id(" ").build());
        assertEquals(ProblemCode.TEXT_BLANK, id.code());
        assertEquals(Map.of("field", "id"), id.arguments());
        InvalidValueException cause = assertThrows(InvalidValueException.class, () -> incident().cause("").build());
        assertEquals(Map.of("field", "cause"), cause.arguments());
    }

    @Test
    void reportedBeforeItOccurredCanBeBuiltForTheRulesToReport() {
        Incident early = incident().reportedAt(OffsetDateTime.parse("2000-02-03T08:00:00+08:00")).build();
        assertEquals(1, IncidentRules.check(early).size());
    }

    @Test
    void copiesChangeStatusAndTheProvinceOnTheScene() {
        Incident i = incident().build();
        assertEquals(IncidentStatus.RESOLVED, i.withStatus(IncidentStatus.RESOLVED).status());
        OffsetDateTime at = OffsetDateTime.parse("2000-02-03T09:40:00+08:00");
        assertEquals(Optional.of(at), i.withProvinceOnSceneAt(at).provinceOnSceneAt());
    }

    @Test
    void valueSemantics() {
        assertEquals(incident().build(), incident().build());
        assertEquals(incident().build().hashCode(), incident().build().hashCode());
        assertNotEquals(incident().build(), incident().severity(IncidentSeverity.MAJOR).build());
        assertTrue(incident().build().toString().contains("INC-1"));
        assertThrows(IllegalStateException.class, () -> Incident.builder().id("x").build());
        assertEquals(List.of(), IncidentRules.check(incident().build()));
    }
}
