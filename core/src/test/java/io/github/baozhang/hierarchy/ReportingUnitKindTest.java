package io.github.baozhang.hierarchy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportingUnitKindTest {

    @Test
    void kindsRunFromTheTopDownWithTheTradeUnionLast() {
        assertEquals(List.of(ReportingUnitKind.MINISTRY, ReportingUnitKind.PROVINCE, ReportingUnitKind.CITY,
                        ReportingUnitKind.INDUSTRY_AUTHORITY, ReportingUnitKind.ENTERPRISE, ReportingUnitKind.TRADE_UNION),
                List.of(ReportingUnitKind.values()));
    }
}
