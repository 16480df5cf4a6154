package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EmergencyPlanTest {

    private static final LocalDate DEC_1 = LocalDate.of(1999, 12, 1);

    @Test
    void carriesTheEnterpriseAndTheLastReview() {
        EmergencyPlan plan = EmergencyPlan.of(IncidentArbitraries.ID, DEC_1);
        assertEquals(IncidentArbitraries.ID, plan.enterpriseId());
        assertEquals(DEC_1, plan.lastReviewedOn());
        assertEquals(LocalDate.of(2000, 6, 1), plan.withLastReviewedOn(LocalDate.of(2000, 6, 1)).lastReviewedOn());
    }

    @Test
    void valueSemantics() {
        EmergencyPlan plan = EmergencyPlan.of(IncidentArbitraries.ID, DEC_1);
        assertEquals(plan, EmergencyPlan.of(IncidentArbitraries.ID, DEC_1));
        assertEquals(plan.hashCode(), EmergencyPlan.of(IncidentArbitraries.ID, DEC_1).hashCode());
        assertNotEquals(plan, plan.withLastReviewedOn(DEC_1.plusDays(1)));
        assertTrue(plan.toString().contains("1999-12-01"));
        assertThrows(NullPointerException.class, () -> EmergencyPlan.of(null, DEC_1));
        assertThrows(NullPointerException.class, () -> EmergencyPlan.of(IncidentArbitraries.ID, null));
    }
}
