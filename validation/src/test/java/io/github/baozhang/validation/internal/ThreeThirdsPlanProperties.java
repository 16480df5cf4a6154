package io.github.baozhang.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.tck.arbitraries.MoneyArbitraries;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.FundsReport;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * "A report's funds plan is a three-thirds split" means: the plan is {@code ThreeThirds.plan(total, r)}
 * for some enterprise ratio r in [0, 2/3]. {@link ReportRules#isThreeThirdsPlan} decides it with
 * one candidate ratio; these properties check it against an exhaustive search and against the
 * split itself.
 */
class ThreeThirdsPlanProperties {

    /**
     * Every plan a largest-remainder split of a total T can give, over all ratios in [0, 2/3]:
     * the split only changes where T·r crosses a multiple of 1/3, so the ratios k / 6T
     * (k = 0 … 4T) hit every breakpoint and a point between every two.
     */
    private static Set<SourceAmounts> everySplitOf(long total) {
        Set<SourceAmounts> splits = new HashSet<>();
        for (long k = 0; k <= 4 * total; k++) {
            splits.add(ThreeThirds.plan(Money.ofFen(total), Ratio.of(k, 6 * total)));
        }
        return splits;
    }

    @Example
    void theDecisionIsExactForEveryPlanOfUpToThirtySixFen() {
        assertTrue(ReportRules.isThreeThirdsPlan(SourceAmounts.zero()));
        for (long total = 1; total <= 36; total++) {
            Set<SourceAmounts> splits = everySplitOf(total);
            for (long e = 0; e <= total; e++) {
                for (long s = 0; s <= total - e; s++) {
                    SourceAmounts plan = SourceAmounts.ofFen(e, s, total - e - s);
                    assertEquals(splits.contains(plan), ReportRules.isThreeThirdsPlan(plan), plan::toString);
                }
            }
        }
    }

    @Property
    void everySplitIsAThreeThirdsPlan(@ForAll("totals") long total, @ForAll("ratios") Ratio ratio) {
        assertTrue(ReportRules.isThreeThirdsPlan(ThreeThirds.plan(Money.ofFen(total), ratio)));
    }

    @Property
    void aPlanIsAThreeThirdsPlanExactlyWhenItsSocialShareIsTheThirdOfItsTotal(
            @ForAll("totals") long total, @ForAll("ratios") Ratio ratio, @ForAll("shifts") long shift) {
        SourceAmounts split = ThreeThirds.plan(Money.ofFen(total), ratio);
        // Move fen between social and another share, keeping the total.
        long social = split.social().fen() + shift;
        long fiscal = split.fiscal().fen() - shift;
        long enterprise = split.enterprise().fen();
        if (fiscal < 0) {
            enterprise += fiscal;
            fiscal = 0;
        }
        if (social < 0 || enterprise < 0) {
            return;
        }
        SourceAmounts plan = SourceAmounts.ofFen(enterprise, social, fiscal);
        assertEquals(shift == 0, ReportRules.isThreeThirdsPlan(plan), plan::toString);
        assertEquals(shift == 0, ReportRules.checkFunds(FundsReport.of(plan, SourceAmounts.zero())).isEmpty());
    }

    @Example
    void theViolationNamesTheExpectedSocialShare() {
        var violations = ReportRules.checkFunds(FundsReport.of(SourceAmounts.ofFen(40, 40, 21), SourceAmounts.zero()));
        assertEquals(1, violations.size());
        assertEquals(ProblemCode.REPORT_FUNDS_PLAN_NOT_THREE_THIRDS, violations.get(0).code());
        assertEquals("34", violations.get(0).arguments().get("expectedSocialFen"));
        assertEquals("101", violations.get(0).arguments().get("totalFen"));
        assertEquals("plan.socialFen", violations.get(0).location().field().orElseThrow());
    }

    @Example
    void aNegativeShareIsNoPlan() {
        assertThrows(IllegalArgumentException.class, () -> ReportRules.isThreeThirdsPlan(SourceAmounts.ofFen(-1, 0, 1)));
        assertFalse(ReportRules.isThreeThirdsPlan(SourceAmounts.ofFen(0, 1, 0)));
    }

    @Provide
    Arbitrary<Long> totals() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return MoneyArbitraries.enterpriseRatios();
    }

    @Provide
    Arbitrary<Long> shifts() {
        return Arbitraries.longs().between(-3, 3);
    }
}
