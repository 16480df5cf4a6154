package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of a repayment plan (补缴计划) of unemployment-insurance premium arrears. */
class RepaymentPlanProperties {

    @Provide
    Arbitrary<Long> arrears() {
        return FundingArbitraries.fen();
    }

    @Provide
    Arbitrary<YearMonth> month() {
        return Combinators.combine(Arbitraries.integers().between(1998, 2005), Arbitraries.integers().between(1, 12))
                .as(YearMonth::of);
    }

    @Provide
    Arbitrary<FundingCase> validCase() {
        return FundingArbitraries.validCase();
    }

    @Property
    void instalmentsSumExactlyToTheArrears(@ForAll("arrears") long arrears, @ForAll("month") YearMonth first,
            @ForAll @IntRange(min = 1, max = 120) int months) {
        RepaymentPlan plan = RepaymentPlan.evenly(Money.ofFen(arrears), first, months);
        BigInteger sum = BigInteger.ZERO;
        for (Instalment i : plan.instalments()) {
            sum = sum.add(BigInteger.valueOf(i.amount().fen()));
        }
        assertEquals(BigInteger.valueOf(arrears), sum);
        assertEquals(Money.ofFen(arrears), plan.arrears());
    }

    @Property
    void oneInstalmentForEachConsecutiveMonthStartingAtTheFirst(@ForAll("arrears") long arrears,
            @ForAll("month") YearMonth first, @ForAll @IntRange(min = 1, max = 120) int months) {
        List<Instalment> instalments = RepaymentPlan.evenly(Money.ofFen(arrears), first, months).instalments();
        assertEquals(months, instalments.size());
        for (int i = 0; i < months; i++) {
            assertEquals(first.plusMonths(i), instalments.get(i).period());
        }
    }

    @Property
    void amountsDifferByAtMostOneFenAndNeverIncrease(@ForAll("arrears") long arrears,
            @ForAll("month") YearMonth first, @ForAll @IntRange(min = 1, max = 120) int months) {
        List<Instalment> instalments = RepaymentPlan.evenly(Money.ofFen(arrears), first, months).instalments();
        long firstAmount = instalments.get(0).amount().fen();
        long lastAmount = instalments.get(months - 1).amount().fen();
        assertTrue(firstAmount - lastAmount <= 1, instalments::toString);
        for (int i = 1; i < months; i++) {
            assertTrue(instalments.get(i).amount().compareTo(instalments.get(i - 1).amount()) <= 0,
                    instalments::toString);
            assertTrue(instalments.get(i).amount().fen() >= 0);
        }
        assertEquals(arrears / months, lastAmount);
    }

    @Property
    void shougangExternalPlansAreAssistedByShougangHqOthersNot(@ForAll("validCase") FundingCase c,
            @ForAll("month") YearMonth first, @ForAll @IntRange(min = 1, max = 120) int months) {
        FundingResult result = ThreeThirds.evaluate(c).result();
        RepaymentPlan plan = RepaymentPlan.forResult(result, first, months);
        Optional<Payer> expected = result.category() == FundingCategory.SHOUGANG_EXTERNAL
                ? Optional.of(Payer.SHOUGANG_HQ) : Optional.empty();
        assertEquals(expected, plan.assistedBy());
        assertEquals(c.uiArrears(), plan.arrears());
        assertEquals(RepaymentPlan.evenly(c.uiArrears(), first, months).instalments(), plan.instalments());
    }
}
