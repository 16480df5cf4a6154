package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DisbursementSummaryTest {

    private static final DueAndPaid NONE = DueAndPaid.ofFen(0, 0);

    @Test
    void theIdentityCountsNothing() {
        DisbursementSummary id = DisbursementSummary.identity();
        assertEquals(0, id.rows());
        assertEquals(0, id.paidInFull());
        assertEquals(0, id.onTime());
        assertEquals(NONE, id.allowance());
        assertEquals(NONE, id.contributions());
        assertEquals(List.of(), id.check());
    }

    @Test
    void aRecordCountsOnceWithItsAmounts() {
        DisbursementSummary s = DisbursementSummary.of(DisbursementRecordTest.record().build(), ProvinceProfile.national());
        assertEquals(1, s.rows());
        assertEquals(1, s.paidInFull());
        assertEquals(1, s.onTime());
        assertEquals(DueAndPaid.ofFen(36_100, 36_100), s.allowance());
        assertEquals(DueAndPaid.ofFen(15_616, 15_616), s.contributions());
        DisbursementSummary late = DisbursementSummary.of(DisbursementRecordTest.record().build(), LocalDate.of(1999, 7, 9));
        assertEquals(0, late.onTime());
    }

    @Test
    void mergingAddsCountsAndAmounts() {
        DisbursementSummary a = DisbursementSummary.ofRow(36_100, 36_100, 15_616, 15_616, true);
        DisbursementSummary b = DisbursementSummary.ofRow(36_100, 30_100, 15_616, 15_616, false);
        DisbursementSummary ab = a.merge(b);
        assertEquals(2, ab.rows());
        assertEquals(1, ab.paidInFull());
        assertEquals(1, ab.onTime());
        assertEquals(DueAndPaid.ofFen(72_200, 66_200), ab.allowance());
        assertEquals(DueAndPaid.ofFen(31_232, 31_232), ab.contributions());
        assertEquals(ab, b.merge(a));
        assertSame(a, a.merge(DisbursementSummary.identity()));
        assertSame(a, DisbursementSummary.identity().merge(a));
    }

    @Test
    void declaredTotalsAreASummaryToCompareWithTheRows() {
        DisbursementSummary declared = DisbursementSummary.ofTotals(2, 1, 1, DueAndPaid.ofFen(72_200, 66_200),
                DueAndPaid.ofFen(31_232, 31_232));
        assertEquals(DisbursementSummary.ofRow(36_100, 36_100, 15_616, 15_616, true)
                .merge(DisbursementSummary.ofRow(36_100, 30_100, 15_616, 15_616, false)), declared);
        assertEquals(DisbursementSummary.identity(), DisbursementSummary.ofTotals(0, 0, 0, NONE, NONE));
        assertEquals(DisbursementSummary.ofTotals(3, 3, 3, NONE, NONE).rows(), 3);
    }

    @Test
    void declaredTotalsMustBeConsistent() {
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(-1, 0, 0, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(1, -1, 0, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(1, 0, -1, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(1, 2, 0, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(1, 0, 2, NONE, NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, DueAndPaid.ofFen(1, 0), NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, DueAndPaid.ofFen(0, 1), NONE));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, NONE, DueAndPaid.ofFen(1, 0)));
        assertThrows(IllegalArgumentException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, NONE, DueAndPaid.ofFen(0, 1)));
        assertEquals(1, DisbursementSummary.ofTotals(1, 1, 1, DueAndPaid.ofFen(1, 1), DueAndPaid.ofFen(1, 1)).onTime());
        DueAndPaid huge = DisbursementSummary.ofRow(Long.MAX_VALUE, 0, 0, 0, true)
                .merge(DisbursementSummary.ofRow(Long.MAX_VALUE, 0, 0, 0, true)).allowance();
        assertThrows(ArithmeticException.class, () -> DisbursementSummary.ofTotals(2, 0, 0, huge, NONE));
    }

    @Test
    void anAmountBeyondTheLongRangeIsAViolationForAWriterOfLongs() {
        DisbursementSummary max = DisbursementSummary.ofRow(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, true);
        assertEquals(List.of(), max.check());
        DisbursementSummary over = max.merge(DisbursementSummary.ofRow(1, 0, 0, 1, true));
        assertEquals(List.of(
                Violation.builder().code(ProblemCode.AMOUNT_OUT_OF_RANGE).location(Location.ofField("allowance.dueFen"))
                        .putArguments("operation", "sum").build(),
                Violation.builder().code(ProblemCode.AMOUNT_OUT_OF_RANGE).location(Location.ofField("contributions.paidFen"))
                        .putArguments("operation", "sum").build()), over.check());
        DisbursementSummary far = over;
        for (int i = 0; i < 4; i++) {
            far = far.merge(far);
        }
        assertEquals(4, far.check().size());
        assertEquals(List.of("allowance.dueFen", "allowance.paidFen", "contributions.dueFen", "contributions.paidFen"),
                far.check().stream().map(v -> v.location().field().orElseThrow()).collect(Collectors.toList()));
    }

    @Test
    void theCollectorSumsRecordsInParallel() {
        DisbursementRecord r = DisbursementRecordTest.record().build();
        DisbursementSummary s = Stream.generate(() -> r).limit(1000).parallel()
                .collect(DisbursementSummary.collector(ProvinceProfile.national()));
        assertEquals(1000, s.rows());
        assertEquals(1000, s.onTime());
        assertEquals(DueAndPaid.ofFen(36_100_000, 36_100_000), s.allowance());
        assertThrows(NullPointerException.class, () -> DisbursementSummary.collector(null));
    }

    @Test
    void isAValue() {
        DisbursementSummary a = DisbursementSummary.ofRow(1, 2, 3, 4, true);
        assertEquals(a, DisbursementSummary.ofRow(1, 2, 3, 4, true));
        assertEquals(a.hashCode(), DisbursementSummary.ofRow(1, 2, 3, 4, true).hashCode());
        assertNotEquals(a, DisbursementSummary.ofRow(1, 2, 3, 4, false));
        assertNotEquals(a, DisbursementSummary.ofRow(1, 2, 3, 5, true));
        assertNotEquals(a.hashCode(), DisbursementSummary.ofRow(1, 2, 3, 5, true).hashCode());
        assertNotEquals(a, "a");
        assertEquals("DisbursementSummary{rows=1, paidInFull=1, onTime=1, allowance={dueFen=1, paidFen=2}, "
                + "contributions={dueFen=3, paidFen=4}}", a.toString());
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> DisbursementSummary.identity().merge(null));
        assertThrows(NullPointerException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, null, NONE));
        assertThrows(NullPointerException.class, () -> DisbursementSummary.ofTotals(0, 0, 0, NONE, null));
        assertThrows(NullPointerException.class, () -> DisbursementSummary.of(null, LocalDate.of(1999, 7, 15)));
    }
}
