package io.github.baozhang.profile;

import static io.github.baozhang.profile.Beijing1999.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    private final ContributionPolicy policy = ContributionPolicy.builder()
            .putRates(ContributionPart.PENSION_EMPLOYER, BasisPoints.of(2000))
            .putRates(ContributionPart.PENSION_PERSONAL, BasisPoints.of(500))
            .putRates(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(600))
            .putRates(ContributionPart.MEDICAL_PERSONAL, BasisPoints.of(200))
            .putRates(ContributionPart.UNEMPLOYMENT_EMPLOYER, BasisPoints.of(200))
            .putRates(ContributionPart.UNEMPLOYMENT_PERSONAL, BasisPoints.of(100))
            .build();

    private final Contributions c = policy.contributionsOnBase(Money.ofFen(100_000));

    @Test
    void partsInsurancesPersonalAndTotal() {
        assertEquals(Money.ofFen(100_000), c.base());
        assertEquals(Money.ofFen(20_000), c.part(ContributionPart.PENSION_EMPLOYER));
        assertEquals(Money.ofFen(5_000), c.part(ContributionPart.PENSION_PERSONAL));
        assertEquals(Money.ofFen(25_000), c.of(Insurance.PENSION));
        assertEquals(Money.ofFen(8_000), c.of(Insurance.MEDICAL));
        assertEquals(Money.ofFen(3_000), c.of(Insurance.UNEMPLOYMENT));
        assertEquals(Money.ofFen(8_000), c.personal());
        assertEquals(Money.ofFen(36_000), c.total());
    }

    @Test
    void everyPartIsPresentInEnumOrder() {
        assertEquals(List.of(ContributionPart.values()), List.copyOf(c.parts().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> c.parts().put(ContributionPart.PENSION_EMPLOYER, yuan(1)));
    }

    @Test
    void isAValueOfBaseAndParts() {
        assertEquals(c, policy.contributionsOnBase(Money.ofFen(100_000)));
        assertEquals(c.hashCode(), policy.contributionsOnBase(Money.ofFen(100_000)).hashCode());
        assertNotEquals(c, policy.contributionsOnBase(Money.ofFen(100_001)));
        assertNotEquals(c.hashCode(), policy.contributionsOnBase(Money.ofFen(100_001)).hashCode());
        assertNotEquals(c, policy.withRate(ContributionPart.PENSION_PERSONAL, BasisPoints.of(600))
                .contributionsOnBase(Money.ofFen(100_000)));
        ContributionPolicy zero = ContributionPolicy.builder().build();
        assertNotEquals(zero.contributionsOnBase(yuan(1)), zero.contributionsOnBase(yuan(2)));
        assertNotEquals(zero.contributionsOnBase(yuan(1)).hashCode(), zero.contributionsOnBase(yuan(2)).hashCode());
        assertNotEquals(c, "c");
        assertEquals("Contributions{base=1000.00, {PENSION_EMPLOYER=200.00, PENSION_PERSONAL=50.00, "
                + "MEDICAL_EMPLOYER=60.00, MEDICAL_PERSONAL=20.00, UNEMPLOYMENT_EMPLOYER=20.00, "
                + "UNEMPLOYMENT_PERSONAL=10.00}, total=360.00}", c.toString());
    }

    @Test
    void refusesNulls() {
        assertEquals("part", assertThrows(NullPointerException.class, () -> c.part(null)).getMessage());
        assertEquals("insurance", assertThrows(NullPointerException.class, () -> c.of(null)).getMessage());
    }
}
