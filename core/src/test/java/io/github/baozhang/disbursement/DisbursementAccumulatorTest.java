package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.profile.ProvinceProfile;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisbursementAccumulatorTest {

    @Test
    void addsRowsOneAtATime() {
        DisbursementAccumulator acc = DisbursementAccumulator.create();
        assertEquals(DisbursementSummary.identity(), acc.toSummary());
        assertSame(acc, acc.add(36_100, 36_100, 15_616, 15_616, true));
        acc.add(36_100, 30_100, 15_616, 15_616, false);
        acc.add(30_100, 30_100, 15_616, 20_000, true);
        acc.add(0, 0, 0, 0, false);
        DisbursementSummary s = acc.toSummary();
        assertEquals(4, s.rows());
        assertEquals(4, acc.rows());
        assertEquals(3, s.paidInFull(), "one allowance short");
        assertEquals(2, s.onTime());
        assertEquals(DueAndPaid.ofFen(102_300, 96_300), s.allowance());
        assertEquals(DueAndPaid.ofFen(46_848, 51_232), s.contributions());
    }

    @Test
    void inFullNeedsBothAmounts() {
        assertEquals(0, DisbursementAccumulator.create().add(2, 1, 0, 0, true).toSummary().paidInFull());
        assertEquals(0, DisbursementAccumulator.create().add(0, 0, 2, 1, true).toSummary().paidInFull());
        assertEquals(1, DisbursementAccumulator.create().add(2, 2, 2, 2, true).toSummary().paidInFull());
        assertEquals(1, DisbursementAccumulator.create().add(1, 2, 1, 2, true).toSummary().paidInFull());
    }

    @Test
    void aNegativeAmountIsRefusedAndNothingIsAdded() {
        DisbursementAccumulator acc = DisbursementAccumulator.create().add(1, 1, 1, 1, true);
        assertThrows(IllegalArgumentException.class, () -> acc.add(-1, 0, 0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0, -1, 0, 0, true));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0, 0, -1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0, 0, 0, Long.MIN_VALUE, true));
        assertEquals(DisbursementSummary.ofRow(1, 1, 1, 1, true), acc.toSummary());
    }

    @Test
    void sumsCarryPastTheLongRangeExactly() {
        DisbursementAccumulator acc = DisbursementAccumulator.create();
        for (int i = 0; i < 5; i++) {
            acc.add(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, true);
        }
        BigInteger five = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(5));
        DisbursementSummary s = acc.toSummary();
        assertEquals(five, s.allowance().dueFen());
        assertEquals(five, s.allowance().paidFen());
        assertEquals(five, s.contributions().dueFen());
        assertEquals(five, s.contributions().paidFen());
        DisbursementSummary ten = DisbursementAccumulator.create().add(s).add(s).toSummary();
        assertEquals(five.shiftLeft(1), ten.contributions().paidFen());
        assertEquals(five.shiftLeft(1), ten.allowance().dueFen());
        assertEquals(10, ten.rows());
    }

    @Test
    void addsRecordsAgainstAPayDateOrAProfile() {
        DisbursementRecord onTime = DisbursementRecordTest.record().build();
        DisbursementRecord late = DisbursementRecordTest.record()
                .allowance(Payment.ofFen(36_100, 36_100, LocalDate.of(1999, 7, 20))).build();
        DisbursementSummary s = DisbursementAccumulator.create().add(onTime, ProvinceProfile.national())
                .add(late, LocalDate.of(1999, 7, 15)).toSummary();
        assertEquals(2, s.rows());
        assertEquals(1, s.onTime());
        assertEquals(2, s.paidInFull());
        assertThrows(IllegalArgumentException.class, () -> DisbursementAccumulator.create()
                .add(DisbursementRecordTest.record().allowance(Payment.ofFen(-1, 0)).build(), LocalDate.of(1999, 7, 15)));
    }

    @Test
    void combiningAddsTheOthersRowsAndLeavesItAlone() {
        DisbursementAccumulator a = DisbursementAccumulator.create().add(1, 1, 1, 1, true);
        DisbursementAccumulator b = DisbursementAccumulator.create().add(2, 1, 2, 2, false);
        assertSame(a, a.combine(b));
        assertEquals(DisbursementSummary.ofRow(1, 1, 1, 1, true).merge(DisbursementSummary.ofRow(2, 1, 2, 2, false)),
                a.toSummary());
        assertEquals(DisbursementSummary.ofRow(2, 1, 2, 2, false), b.toSummary());
        assertEquals(a.toSummary().toString(), a.toString());
    }

    @Test
    void tooManyRowsThrows() {
        DisbursementSummary max = DisbursementSummary.ofTotals(Long.MAX_VALUE, 0, 0, DueAndPaid.ofFen(0, 0),
                DueAndPaid.ofFen(0, 0));
        DisbursementAccumulator acc = DisbursementAccumulator.create().add(max);
        assertThrows(ArithmeticException.class, () -> acc.add(0, 0, 0, 0, true));
        assertThrows(ArithmeticException.class, () -> acc.add(DisbursementSummary.ofRow(0, 0, 0, 0, true)));
        assertEquals(max, acc.toSummary(), "nothing was added");
    }

    @Test
    void refusesNulls() {
        DisbursementAccumulator acc = DisbursementAccumulator.create();
        assertThrows(NullPointerException.class, () -> acc.add((DisbursementSummary) null));
        assertThrows(NullPointerException.class, () -> acc.add(null, LocalDate.of(1999, 7, 15)));
        assertThrows(NullPointerException.class, () -> acc.add(null, ProvinceProfile.national()));
        assertThrows(NullPointerException.class, () -> acc.combine(null));
    }
}
