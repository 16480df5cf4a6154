package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.Beijing1999;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/disbursement.md, figure for figure. */
class DisbursementWorkedExamplesTest {

    private static final YearMonth JULY = YearMonth.of(1999, 7);
    private static final ProvinceProfile NATIONAL = ProvinceProfile.national();

    @Test
    void onTimeAndInFull() {
        DisbursementRecord paid = DisbursementRecordTest.record()
                .allowance(Payment.of(Money.parse("361.00"), Money.parse("361.00"), LocalDate.of(1999, 7, 10)))
                .contributions(Payment.of(Money.parse("156.16"), Money.parse("156.16"))).build();
        assertTrue(paid.isOnTime(NATIONAL));
        assertTrue(paid.isInFull());
        DisbursementRecord late = paid.withAllowance(Payment.of(Money.parse("361.00"), Money.parse("361.00"),
                LocalDate.of(1999, 7, 16)));
        assertFalse(late.isOnTime(NATIONAL));
        assertTrue(late.isInFull());
        DisbursementRecord short_ = paid.withAllowance(Payment.of(Money.parse("361.00"), Money.parse("301.00"),
                LocalDate.of(1999, 7, 10)));
        assertTrue(short_.isOnTime(NATIONAL));
        assertFalse(short_.isInFull());
        DisbursementSummary s = DisbursementSummary.of(paid, NATIONAL).merge(DisbursementSummary.of(late, NATIONAL))
                .merge(DisbursementSummary.of(short_, NATIONAL));
        assertEquals(3, s.rows());
        assertEquals(2, s.onTime());
        assertEquals(2, s.paidInFull());
        assertEquals(Money.parse("1023.00"), s.allowance().paid());
    }

    @Test
    void arrearsOf361AMonth() {
        Money due = Money.parse("361.00");
        Arrears a = Arrears.none().carry(JULY, due, Money.parse("300.00"));
        assertEquals(Map.of(JULY, Money.parse("61.00")), a.outstanding());
        a = a.carry(JULY.plusMonths(1), due, Money.zero());
        assertEquals(Money.parse("422.00"), a.total());
        assertEquals(2, a.months());
        assertEquals(Optional.of(JULY), a.oldest());
        a = a.carry(JULY.plusMonths(2), due, Money.parse("461.00"));
        assertEquals(Map.of(JULY.plusMonths(1), Money.parse("322.00")), a.outstanding());
        a = a.carry(JULY.plusMonths(3), due, Money.parse("761.00"));
        assertTrue(a.isClear());
        assertEquals(Money.parse("78.00"), a.overpaid());
        // Σ paid + owed = Σ due + overpaid: 1522.00 + 0 = 1444.00 + 78.00
        assertEquals(Money.parse("1522.00"), Money.parse("1444.00").plus(a.overpaid()));
    }

    @Test
    void theBeijingWorkerOfSeptember1998() {
        CentreStay stay = CentreStayTest.stay().agreement(Agreement.of(LocalDate.of(1998, 9, 1), 36)).build();
        ProvinceProfile beijing = Beijing1999.profile();
        assertEquals(Optional.of(Money.parse("295.00")), stay.allowanceDue(YearMonth.of(1999, 6), beijing));
        assertEquals(Optional.of(Money.parse("361.00")), stay.allowanceDue(JULY, beijing));
        assertEquals(Optional.of(Money.parse("301.00")), stay.allowanceDue(YearMonth.of(1999, 9), beijing));
        assertEquals(Money.parse("156.16"), beijing.contributionsFor(JULY).orElseThrow().total());
        assertEquals(List.of(), stay.check(beijing));
    }

    @Test
    void masks() {
        assertEquals(List.of("王*", "王*国", "欧**锋", "阿*****曼", "*"),
                List.of("王五", "王建国", "欧阳建锋", "阿不都·热合曼", "王").stream().map(PublicPosting::maskName).toList());
    }

    @Test
    void postingDeadlines() {
        assertEquals(LocalDate.of(1999, 7, 30), NATIONAL.postingDeadline(JULY));
        PostingRecord onDeadline = PostingRecord.of(DisbursementArbitraries.enterprise(1), JULY, LocalDate.of(1999, 7, 30), "厂区公告栏");
        assertEquals(List.of(), PublicPosting.checkPostedRegularly(onDeadline.enterpriseId(), List.of(JULY),
                List.of(onDeadline), NATIONAL));
        List<Finding> late = PublicPosting.checkPostedRegularly(onDeadline.enterpriseId(), List.of(JULY),
                List.of(PostingRecord.of(onDeadline.enterpriseId(), JULY, LocalDate.of(1999, 7, 31), "厂区公告栏")), NATIONAL);
        assertEquals(ProblemCode.POSTING_LATE, late.get(0).code());
    }
}
