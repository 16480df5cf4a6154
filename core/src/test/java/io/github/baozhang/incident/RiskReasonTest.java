package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskReasonTest {

    private static final RiskReason ARREARS = RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "4", "3");

    @Test
    void carriesFactorLevelValueAndThreshold() {
        assertEquals(RiskFactor.ARREARS_MONTHS, ARREARS.factor());
        assertEquals(RiskLevel.RED, ARREARS.level());
        assertEquals("4", ARREARS.value());
        assertEquals("3", ARREARS.threshold());
        assertEquals(ProblemCode.RISK_RAISED, ARREARS.code());
    }

    @Test
    void argumentsAreTheCodesInItsOrder() {
        assertEquals(ProblemCode.RISK_RAISED.argumentNames(), List.copyOf(ARREARS.arguments().keySet()));
        assertEquals(List.of("ARREARS_MONTHS", "4", "3", "RED"), List.copyOf(ARREARS.arguments().values()));
        assertThrows(UnsupportedOperationException.class, () -> ARREARS.arguments().put("x", "y"));
    }

    @Test
    void becomesAFindingAboutASubject() {
        Finding f = ARREARS.toFinding("D2143569X");
        assertEquals(ProblemCode.RISK_RAISED, f.code());
        assertEquals("D2143569X", f.subject());
        assertEquals(ARREARS.arguments(), f.arguments());
        assertThrows(NullPointerException.class, () -> ARREARS.toFinding(null));
    }

    @Test
    void greenRaisesNothingAndIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RiskReason.of(RiskFactor.POSTING_LATE, RiskLevel.GREEN,
                "true", "true"));
    }

    @Test
    void everyPartIsRequired() {
        assertEquals("factor", assertThrows(NullPointerException.class,
                () -> RiskReason.of(null, RiskLevel.RED, "1", "1")).getMessage());
        assertEquals("level", assertThrows(NullPointerException.class,
                () -> RiskReason.of(RiskFactor.ARREARS_MONTHS, null, "1", "1")).getMessage());
        assertEquals("value", assertThrows(NullPointerException.class,
                () -> RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, null, "1")).getMessage());
        assertEquals("threshold", assertThrows(NullPointerException.class,
                () -> RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "1", null)).getMessage());
    }

    @Test
    void valueSemantics() {
        assertEquals(ARREARS, RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "4", "3"));
        assertEquals(ARREARS.hashCode(), RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "4", "3").hashCode());
        assertNotEquals(ARREARS, RiskReason.of(RiskFactor.ARRIVAL_RATE, RiskLevel.RED, "4", "3"));
        assertNotEquals(ARREARS.hashCode(), RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "5", "3").hashCode());
        assertNotEquals(ARREARS, RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.ORANGE, "4", "3"));
        assertNotEquals(ARREARS, RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "5", "3"));
        assertNotEquals(ARREARS, RiskReason.of(RiskFactor.ARREARS_MONTHS, RiskLevel.RED, "4", "2"));
        assertNotEquals(ARREARS, "ARREARS_MONTHS");
        assertEquals("RiskReason{ARREARS_MONTHS=4 threshold 3 -> RED}", ARREARS.toString());
    }
}
