package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    @Test
    void theStatusesAreTheInterchangeEnumerationInTheOrderOfHandling() {
        assertEquals(List.of(IncidentStatus.OPEN, IncidentStatus.CONTAINED, IncidentStatus.RESOLVED),
                List.of(IncidentStatus.values()));
    }
}
