package io.github.baozhang.funding;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import java.math.BigInteger;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for funding tests; core tests keep their own (they cannot use the TCK). */
final class FundingArbitraries {

    private FundingArbitraries() {
    }

    /** Amounts of fen from zero to Long.MAX_VALUE, with small and extreme values favoured. */
    static Arbitrary<Long> fen() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 1_000),
                Arbitraries.longs().between(0, 100_000_000_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE))
                .edgeCases(c -> c.add(0L, 1L, 2L, 3L, 100L, 101L, Long.MAX_VALUE));
    }

    /** Enterprise ratios from 0 to 2/3, with small and 64-bit denominators. */
    static Arbitrary<Ratio> enterpriseRatio() {
        Arbitrary<Long> denominators = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 12),
                Arbitraries.longs().between(1, 1_000_000),
                Arbitraries.longs().between(1, Long.MAX_VALUE));
        return denominators.flatMap(q -> {
            long max = BigInteger.valueOf(q).shiftLeft(1).divide(BigInteger.valueOf(3)).longValueExact();
            return Arbitraries.longs().between(0, max).map(p -> Ratio.of(p, q));
        }).edgeCases(c -> c.add(Ratio.ZERO, Ratio.ONE_THIRD, Ratio.TWO_THIRDS, Ratio.of(1, 2)));
    }

    static Arbitrary<FundingCategory> category() {
        return Arbitraries.of(FundingCategory.class);
    }

    static Arbitrary<SourceAmounts> received() {
        return Combinators.combine(fen(), fen(), fen()).as(SourceAmounts::ofFen);
    }

    /** Valid cases in the amount form. */
    static Arbitrary<FundingCase> validCase() {
        return Combinators.combine(category(), fen(), enterpriseRatio(), received(), fen())
                .as((category, r, ratio, received, arrears) -> caseOf(category)
                        .requirement(Money.ofFen(r))
                        .enterpriseRatio(ratio)
                        .received(received)
                        .uiArrears(Money.ofFen(arrears))
                        .build());
    }

    static FundingCase.Builder caseOf(FundingCategory category) {
        return FundingCase.builder()
                .id("case")
                .period(YearMonth.of(1999, 12))
                .affiliation(category == FundingCategory.CENTRAL ? Affiliation.CENTRAL : Affiliation.LOCAL)
                .shougangExternal(category == FundingCategory.SHOUGANG_EXTERNAL);
    }
}
