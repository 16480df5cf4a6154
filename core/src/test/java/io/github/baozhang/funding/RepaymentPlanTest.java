package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepaymentPlanTest {

    private static final YearMonth NOV_1999 = YearMonth.of(1999, 11);

    private static Instalment instalment(int year, int month, long fen) {
        return Instalment.of(YearMonth.of(year, month), Money.ofFen(fen));
    }

    private static FundingResult resultWithArrears(FundingCategory category, long arrearsFen) {
        return ThreeThirdsTest.fund(FundingArbitraries.caseOf(category).requirement(Money.ofFen(300))
                .uiArrears(Money.ofFen(arrearsFen)).build());
    }

    @Test
    void theOddFenGoToTheEarliestMonthsAcrossTheYearEnd() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(1_001), NOV_1999, 3);
        assertEquals(Money.ofFen(1_001), plan.arrears());
        assertEquals(List.of(instalment(1999, 11, 334), instalment(1999, 12, 334), instalment(2000, 1, 333)),
                plan.instalments());
        assertEquals(Optional.empty(), plan.assistedBy());
    }

    @Test
    void oneMonthRepaysEverythingAtOnce() {
        assertEquals(List.of(instalment(1999, 11, 1_001)),
                RepaymentPlan.evenly(Money.ofFen(1_001), NOV_1999, 1).instalments());
    }

    @Test
    void aHundredAndTwentyMonthsIsTheLongestPlan() {
        List<Instalment> instalments = RepaymentPlan.evenly(Money.ofFen(12_000), NOV_1999, 120).instalments();
        assertEquals(120, instalments.size());
        assertEquals(instalment(2009, 10, 100), instalments.get(119));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 121, Integer.MAX_VALUE})
    void anyOtherNumberOfMonthsIsRejected(int months) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RepaymentPlan.evenly(Money.ofFen(100), NOV_1999, months));
        assertEquals("months must be from 1 to 120: " + months, e.getMessage());
    }

    @Test
    void noArrearsMeanZeroInstalments() {
        assertEquals(List.of(instalment(1999, 11, 0), instalment(1999, 12, 0)),
                RepaymentPlan.evenly(Money.zero(), NOV_1999, 2).instalments());
    }

    @Test
    void fewerFenThanMonthsLeavesTheLastMonthsAtZero() {
        assertEquals(List.of(instalment(1999, 11, 1), instalment(1999, 12, 1), instalment(2000, 1, 0)),
                RepaymentPlan.evenly(Money.ofFen(2), NOV_1999, 3).instalments());
    }

    @Test
    void theLargestArrearsAreRepaidExactly() {
        List<Instalment> instalments = RepaymentPlan.evenly(Money.ofFen(Long.MAX_VALUE), NOV_1999, 120).instalments();
        // Long.MAX_VALUE = 120 × 76861433640456465 + 7
        assertEquals(Money.ofFen(76_861_433_640_456_466L), instalments.get(6).amount());
        assertEquals(Money.ofFen(76_861_433_640_456_465L), instalments.get(7).amount());
    }

    @Test
    void negativeArrearsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RepaymentPlan.evenly(Money.ofFen(-1), NOV_1999, 3));
    }

    @Test
    void theInstalmentsCannotBeModified() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(10), NOV_1999, 2);
        assertThrows(UnsupportedOperationException.class, () -> plan.instalments().clear());
    }

    @Test
    void shougangHeadquartersAssistsItsExternalPlants() {
        RepaymentPlan plan = RepaymentPlan.forResult(resultWithArrears(FundingCategory.SHOUGANG_EXTERNAL, 1_200),
                NOV_1999, 12);
        assertEquals(Optional.of(Payer.SHOUGANG_HQ), plan.assistedBy());
        assertEquals(Money.ofFen(1_200), plan.arrears());
        assertEquals(RepaymentPlan.evenly(Money.ofFen(1_200), NOV_1999, 12).instalments(), plan.instalments());
    }

    @Test
    void otherEnterprisesDrawUpTheirPlansUnassisted() {
        assertEquals(Optional.empty(),
                RepaymentPlan.forResult(resultWithArrears(FundingCategory.CENTRAL, 1_200), NOV_1999, 12).assistedBy());
        assertEquals(RepaymentPlan.evenly(Money.ofFen(1_200), NOV_1999, 12),
                RepaymentPlan.forResult(resultWithArrears(FundingCategory.LOCAL, 1_200), NOV_1999, 12));
    }

    @Test
    void forResultChecksTheNumberOfMonths() {
        FundingResult result = resultWithArrears(FundingCategory.SHOUGANG_EXTERNAL, 1_200);
        assertThrows(IllegalArgumentException.class, () -> RepaymentPlan.forResult(result, NOV_1999, 0));
    }

    @Test
    void withAssistanceNamesTheAssistingPayer() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(10), NOV_1999, 2);
        RepaymentPlan assisted = plan.withAssistance(Payer.SHOUGANG_HQ);
        assertEquals(Optional.of(Payer.SHOUGANG_HQ), assisted.assistedBy());
        assertEquals(plan.instalments(), assisted.instalments());
        assertEquals(plan.arrears(), assisted.arrears());
        assertEquals(Optional.empty(), plan.assistedBy());
        assertSame(assisted, assisted.withAssistance(Payer.SHOUGANG_HQ));
        assertEquals(Optional.of(Payer.FINANCE_LOCAL), assisted.withAssistance(Payer.FINANCE_LOCAL).assistedBy());
    }

    @Test
    void equalPlansAreEqualWithEqualHashCodes() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(10), NOV_1999, 2);
        RepaymentPlan same = RepaymentPlan.evenly(Money.ofFen(10), YearMonth.of(1999, 11), 2);
        assertTrue(plan.equals(plan));
        assertTrue(plan.equals(same));
        assertEquals(plan.hashCode(), same.hashCode());
        assertEquals(plan.withAssistance(Payer.SHOUGANG_HQ), same.withAssistance(Payer.SHOUGANG_HQ));
    }

    @Test
    void plansDifferingInArrearsInstalmentsOrAssistanceAreNotEqual() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(10), NOV_1999, 2);
        assertNotEquals(plan, RepaymentPlan.evenly(Money.ofFen(11), NOV_1999, 2));
        assertNotEquals(plan, RepaymentPlan.evenly(Money.ofFen(10), NOV_1999.plusMonths(1), 2));
        assertNotEquals(plan, RepaymentPlan.evenly(Money.ofFen(10), NOV_1999, 5));
        assertNotEquals(plan, plan.withAssistance(Payer.SHOUGANG_HQ));
        assertNotEquals(plan.hashCode(), plan.withAssistance(Payer.SHOUGANG_HQ).hashCode());
        assertFalse(plan.equals(null));
        assertFalse(plan.equals(plan.instalments()));
    }

    @Test
    void toStringShowsTheArrearsTheInstalmentsAndWhoAssists() {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(1_001), NOV_1999, 2);
        assertEquals("RepaymentPlan{10.01 in [1999-11:5.01, 1999-12:5.00]}", plan.toString());
        assertEquals("RepaymentPlan{10.01 in [1999-11:5.01, 1999-12:5.00], assisted by SHOUGANG_HQ}",
                plan.withAssistance(Payer.SHOUGANG_HQ).toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("arrears", assertThrows(NullPointerException.class,
                () -> RepaymentPlan.evenly(null, NOV_1999, 1)).getMessage());
        assertEquals("firstPeriod", assertThrows(NullPointerException.class,
                () -> RepaymentPlan.evenly(Money.zero(), null, 1)).getMessage());
        assertEquals("result", assertThrows(NullPointerException.class,
                () -> RepaymentPlan.forResult(null, NOV_1999, 1)).getMessage());
        assertEquals("firstPeriod", assertThrows(NullPointerException.class,
                () -> RepaymentPlan.forResult(resultWithArrears(FundingCategory.LOCAL, 1), null, 1)).getMessage());
        assertEquals("payer", assertThrows(NullPointerException.class,
                () -> RepaymentPlan.evenly(Money.zero(), NOV_1999, 1).withAssistance(null)).getMessage());
    }
}
