package io.github.baozhang.profile;

import static io.github.baozhang.profile.Beijing1999.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContributionPolicyTest {

    @Test
    void theBaseIsSixtyPercentOfTheWageByDefaultRoundedHalfUp() {
        ContributionPolicy p = ContributionPolicy.builder().build();
        assertEquals(BasisPoints.of(6000), p.baseShare());
        assertEquals(Money.parse("373.95"), p.base(Money.parse("623.25")));
        assertEquals(Money.ofFen(1), p.base(Money.ofFen(1)), "0.6 fen rounds up");
        assertEquals(Money.ofFen(2), p.base(Money.ofFen(3)), "1.8 fen rounds up");
        assertEquals(Money.ofFen(3), p.base(Money.ofFen(5)), "3.0 fen is exact");
        assertEquals(Money.ofFen(0), ContributionPolicy.builder().baseShare(BasisPoints.of(4999)).build().base(Money.ofFen(1)));
        assertEquals(Money.ofFen(1), ContributionPolicy.builder().baseShare(BasisPoints.of(5000)).build().base(Money.ofFen(1)),
                "half a fen rounds up");
    }

    @Test
    void theNationalDefaultsOfJuly1999OnTheNationalWageOf1998() {
        ContributionPolicy p = ProvinceProfile.national().contributionPolicies().at(java.time.LocalDate.of(1999, 7, 1)).orElseThrow();
        Contributions c = p.contributionsFor(Money.parse("623.25"));
        assertEquals(Money.parse("373.95"), c.base());
        assertEquals(Money.parse("74.79"), c.part(ContributionPart.PENSION_EMPLOYER));
        assertEquals(Money.parse("18.70"), c.part(ContributionPart.PENSION_PERSONAL), "5 % of 373.95 is 18.6975: half-up");
        assertEquals(Money.parse("22.44"), c.part(ContributionPart.MEDICAL_EMPLOYER));
        assertEquals(Money.parse("7.48"), c.part(ContributionPart.MEDICAL_PERSONAL));
        assertEquals(Money.parse("7.48"), c.part(ContributionPart.UNEMPLOYMENT_EMPLOYER));
        assertEquals(Money.parse("3.74"), c.part(ContributionPart.UNEMPLOYMENT_PERSONAL));
        assertEquals(Money.parse("134.63"), c.total(), "the sum of the rounded parts");
    }

    @Test
    void beijingExpressesItsFiguresWithFixedAmountsAndARate() {
        Contributions c = Beijing1999.contributions().contributionsFor(yuan(1045));
        assertEquals(Money.parse("627.00"), c.base());
        assertEquals(yuan(100), c.of(Insurance.PENSION));
        assertEquals(yuan(6), c.of(Insurance.UNEMPLOYMENT));
        assertEquals(Money.parse("50.16"), c.of(Insurance.MEDICAL), "the serious-illness pool, 8 % of 627.00");
        assertEquals(Money.parse("156.16"), c.total());
        assertEquals(Money.zero(), c.personal());
    }

    @Test
    void aFixedAmountReplacesTheRateOfItsPart() {
        ContributionPolicy p = ContributionPolicy.builder()
                .putRates(ContributionPart.PENSION_EMPLOYER, BasisPoints.of(2000))
                .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, yuan(100))
                .build();
        assertEquals(yuan(100), p.contributionsOnBase(yuan(10_000)).part(ContributionPart.PENSION_EMPLOYER));
        assertEquals(yuan(100), p.contributionsOnBase(Money.zero()).total());
        assertEquals(Optional.of(yuan(100)), p.fixedAmount(ContributionPart.PENSION_EMPLOYER));
        assertEquals(Optional.empty(), p.fixedAmount(ContributionPart.PENSION_PERSONAL));
        assertEquals(BasisPoints.of(2000), p.rate(ContributionPart.PENSION_EMPLOYER));
        assertEquals(BasisPoints.of(0), p.rate(ContributionPart.MEDICAL_EMPLOYER), "a part with no rate has rate zero");
    }

    @Test
    void eachPartIsRoundedHalfUpOnItsOwnThenSummed() {
        // 150 fen × 1 % = 1.5 fen → 2 (half-up) for each of two parts: 4, where rounding the sum would give 3
        ContributionPolicy p = ContributionPolicy.builder()
                .putRates(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(100))
                .putRates(ContributionPart.MEDICAL_PERSONAL, BasisPoints.of(100))
                .build();
        Contributions c = p.contributionsOnBase(Money.ofFen(150));
        assertEquals(Money.ofFen(2), c.part(ContributionPart.MEDICAL_EMPLOYER));
        assertEquals(Money.ofFen(4), c.total());
        assertEquals(Money.ofFen(1), p.contributionsOnBase(Money.ofFen(149)).part(ContributionPart.MEDICAL_EMPLOYER));
    }

    @Test
    void withRateReplacesOneRateAndKeepsTheRest() {
        ContributionPolicy p = Beijing1999.contributions().withRate(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(600));
        assertEquals(BasisPoints.of(600), p.rate(ContributionPart.MEDICAL_EMPLOYER));
        assertEquals(Beijing1999.contributions().fixedAmounts(), p.fixedAmounts());
        assertEquals(BasisPoints.of(800), Beijing1999.contributions().rate(ContributionPart.MEDICAL_EMPLOYER));
        ContributionPolicy national = ProvinceProfile.national().contributionPolicies().entries().get(0).value();
        ContributionPolicy six = national.withRate(ContributionPart.PENSION_PERSONAL, BasisPoints.of(600));
        assertEquals(BasisPoints.of(600), six.rate(ContributionPart.PENSION_PERSONAL));
        for (ContributionPart part : ContributionPart.values()) {
            if (part != ContributionPart.PENSION_PERSONAL) {
                assertEquals(national.rate(part), six.rate(part), part::toString);
            }
        }
        assertEquals(national.baseShare(), six.baseShare());
    }

    @Test
    void negativeWagesBasesAndFixedAmountsAreRefused() {
        ContributionPolicy p = ContributionPolicy.builder().build();
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> p.base(Money.ofFen(-1)));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
        assertEquals(ProblemCode.VALUE_NEGATIVE,
                assertThrows(InvalidValueException.class, () -> p.contributionsOnBase(Money.ofFen(-5))).code());
        assertEquals(ProblemCode.VALUE_NEGATIVE, assertThrows(InvalidValueException.class,
                () -> ContributionPolicy.builder().putFixedAmounts(ContributionPart.PENSION_EMPLOYER, Money.ofFen(-1)).build())
                .code());
    }

    @Test
    void aResultBeyondTheLongRangeThrows() {
        ContributionPolicy p = ContributionPolicy.builder().baseShare(BasisPoints.of(20_000)).build();
        assertThrows(ArithmeticException.class, () -> p.base(Money.ofFen(Long.MAX_VALUE)));
        ContributionPolicy high = ContributionPolicy.builder()
                .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, Money.ofFen(Long.MAX_VALUE))
                .putFixedAmounts(ContributionPart.PENSION_PERSONAL, Money.ofFen(1))
                .build();
        assertThrows(ArithmeticException.class, () -> high.contributionsOnBase(Money.zero()));
    }

    @Test
    void refusesNulls() {
        ContributionPolicy p = ContributionPolicy.builder().build();
        assertEquals("averageMonthlyWage", assertThrows(NullPointerException.class, () -> p.base(null)).getMessage());
        assertEquals("base", assertThrows(NullPointerException.class, () -> p.contributionsOnBase(null)).getMessage());
        assertEquals("part", assertThrows(NullPointerException.class, () -> p.rate(null)).getMessage());
        assertEquals("part", assertThrows(NullPointerException.class, () -> p.fixedAmount(null)).getMessage());
        assertEquals("part", assertThrows(NullPointerException.class, () -> p.withRate(null, BasisPoints.of(1))).getMessage());
        assertEquals("rate", assertThrows(NullPointerException.class,
                () -> p.withRate(ContributionPart.PENSION_EMPLOYER, null)).getMessage());
    }
}
