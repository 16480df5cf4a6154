package io.github.baozhang.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SelectionCriterionTest {

    @Test
    void numberedOneToFourInTheNoticesOrder() {
        SelectionCriterion[] criteria = SelectionCriterion.values();
        assertEquals(4, criteria.length);
        for (int i = 0; i < criteria.length; i++) {
            assertEquals(i + 1, criteria[i].number());
        }
        assertEquals(1, SelectionCriterion.SEVERE_LOSS_AND_STOPPED.number());
        assertEquals(2, SelectionCriterion.LARGE_WITH_MANY_LAID_OFF.number());
        assertEquals(3, SelectionCriterion.FUNDING_BLIND_SPOT.number());
        assertEquals(4, SelectionCriterion.INCIDENT_OR_RISK.number());
    }
}
