package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Contribution arithmetic against a BigDecimal oracle of the documented rounding rule. */
class ContributionPolicyProperties {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    @Provide
    Arbitrary<Long> wages() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000),
                Arbitraries.longs().between(0, 100_000_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE / 30_000))
                .edgeCases(c -> c.add(0L, 1L, 62_325L, 104_500L));
    }

    @Provide
    Arbitrary<ContributionPolicy> policies() {
        Arbitrary<Long> bp = Arbitraries.longs().between(0, 3_000).edgeCases(c -> c.add(0L, 50L, 100L, 2000L));
        Arbitrary<List<Long>> rates = bp.list().ofSize(6);
        Arbitrary<Long> share = Arbitraries.longs().between(0, 20_000).edgeCases(c -> c.add(6000L, 5000L, 10_000L));
        Arbitrary<List<Long>> fixed = Arbitraries.longs().between(-1, 100_000).list().ofSize(6);
        return Combinators.combine(share, rates, fixed).as((s, r, f) -> {
            ContributionPolicy.Builder b = ContributionPolicy.builder().baseShare(BasisPoints.of(s));
            ContributionPart[] parts = ContributionPart.values();
            for (int i = 0; i < parts.length; i++) {
                b.putRates(parts[i], BasisPoints.of(r.get(i)));
                if (f.get(i) >= 0 && i % 2 == 0) {
                    b.putFixedAmounts(parts[i], Money.ofFen(f.get(i)));
                }
            }
            return b.build();
        });
    }

    private static BigDecimal times(BigDecimal amount, long bp) {
        return amount.multiply(BigDecimal.valueOf(bp)).divide(TEN_THOUSAND).setScale(0, RoundingMode.HALF_UP);
    }

    @Property
    void everyPartAndTheTotalAgreeWithTheBigDecimalOracle(@ForAll("policies") ContributionPolicy policy,
            @ForAll("wages") long wageFen) {
        Contributions c = policy.contributionsFor(Money.ofFen(wageFen));
        BigDecimal base = times(BigDecimal.valueOf(wageFen), policy.baseShare().value());
        assertEquals(base.longValueExact(), c.base().fen());
        BigDecimal total = BigDecimal.ZERO;
        for (ContributionPart part : ContributionPart.values()) {
            BigDecimal expected = policy.fixedAmount(part).map(m -> BigDecimal.valueOf(m.fen()))
                    .orElseGet(() -> times(base, policy.rate(part).value()));
            assertEquals(expected.longValueExact(), c.part(part).fen(), part::toString);
            total = total.add(expected);
        }
        assertEquals(total.longValueExact(), c.total().fen());
    }

    @Property
    void eachRatedPartIsWithinHalfAFenOfTheExactProduct(@ForAll("policies") ContributionPolicy policy,
            @ForAll("wages") long baseFen) {
        Contributions c = policy.contributionsOnBase(Money.ofFen(baseFen));
        for (ContributionPart part : ContributionPart.values()) {
            if (policy.fixedAmount(part).isEmpty()) {
                BigDecimal exact = BigDecimal.valueOf(baseFen).multiply(BigDecimal.valueOf(policy.rate(part).value()))
                        .divide(TEN_THOUSAND);
                BigDecimal diff = BigDecimal.valueOf(c.part(part).fen()).subtract(exact);
                assertTrue(diff.compareTo(new BigDecimal("0.5")) <= 0 && diff.compareTo(new BigDecimal("-0.5")) > 0,
                        part + " " + c.part(part) + " vs " + exact);
            }
        }
    }

    @Property
    void aLargerBaseNeverLowersAPart(@ForAll("policies") ContributionPolicy policy,
            @ForAll("wages") long a, @ForAll("wages") long b) {
        Contributions low = policy.contributionsOnBase(Money.ofFen(Math.min(a, b)));
        Contributions high = policy.contributionsOnBase(Money.ofFen(Math.max(a, b)));
        for (Map.Entry<ContributionPart, Money> e : low.parts().entrySet()) {
            assertTrue(e.getValue().compareTo(high.part(e.getKey())) <= 0, e.getKey()::toString);
        }
        Money sumOfInsurances = Money.zero();
        for (Insurance i : Insurance.values()) {
            sumOfInsurances = sumOfInsurances.plus(high.of(i));
        }
        assertEquals(high.total(), sumOfInsurances);
    }
}
