package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentSeverityTest {

    @Test
    void theSeveritiesAreTheInterchangeEnumeration() {
        assertEquals(List.of(IncidentSeverity.GENERAL, IncidentSeverity.MAJOR), List.of(IncidentSeverity.values()));
        assertEquals(IncidentSeverity.MAJOR, IncidentSeverity.valueOf("MAJOR"));
    }
}
