package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnemploymentInsuranceTest {

    @Test
    void twelveEighteenOrTwentyFourMonthsByYearsOfContribution() {
        assertEquals(0, UnemploymentInsurance.benefitMonths(0), "under a year: none");
        assertEquals(12, UnemploymentInsurance.benefitMonths(1));
        assertEquals(12, UnemploymentInsurance.benefitMonths(4));
        assertEquals(18, UnemploymentInsurance.benefitMonths(5));
        assertEquals(18, UnemploymentInsurance.benefitMonths(9));
        assertEquals(24, UnemploymentInsurance.benefitMonths(10));
        assertEquals(24, UnemploymentInsurance.benefitMonths(35));
        assertEquals(24, UnemploymentInsurance.benefitMonths(Integer.MAX_VALUE));
    }

    @Test
    void moreYearsNeverGiveFewerMonths() {
        int previous = 0;
        for (int years = 0; years <= 60; years++) {
            int months = UnemploymentInsurance.benefitMonths(years);
            assertTrue(months >= previous);
            assertTrue(months == 0 || months == 12 || months == 18 || months == 24);
            previous = months;
        }
    }

    @Test
    void negativeYearsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> UnemploymentInsurance.benefitMonths(-1));
    }
}
