package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExitReasonTest {

    @Test
    void theReasonsAndOtherLast() {
        assertEquals(List.of(ExitReason.RE_EMPLOYED, ExitReason.AGREEMENT_EXPIRED, ExitReason.REFUSED_REFERRALS,
                ExitReason.EMPLOYED_ELSEWHERE, ExitReason.RETIRED, ExitReason.OTHER), List.of(ExitReason.values()));
    }
}
