package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RiskFactorTest {

    @Test
    void theFactorsAreTheAttributesOfRiskFactorsInOrder() {
        assertEquals(List.of("ARREARS_MONTHS", "ARRIVAL_RATE", "PRODUCTION", "GENERAL_INCIDENT", "MAJOR_INCIDENT",
                        "INCIDENT_HISTORY", "HIDDEN_RISK", "EMERGENCY_PLAN_MISSING", "FUNDING_BLIND_SPOT", "POSTING_LATE"),
                Arrays.stream(RiskFactor.values()).map(Enum::name).collect(Collectors.toList()));
    }
}
