package io.github.baozhang.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CriteriaCombinationTest {

    @Test
    void anyNeedsOneAndAllNeedsFour() {
        assertEquals(1, CriteriaCombination.ANY.minimumMatches());
        assertEquals(2, CriteriaCombination.AT_LEAST_TWO.minimumMatches());
        assertEquals(3, CriteriaCombination.AT_LEAST_THREE.minimumMatches());
        assertEquals(SelectionCriterion.values().length, CriteriaCombination.ALL.minimumMatches());
    }

    @Test
    void isSatisfiedByAtLeastTheMinimum() {
        assertFalse(CriteriaCombination.ANY.isSatisfiedBy(0));
        assertTrue(CriteriaCombination.ANY.isSatisfiedBy(1));
        assertFalse(CriteriaCombination.AT_LEAST_TWO.isSatisfiedBy(1));
        assertTrue(CriteriaCombination.AT_LEAST_TWO.isSatisfiedBy(2));
        assertFalse(CriteriaCombination.AT_LEAST_THREE.isSatisfiedBy(2));
        assertTrue(CriteriaCombination.AT_LEAST_THREE.isSatisfiedBy(4));
        assertFalse(CriteriaCombination.ALL.isSatisfiedBy(3));
        assertTrue(CriteriaCombination.ALL.isSatisfiedBy(4));
    }
}
