package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RiskLevelTest {

    @Test
    void levelsRunFromGreenToRed() {
        assertEquals(List.of(RiskLevel.GREEN, RiskLevel.YELLOW, RiskLevel.ORANGE, RiskLevel.RED),
                List.of(RiskLevel.values()));
    }

    @Test
    void maxIsTheWorse() {
        assertEquals(RiskLevel.ORANGE, RiskLevel.YELLOW.max(RiskLevel.ORANGE));
        assertEquals(RiskLevel.ORANGE, RiskLevel.ORANGE.max(RiskLevel.YELLOW));
        assertEquals(RiskLevel.RED, RiskLevel.RED.max(RiskLevel.RED));
        assertEquals("other", assertThrows(NullPointerException.class, () -> RiskLevel.RED.max(null)).getMessage());
    }

    @Test
    void isAtLeastIncludesTheLevelItself() {
        assertTrue(RiskLevel.ORANGE.isAtLeast(RiskLevel.ORANGE));
        assertTrue(RiskLevel.RED.isAtLeast(RiskLevel.GREEN));
        assertFalse(RiskLevel.YELLOW.isAtLeast(RiskLevel.ORANGE));
        assertThrows(NullPointerException.class, () -> RiskLevel.RED.isAtLeast(null));
    }

    @Property
    void maxIsCommutativeAndAnUpperBound(@ForAll RiskLevel a, @ForAll RiskLevel b) {
        assertEquals(a.max(b), b.max(a));
        assertTrue(a.max(b).isAtLeast(a) && a.max(b).isAtLeast(b));
        assertTrue(a.max(b) == a || a.max(b) == b);
        assertEquals(a.compareTo(b) >= 0, a.isAtLeast(b));
    }
}
