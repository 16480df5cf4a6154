package io.github.baozhang.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.DivisionCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportingStepTest {

    private static final ReportingUnit ANSHAN = ReportingUnit.city(DivisionCode.parse("210300"));
    private static final ReportingUnit LIAONING = ReportingUnit.province(DivisionCode.parse("210000"));
    private static final ReportingUnit ANSHAN_UNION = ReportingUnit.tradeUnion(DivisionCode.parse("210300"));

    @Test
    void carriesSenderReceiverAndTheTradeUnionTold() {
        ReportingStep s = ReportingStep.of(ANSHAN, LIAONING, Optional.of(ANSHAN_UNION));
        assertEquals(ANSHAN, s.from());
        assertEquals(LIAONING, s.to());
        assertEquals(Optional.of(ANSHAN_UNION), s.tradeUnion());
        assertEquals(Optional.empty(), ReportingStep.of(LIAONING, ReportingUnit.ministry(), Optional.empty()).tradeUnion());
    }

    @Test
    void valueSemantics() {
        ReportingStep s = ReportingStep.of(ANSHAN, LIAONING, Optional.of(ANSHAN_UNION));
        assertEquals(s, ReportingStep.of(ANSHAN, LIAONING, Optional.of(ANSHAN_UNION)));
        assertEquals(s.hashCode(), ReportingStep.of(ANSHAN, LIAONING, Optional.of(ANSHAN_UNION)).hashCode());
        assertNotEquals(s, ReportingStep.of(ANSHAN, LIAONING, Optional.empty()));
        assertNotEquals(s.hashCode(), ReportingStep.of(ANSHAN, LIAONING, Optional.empty()).hashCode());
        assertNotEquals(s, ReportingStep.of(LIAONING, LIAONING, Optional.of(ANSHAN_UNION)));
        assertNotEquals(s, ReportingStep.of(ANSHAN, ANSHAN, Optional.of(ANSHAN_UNION)));
        assertNotEquals(s, "step");
        assertEquals("ReportingStep{CITY 210300 -> PROVINCE 210000, told TRADE_UNION 210300}", s.toString());
        assertEquals("ReportingStep{PROVINCE 210000 -> MINISTRY MOLSS}",
                ReportingStep.of(LIAONING, ReportingUnit.ministry(), Optional.empty()).toString());
    }

    @Test
    void nullsAreRejected() {
        assertEquals("from", assertThrows(NullPointerException.class,
                () -> ReportingStep.of(null, LIAONING, Optional.empty())).getMessage());
        assertEquals("to", assertThrows(NullPointerException.class,
                () -> ReportingStep.of(ANSHAN, null, Optional.empty())).getMessage());
        assertEquals("tradeUnion", assertThrows(NullPointerException.class,
                () -> ReportingStep.of(ANSHAN, LIAONING, null)).getMessage());
    }
}
