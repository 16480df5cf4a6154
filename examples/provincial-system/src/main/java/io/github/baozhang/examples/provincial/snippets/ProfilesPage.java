package io.github.baozhang.examples.provincial.snippets;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceLadder;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.ContributionPart;
import io.github.baozhang.profile.ContributionPolicy;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;

/** The code of {@code docs/profiles.md}. */
public final class ProfilesPage {

    /**
     * What the Beijing profile answers.
     *
     * @param june  the ladder of June 1999
     * @param july  the ladder of July 1999
     * @param contributions  the contributions of July 1999
     * @param problems  what {@link ProvinceProfile#check()} says
     */
    public record Answers(AllowanceLadder june, AllowanceLadder july, Money contributions, List<Violation> problems) {
    }

    private ProfilesPage() {
    }

    /**
     * Builds Beijing's 1999 profile with the July raise, and asks it.
     *
     * @return its answers
     */
    public static Answers beijing() {
        // tag::beijing[]
        AllowanceStandard before = AllowanceStandard.of(
                AllowanceLadder.of(Money.ofYuan(220 + 70 + 5), Money.ofYuan(220 + 10 + 5)),   // 295, 235
                Money.ofYuan(230), Money.ofYuan(320), Money.ofYuan(200));   // benefit*, minimum wage, 低保*
        AllowanceStandard raised = AllowanceStandard.of(
                AllowanceLadder.of(Money.ofYuan(286 + 70 + 5), Money.ofYuan(286 + 10 + 5)),   // 361, 301
                Money.ofYuan(290), Money.ofYuan(400), Money.ofYuan(273));
        ContributionPolicy contributions = ContributionPolicy.builder()
                .putFixedAmounts(ContributionPart.PENSION_EMPLOYER, Money.ofYuan(100))
                .putFixedAmounts(ContributionPart.UNEMPLOYMENT_EMPLOYER, Money.ofYuan(6))
                .putRates(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(800))  // serious-illness pool
                .build();
        ProvinceProfile beijing = ProvinceProfile.builder()
                .name("beijing").province(DivisionCode.parse("110000"))
                .allowanceStandards(Timeline.of(LocalDate.of(1999, 1, 1), before)
                        .plus(LocalDate.of(1999, 7, 1), raised))            // the +30 %: two entries
                .contributionPolicies(Timeline.of(LocalDate.of(1999, 1, 1), contributions))
                .putAverageMonthlyWages(Year.of(1998), Money.ofYuan(1045))  // *
                .build();

        AllowanceLadder june = beijing.allowanceStandardFor(YearMonth.of(1999, 6)).get().ladder();  // [295.00, 235.00]
        AllowanceLadder july = beijing.allowanceStandardFor(YearMonth.of(1999, 7)).get().ladder();  // [361.00, 301.00]
        Money due = beijing.contributionsFor(YearMonth.of(1999, 7)).get().total();                // 156.16
        List<Violation> problems = beijing.check();                                                // [] — the policy holds
        // end::beijing[]
        return new Answers(june, july, due, problems);
    }
}
