package io.github.baozhang.profile;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.time.Year;

/**
 * Beijing 1999 [local], from DOMAIN.md's figures, as a province profile expresses it. Shared by
 * the tests of both packages and shown in docs/profiles.md.
 *
 * <p>From the figures: the allowance base rose 30 % to 286 yuan from 1999-07-01 (so 220 before);
 * year one adds 70 yuan outpatient and 5 yuan one-child allowance (361), year two 10 and 5
 * (301); the minimum wage rose from 320 to 400 yuan; contributions were 156.16 yuan — pension
 * 100, unemployment 6, serious-illness pool 50.16.
 *
 * <p>Not from the figures, and marked as such: the date of the minimum-wage rise (put on
 * 1999-07-01 with the allowance), the unemployment benefit and minimum living standard
 * (illustrative values that respect the policy's order), and the 1998 average monthly wage of
 * 1,045.00 yuan, chosen so that the serious-illness pool at 8 % of a 60 % base is exactly 50.16.
 */
public final class Beijing1999 {

    /** 1999-07-01: the +30 %. */
    public static final LocalDate RAISE = LocalDate.of(1999, 7, 1);
    /** 1999-01-01: the standard before the raise. */
    public static final LocalDate BEFORE = LocalDate.of(1999, 1, 1);

    private Beijing1999() {
    }

    /** Base 220 + outpatient 70 + one-child 5 = 295 in year one; 220 + 10 + 5 = 235 from year two. */
    public static AllowanceStandard beforeRaise() {
        return AllowanceStandard.of(AllowanceLadder.of(yuan(220 + 70 + 5), yuan(220 + 10 + 5)),
                yuan(230), yuan(320), yuan(200));
    }

    /** Base 286 + outpatient 70 + one-child 5 = 361 in year one; 286 + 10 + 5 = 301 from year two. */
    public static AllowanceStandard fromRaise() {
        return AllowanceStandard.of(AllowanceLadder.of(yuan(286 + 70 + 5), yuan(286 + 10 + 5)),
                yuan(290), yuan(400), yuan(273));
    }

    /** Pension 100.00 and unemployment 6.00 fixed; the serious-illness pool 8 % of the base. */
    public static ContributionPolicy contributions() {
        return ContributionPolicy.builder()
                .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, yuan(100))
                .putFixedAmounts(ContributionPart.UNEMPLOYMENT_EMPLOYER, yuan(6))
                .putRates(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(800))
                .build();
    }

    /** The profile: two allowance standards, one contribution policy, the 1998 wage. */
    public static ProvinceProfile profile() {
        return ProvinceProfile.builder()
                .name("beijing")
                .province(DivisionCode.parse("110000"))
                .allowanceStandards(Timeline.of(BEFORE, beforeRaise()).plus(RAISE, fromRaise()))
                .contributionPolicies(Timeline.of(BEFORE, contributions()))
                .putAverageMonthlyWages(Year.of(1998), yuan(1045))
                .build();
    }

    static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }
}
