package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static io.github.baozhang.disbursement.DisbursementArbitraries.province;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnterpriseMonthSummaryTest {

    private static final OrganizationCode E = enterprise(1);
    private static final DivisionCode HEBEI = province(1);
    private static final YearMonth JULY = YearMonth.of(1999, 7);
    private static final DisbursementSummary GOOD = DisbursementSummary.ofRow(36_100, 36_100, 15_616, 15_616, true);
    private static final DisbursementSummary LATE_AND_SHORT = DisbursementSummary.ofRow(36_100, 30_100, 15_616, 15_616, false);

    @Test
    void holdsEnterpriseProvincePeriodAndSummary() {
        EnterpriseMonthSummary s = EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD);
        assertEquals(E, s.enterpriseId());
        assertEquals(Optional.of(HEBEI), s.province());
        assertEquals(JULY, s.period());
        assertEquals(GOOD, s.summary());
        assertEquals(Optional.empty(), EnterpriseMonthSummary.of(E, JULY, GOOD).province());
    }

    @Test
    void mergesWithTheSameEnterpriseProvinceAndPeriodOnly() {
        EnterpriseMonthSummary a = EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD);
        EnterpriseMonthSummary b = EnterpriseMonthSummary.of(E, HEBEI, JULY, LATE_AND_SHORT);
        assertEquals(EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD.merge(LATE_AND_SHORT)), a.merge(b));
        assertThrows(IllegalArgumentException.class, () -> a.merge(EnterpriseMonthSummary.of(enterprise(2), HEBEI, JULY, GOOD)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(EnterpriseMonthSummary.of(E, province(2), JULY, GOOD)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(EnterpriseMonthSummary.of(E, JULY, GOOD)));
        assertThrows(IllegalArgumentException.class, () -> a.merge(EnterpriseMonthSummary.of(E, HEBEI, JULY.plusMonths(1), GOOD)));
        assertEquals(EnterpriseMonthSummary.of(E, JULY, GOOD.merge(GOOD)),
                EnterpriseMonthSummary.of(E, JULY, GOOD).merge(EnterpriseMonthSummary.of(E, JULY, GOOD)));
    }

    @Test
    void aMonthOnTimeAndInFullHasNoFinding() {
        assertEquals(List.of(), EnterpriseMonthSummary.of(E, JULY, GOOD).findings());
        assertEquals(List.of(), EnterpriseMonthSummary.of(E, JULY, DisbursementSummary.identity()).findings());
    }

    @Test
    void lateAndShortRowsAreFindingsAboutTheEnterprise() {
        List<Finding> f = EnterpriseMonthSummary.of(E, JULY, GOOD.merge(LATE_AND_SHORT)).findings();
        assertEquals(List.of(
                Finding.of(ProblemCode.DISBURSEMENT_NOT_ON_TIME, E.toString(), Map.of("period", "1999-07", "rows", "2", "onTime", "1")),
                Finding.of(ProblemCode.DISBURSEMENT_NOT_IN_FULL, E.toString(),
                        Map.of("period", "1999-07", "rows", "2", "paidInFull", "1"))), f);
        assertEquals(List.of(ProblemCode.DISBURSEMENT_NOT_IN_FULL), EnterpriseMonthSummary.of(E, JULY,
                DisbursementSummary.ofRow(2, 1, 0, 0, true)).findings().stream().map(Finding::code).toList());
        assertEquals(List.of(ProblemCode.DISBURSEMENT_NOT_ON_TIME), EnterpriseMonthSummary.of(E, JULY,
                DisbursementSummary.ofRow(2, 2, 0, 0, false)).findings().stream().map(Finding::code).toList());
    }

    @Test
    void isAValue() {
        EnterpriseMonthSummary a = EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD);
        assertEquals(a, EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD));
        assertEquals(a.hashCode(), EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD).hashCode());
        assertNotEquals(a, EnterpriseMonthSummary.of(E, JULY, GOOD));
        assertNotEquals(a, EnterpriseMonthSummary.of(enterprise(2), HEBEI, JULY, GOOD));
        assertNotEquals(a, EnterpriseMonthSummary.of(E, HEBEI, JULY.plusMonths(1), GOOD));
        assertNotEquals(a, EnterpriseMonthSummary.of(E, HEBEI, JULY, LATE_AND_SHORT));
        assertNotEquals(a.hashCode(), EnterpriseMonthSummary.of(E, HEBEI, JULY, LATE_AND_SHORT).hashCode());
        assertNotEquals(a, "a");
        assertEquals("EnterpriseMonthSummary{" + E + " in 130000 1999-07 " + GOOD + "}", a.toString());
        assertEquals("EnterpriseMonthSummary{" + E + " 1999-07 " + GOOD + "}", EnterpriseMonthSummary.of(E, JULY, GOOD).toString());
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> EnterpriseMonthSummary.of(null, JULY, GOOD));
        assertThrows(NullPointerException.class, () -> EnterpriseMonthSummary.of(E, null, GOOD));
        assertThrows(NullPointerException.class, () -> EnterpriseMonthSummary.of(E, JULY, null));
        assertThrows(NullPointerException.class, () -> EnterpriseMonthSummary.of(E, null, JULY, GOOD));
        assertThrows(NullPointerException.class, () -> EnterpriseMonthSummary.of(E, HEBEI, JULY, GOOD).merge(null));
    }
}
