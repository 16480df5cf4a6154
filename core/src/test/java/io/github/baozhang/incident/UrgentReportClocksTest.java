package io.github.baozhang.incident;

import static io.github.baozhang.incident.IncidentArbitraries.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class UrgentReportClocksTest {

    private static final UrgentReportClocks DEFAULTS = UrgentReportClocks.defaults();
    private static final OffsetDateTime OCCURRED = OffsetDateTime.parse("2000-02-03T09:00:00+08:00");

    @Test
    void theDefaultsAre24HoursGeneralAnd2HoursMajor() {
        assertEquals(Duration.ofHours(24), DEFAULTS.general());
        assertEquals(Duration.ofHours(2), DEFAULTS.major());
        assertEquals(Duration.ofHours(24), DEFAULTS.limitFor(IncidentSeverity.GENERAL));
        assertEquals(Duration.ofHours(2), DEFAULTS.limitFor(IncidentSeverity.MAJOR));
        assertEquals(DEFAULTS, UrgentReportClocks.builder().build());
        assertEquals(DEFAULTS, UrgentReportClocks.of(Duration.ofHours(24), Duration.ofHours(2)));
        assertSame(DEFAULTS, UrgentReportClocks.defaults());
    }

    @Test
    void exactlyAtTheLimitIsOnTimeAndOneNanosecondLaterIsLate() {
        Incident atLimit = incident().reportedAt(OCCURRED.plusHours(24)).build();
        assertFalse(DEFAULTS.isLate(atLimit));
        assertEquals(Optional.empty(), DEFAULTS.checkReport(atLimit));
        Incident after = incident().reportedAt(OCCURRED.plusHours(24).plusNanos(1)).build();
        assertTrue(DEFAULTS.isLate(after));
    }

    @Test
    void aLateReportIsAFindingWithTheDelayAndTheLimit() {
        Incident late = incident().severity(IncidentSeverity.MAJOR)
                .reportedAt(OffsetDateTime.parse("2000-02-03T03:30:00Z")).build();
        Finding f = DEFAULTS.checkReport(late).orElseThrow();
        assertEquals(ProblemCode.URGENT_REPORT_LATE, f.code());
        assertEquals("INC-1", f.subject());
        assertEquals(List.of("enterpriseId", "severity", "delay", "limit"), List.copyOf(f.arguments().keySet()));
        assertEquals(Map.of("enterpriseId", "D2143569X", "severity", "MAJOR", "delay", "PT2H30M", "limit", "PT2H"),
                f.arguments());
    }

    @Test
    void theSameDelayIsOnTimeForAGeneralIncidentAndLateForAMajorOne() {
        Incident threeHours = incident().reportedAt(OCCURRED.plusHours(3)).build();
        assertFalse(DEFAULTS.isLate(threeHours));
        Incident major = incident().severity(IncidentSeverity.MAJOR).reportedAt(OCCURRED.plusHours(3)).build();
        assertTrue(DEFAULTS.isLate(major));
    }

    @Test
    void aReportDatedBeforeTheOccurrenceIsNotLate() {
        assertFalse(DEFAULTS.isLate(incident().reportedAt(OCCURRED.minusDays(1)).build()));
    }

    @Test
    void aProvinceMaySetItsOwnClocks() {
        UrgentReportClocks strict = DEFAULTS.withGeneral(Duration.ofHours(12)).withMajor(Duration.ofMinutes(30));
        assertEquals(Duration.ofHours(12), strict.general());
        assertEquals(Duration.ofMinutes(30), strict.major());
        assertTrue(strict.isLate(incident().reportedAt(OCCURRED.plusHours(13)).build()));
        assertEquals(Duration.ZERO, UrgentReportClocks.of(Duration.ZERO, Duration.ZERO).major());
    }

    @Test
    void aNegativeLimitIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> UrgentReportClocks.of(Duration.ofHours(-1), Duration.ofHours(2)));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "PT-1H"), e.arguments());
        assertEquals(Map.of("value", "PT-1S"), assertThrows(InvalidValueException.class,
                () -> DEFAULTS.withMajor(Duration.ofSeconds(-1))).arguments());
    }

    @Test
    void nullsAreRejected() {
        assertEquals("severity", assertThrows(NullPointerException.class, () -> DEFAULTS.limitFor(null)).getMessage());
        assertEquals("incident", assertThrows(NullPointerException.class, () -> DEFAULTS.isLate(null)).getMessage());
        assertThrows(NullPointerException.class, () -> DEFAULTS.checkReport(null));
    }

    @Test
    void valueSemantics() {
        assertNotEquals(DEFAULTS, DEFAULTS.withMajor(Duration.ofHours(1)));
        assertTrue(DEFAULTS.toString().contains("PT2H"));
    }

    // ---- the boundary, against a direct Duration comparison ----

    @Provide
    Arbitrary<OffsetDateTime> instants() {
        return IncidentArbitraries.instants();
    }

    @Provide
    Arbitrary<Duration> limits() {
        return Arbitraries.oneOf(Arbitraries.of(Duration.ofHours(2), Duration.ofHours(24), Duration.ZERO),
                Arbitraries.longs().between(0, 200_000).map(Duration::ofSeconds));
    }

    @Provide
    Arbitrary<ZoneOffset> offsets() {
        return IncidentArbitraries.offsets();
    }

    /** Offsets of the limit: nanoseconds and seconds either side, and far away. */
    @Provide
    Arbitrary<Duration> offsetsFromTheLimit() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-3, 3).map(Duration::ofNanos),
                Arbitraries.longs().between(-3, 3).map(Duration::ofSeconds),
                Arbitraries.longs().between(-400_000, 400_000).map(Duration::ofSeconds));
    }

    @Property
    void lateExactlyWhenTheDelayIsLongerThanTheLimit(@ForAll("instants") OffsetDateTime occurred,
            @ForAll("limits") Duration limit, @ForAll("offsetsFromTheLimit") Duration offset,
            @ForAll IncidentSeverity severity, @ForAll("offsets") ZoneOffset reportedIn) {
        UrgentReportClocks clocks = severity == IncidentSeverity.MAJOR ? DEFAULTS.withMajor(limit)
                : DEFAULTS.withGeneral(limit);
        Duration delay = limit.plus(offset);
        OffsetDateTime reported = occurred.plus(delay).withOffsetSameInstant(reportedIn);
        Incident i = incident().severity(severity).occurredAt(occurred).reportedAt(reported).build();
        boolean late = delay.compareTo(limit) > 0;
        assertEquals(late, clocks.isLate(i));
        assertEquals(late, clocks.checkReport(i).isPresent());
        clocks.checkReport(i).ifPresent(f -> {
            assertEquals(delay.toString(), f.arguments().get("delay"));
            assertEquals(limit.toString(), f.arguments().get("limit"));
        });
    }
}
