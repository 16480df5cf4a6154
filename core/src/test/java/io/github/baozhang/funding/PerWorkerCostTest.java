package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.Money;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PerWorkerCostTest {

    /** Beijing 1999: ¥361.00 allowance in year one and ¥156.16 contributions paid on the worker's behalf. */
    private final PerWorkerCost beijing = PerWorkerCost.of(1_200, 12, Money.ofFen(36_100), Money.ofFen(15_616));

    @Test
    void aCostHoldsWorkersMonthsAllowanceAndContributions() {
        assertEquals(1_200, beijing.workers());
        assertEquals(12, beijing.months());
        assertEquals(Money.ofFen(36_100), beijing.allowancePerWorker());
        assertEquals(Money.ofFen(15_616), beijing.contributionsPerWorker());
    }

    @Test
    void theRequirementIsWorkersTimesMonthsTimesAllowancePlusContributions() {
        // 1200 × 12 × 51716 fen
        assertEquals(BigInteger.valueOf(744_710_400L), beijing.exactRequirementFen());
    }

    @Test
    void theRequirementOfNoWorkersOrNoMonthsIsZero() {
        assertEquals(BigInteger.ZERO, PerWorkerCost.of(0, 12, Money.ofFen(36_100), Money.ofFen(15_616)).exactRequirementFen());
        assertEquals(BigInteger.ZERO, PerWorkerCost.of(1_200, 0, Money.ofFen(36_100), Money.ofFen(15_616)).exactRequirementFen());
    }

    @Test
    void theRequirementIsExactBeyondSixtyFourBits() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        PerWorkerCost huge = PerWorkerCost.of(Long.MAX_VALUE, Long.MAX_VALUE, Money.ofFen(Long.MAX_VALUE),
                Money.ofFen(Long.MAX_VALUE));
        assertEquals(max.multiply(max).multiply(max.shiftLeft(1)), huge.exactRequirementFen());
    }

    @Test
    void negativeValuesAreRepresentableForTheCheckToReport() {
        PerWorkerCost negative = PerWorkerCost.of(-2, 3, Money.ofFen(-5), Money.ofFen(1));
        assertEquals(BigInteger.valueOf(24), negative.exactRequirementFen());
        assertEquals(-2, negative.workers());
    }

    @Test
    void equalCostsAreEqual() {
        PerWorkerCost same = PerWorkerCost.of(1_200, 12, Money.ofFen(36_100), Money.ofFen(15_616));
        assertEquals(beijing, same);
        assertEquals(beijing.hashCode(), same.hashCode());
        assertNotEquals(beijing, PerWorkerCost.of(1_200, 12, Money.ofFen(15_616), Money.ofFen(36_100)));
        assertEquals("PerWorkerCost{workers=1200, months=12, allowancePerWorker=361.00, contributionsPerWorker=156.16}",
                beijing.toString());
    }

    @Test
    void nullAmountsThrowNamingTheParameter() {
        assertEquals("allowancePerWorker", assertThrows(NullPointerException.class,
                () -> PerWorkerCost.of(1, 1, null, Money.zero())).getMessage());
        assertEquals("contributionsPerWorker", assertThrows(NullPointerException.class,
                () -> PerWorkerCost.of(1, 1, Money.zero(), null)).getMessage());
    }
}
