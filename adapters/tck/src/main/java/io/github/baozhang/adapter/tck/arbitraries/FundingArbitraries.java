package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.money.Money;
import java.time.YearMonth;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of funding cases ({@code baozhang/funding-cases@1}) and of the periods of the
 * monitoring system.
 *
 * <p>A case is valid by default: {@code ThreeThirds.check} finds nothing in it. The requirement
 * comes as an amount, as workers × months × (allowance + contributions), or as both in
 * agreement.
 *
 * <p>This class is a stateless utility.
 */
public final class FundingArbitraries {

    /** The first period of the monitoring system's statistics. */
    public static final YearMonth FIRST_PERIOD = YearMonth.of(1998, 6);
    /** The last period: the system ended in 2005. */
    public static final YearMonth LAST_PERIOD = YearMonth.of(2005, 12);

    private FundingArbitraries() {
    }

    /**
     * Returns the periods from {@link #FIRST_PERIOD} to {@link #LAST_PERIOD}.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<YearMonth> periods() {
        int months = (int) FIRST_PERIOD.until(LAST_PERIOD, java.time.temporal.ChronoUnit.MONTHS);
        return Arbitraries.integers().between(0, months).map(FIRST_PERIOD::plusMonths)
                .edgeCases(c -> c.add(YearMonth.of(1999, 12), YearMonth.of(2000, 2)));
    }

    /**
     * Returns per-worker costs of realistic size: up to 60,000 workers, 1 to 12 months, an
     * allowance of 120–400 yuan and contributions of 60–200 yuan a month.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<PerWorkerCost> perWorkerCosts() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 60_000),
                        Arbitraries.longs().between(1, 12),
                        MoneyArbitraries.amountsBetween(12_000, 40_000),
                        MoneyArbitraries.amountsBetween(6_000, 20_000))
                .as(PerWorkerCost::of);
    }

    /**
     * Returns valid funding cases of any category.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<FundingCase> fundingCases() {
        // category: 0 central, 1 local, 2 Shougang external (local)
        return fundingCases(Arbitraries.integers().between(0, 2));
    }

    /**
     * Returns valid funding cases of an enterprise: its affiliation and Shougang flag.
     *
     * @param enterprise  the enterprise, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the enterprise is a central Shougang external one
     */
    public static Arbitrary<FundingCase> fundingCasesOf(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        if (enterprise.shougangExternal() && enterprise.affiliation() == Affiliation.CENTRAL) {
            throw new IllegalArgumentException("a Shougang external enterprise is local");
        }
        int category = enterprise.affiliation() == Affiliation.CENTRAL ? 0 : enterprise.shougangExternal() ? 2 : 1;
        return fundingCases(Arbitraries.just(category))
                .map(c -> FundingCase.builder().from(c).id(enterprise.id() + "-" + c.period()).build());
    }

    private static Arbitrary<FundingCase> fundingCases(Arbitrary<Integer> categories) {
        // form: 0 amount, 1 per worker, 2 both
        Arbitrary<Integer> forms = Arbitraries.integers().between(0, 2);
        Arbitrary<SourceAmounts> received = Combinators.combine(
                        MoneyArbitraries.nonNegativeFen(), MoneyArbitraries.nonNegativeFen(),
                        MoneyArbitraries.nonNegativeFen())
                .as(SourceAmounts::ofFen);
        Arbitrary<Tuple.Tuple2<Integer, PerWorkerCost>> requirement = Combinators.combine(forms, perWorkerCosts())
                .as(Tuple::of);
        return Builders.withBuilder(FundingCase::builder)
                .use(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)).in((b, id) -> b.id(id))
                .use(periods()).in((b, p) -> b.period(p))
                .use(MoneyArbitraries.enterpriseRatios()).in((b, r) -> b.enterpriseRatio(r))
                .use(received).in((b, r) -> b.received(r))
                .use(Arbitraries.longs().between(0, 10_000_000_000L)).in((b, a) -> b.uiArrears(Money.ofFen(a)))
                .use(requirement).in((b, t) -> {
                    Money amount = Money.ofFen(t.get2().exactRequirementFen().longValueExact());
                    switch (t.get1()) {
                        case 0:
                            return b.requirement(amount);
                        case 1:
                            return b.perWorker(t.get2());
                        default:
                            return b.requirement(amount).perWorker(t.get2());
                    }
                })
                .use(categories).in((b, category) -> b.affiliation(category == 0 ? Affiliation.CENTRAL : Affiliation.LOCAL)
                        .shougangExternal(category == 2))
                .build(FundingCase.Builder::build);
    }
}
