package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The laws of the three-thirds rule, each against a BigInteger oracle where one applies. */
class ThreeThirdsProperties {

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    @Provide
    Arbitrary<Long> fen() {
        return FundingArbitraries.fen();
    }

    @Provide
    Arbitrary<Ratio> ratio() {
        return FundingArbitraries.enterpriseRatio();
    }

    @Provide
    Arbitrary<FundingCase> validCase() {
        return FundingArbitraries.validCase();
    }

    @Property
    void planSumsExactlyToTheRequirement(@ForAll("fen") long r, @ForAll("ratio") Ratio ratio) {
        SourceAmounts plan = ThreeThirds.plan(Money.ofFen(r), ratio);
        assertEquals(BigInteger.valueOf(r), plan.exactTotalFen());
    }

    @Property
    void eachShareIsWithinOneFenOfItsExactShare(@ForAll("fen") long r, @ForAll("ratio") Ratio ratio) {
        SourceAmounts plan = ThreeThirds.plan(Money.ofFen(r), ratio);
        Ratio[] ratios = {ratio, ThreeThirds.SOCIAL_RATIO, ThreeThirds.fiscalRatio(ratio)};
        for (FundingSource source : FundingSource.values()) {
            Ratio exact = Ratio.of(BigInteger.valueOf(r), BigInteger.ONE).multipliedBy(ratios[source.ordinal()]);
            Ratio diff = Ratio.of(plan.get(source).fen(), 1).minus(exact);
            assertTrue(diff.compareTo(Ratio.ONE) < 0 && diff.compareTo(Ratio.ONE.negated()) > 0,
                    source + " " + plan.get(source) + " vs " + exact);
        }
    }

    @Property
    void sharesAreNeverNegativeAndFiscalIsZeroAtTwoThirds(@ForAll("fen") long r, @ForAll("ratio") Ratio ratio) {
        SourceAmounts plan = ThreeThirds.plan(Money.ofFen(r), ratio);
        for (FundingSource source : FundingSource.values()) {
            assertFalse(plan.get(source).isNegative());
        }
        if (ratio.equals(Ratio.TWO_THIRDS)) {
            assertEquals(Money.zero(), plan.fiscal());
        }
        if (ratio.signum() == 0) {
            assertEquals(Money.zero(), plan.enterprise());
        }
    }

    @Property
    void atThirdsTheOddFenGoFirstToFiscalThenSocial(@ForAll("fen") long r) {
        SourceAmounts plan = ThreeThirds.plan(Money.ofFen(r), Ratio.ONE_THIRD);
        long q = r / 3;
        long m = r % 3;
        assertEquals(q, plan.enterprise().fen());
        assertEquals(q + (m >= 2 ? 1 : 0), plan.social().fen());
        assertEquals(q + (m >= 1 ? 1 : 0), plan.fiscal().fen());
    }

    @Property
    void theSplitMatchesAStraightforwardLargestRemainderOracle(@ForAll("fen") long r, @ForAll("ratio") Ratio ratio) {
        SourceAmounts plan = ThreeThirds.plan(Money.ofFen(r), ratio);
        long[] oracle = largestRemainderOracle(r, ratio);
        assertEquals(oracle[0], plan.enterprise().fen());
        assertEquals(oracle[1], plan.social().fen());
        assertEquals(oracle[2], plan.fiscal().fen());
    }

    /** Scaled to a common denominator, then the textbook method with ties FISCAL, SOCIAL, ENTERPRISE. */
    private static long[] largestRemainderOracle(long r, Ratio ratio) {
        BigInteger d = ratio.denominator().multiply(BigInteger.valueOf(3));
        BigInteger[] weights = {
            ratio.numerator().multiply(BigInteger.valueOf(3)),
            ratio.denominator(),
            d.subtract(ratio.numerator().multiply(BigInteger.valueOf(3))).subtract(ratio.denominator())
        };
        BigInteger big = BigInteger.valueOf(r);
        long[] parts = new long[3];
        BigInteger[] rem = new BigInteger[3];
        long left = r;
        for (int i = 0; i < 3; i++) {
            BigInteger[] qr = big.multiply(weights[i]).divideAndRemainder(d);
            parts[i] = qr[0].longValueExact();
            rem[i] = qr[1];
            left -= parts[i];
        }
        int[] order = {2, 1, 0};
        while (left > 0) {
            int best = -1;
            for (int i : order) {
                if (rem[i] != null && (best < 0 || rem[i].compareTo(rem[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            rem[best] = null;
            left--;
        }
        return parts;
    }

    @Property
    void receivedPlusGapMinusExcessIsThePlan(@ForAll("validCase") FundingCase c) {
        FundingResult result = ThreeThirds.evaluate(c).result();
        for (FundingSource source : FundingSource.values()) {
            BigInteger lhs = BigInteger.valueOf(result.received().get(source).fen())
                    .add(BigInteger.valueOf(result.gap().get(source).fen()))
                    .subtract(BigInteger.valueOf(result.excess().get(source).fen()));
            assertEquals(BigInteger.valueOf(result.plan().get(source).fen()), lhs);
            assertFalse(result.gap().get(source).isPositive() && result.excess().get(source).isPositive());
        }
    }

    @Property
    void backstopsSumToTheTotalGapAndGoToTheRightPayer(@ForAll("validCase") FundingCase c) {
        FundingResult result = ThreeThirds.evaluate(c).result();
        long sum = result.backstops().stream().mapToLong(b -> b.amount().fen()).sum();
        assertEquals(result.gapTotal().fen(), sum);
        for (Backstop b : result.backstops()) {
            Payer expected;
            if (result.category() == FundingCategory.CENTRAL) {
                expected = Payer.FINANCE_CENTRAL;
            } else if (result.category() == FundingCategory.SHOUGANG_EXTERNAL && b.source() == FundingSource.ENTERPRISE) {
                expected = Payer.SHOUGANG_HQ;
            } else {
                expected = Payer.FINANCE_LOCAL;
            }
            assertEquals(expected, b.payer());
            assertEquals(result.gap().get(b.source()), b.amount());
        }
        List<FundingSource> order = result.backstops().stream().map(Backstop::source).collect(Collectors.toList());
        assertEquals(order.stream().sorted().collect(Collectors.toList()), order);
    }

    @Property
    void arrivalRatesEqualABigIntegerOracle(@ForAll("validCase") FundingCase c) {
        FundingResult result = ThreeThirds.evaluate(c).result();
        for (FundingSource source : FundingSource.values()) {
            assertEquals(oracleRate(BigInteger.valueOf(result.received().get(source).fen()),
                    BigInteger.valueOf(result.plan().get(source).fen())), result.arrival().get(source).value());
        }
        BigInteger all = BigInteger.ZERO;
        for (FundingSource source : FundingSource.values()) {
            all = all.add(BigInteger.valueOf(c.received().get(source).fen()));
        }
        assertEquals(oracleRate(all, BigInteger.valueOf(result.requirement().fen())), result.arrival().overall().value());
    }

    private static long oracleRate(BigInteger received, BigInteger plan) {
        if (plan.signum() == 0) {
            return 10_000;
        }
        BigInteger rate = received.multiply(TEN_THOUSAND).divide(plan);
        return rate.min(BigInteger.valueOf(ThreeThirds.ARRIVAL_CAP)).longValueExact();
    }

    @Property
    void arrearsNeverReduceTheSocialShare(@ForAll("validCase") FundingCase c, @ForAll("fen") long otherArrears) {
        FundingResult with = ThreeThirds.evaluate(c).result();
        FundingResult without = ThreeThirds.evaluate(c.withUiArrears(Money.ofFen(otherArrears))).result();
        assertEquals(without.plan(), with.plan());
        assertEquals(without.gap(), with.gap());
        assertEquals(without.backstops(), with.backstops());
        assertEquals(c.uiArrears(), with.uiArrears());
        assertEquals(c.uiArrears().isPositive(),
                with.findings().stream().anyMatch(f -> f.code() == ProblemCode.UI_PREMIUM_ARREARS));
    }

    @Property
    void moreReceiptsNeverWidenAGapNorLowerARate(@ForAll("validCase") FundingCase c,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long more) {
        SourceAmounts r = c.received();
        if (r.social().fen() > Long.MAX_VALUE - more) {
            return;
        }
        FundingResult before = ThreeThirds.evaluate(c).result();
        FundingResult after = ThreeThirds.evaluate(c.withReceived(
                SourceAmounts.of(r.enterprise(), r.social().plus(Money.ofFen(more)), r.fiscal()))).result();
        assertTrue(after.gap().social().compareTo(before.gap().social()) <= 0);
        assertTrue(after.arrival().social().compareTo(before.arrival().social()) >= 0);
        assertTrue(after.arrival().overall().compareTo(before.arrival().overall()) >= 0);
        assertTrue(after.gapTotal().compareTo(before.gapTotal()) <= 0);
    }

    @Property
    void aLargerRequirementNeverCostsAShareMoreThanOneFen(@ForAll("fen") long r, @ForAll("ratio") Ratio ratio) {
        if (r == Long.MAX_VALUE) {
            return;
        }
        SourceAmounts small = ThreeThirds.plan(Money.ofFen(r), ratio);
        SourceAmounts large = ThreeThirds.plan(Money.ofFen(r + 1), ratio);
        for (FundingSource source : FundingSource.values()) {
            assertTrue(large.get(source).fen() >= small.get(source).fen() - 1);
        }
    }

    @Property
    void aLargerEnterpriseRatioNeverLowersTheEnterpriseShareMoreThanOneFen(@ForAll("fen") long r,
            @ForAll("ratio") Ratio a, @ForAll("ratio") Ratio b) {
        Ratio low = a.compareTo(b) <= 0 ? a : b;
        Ratio high = a.compareTo(b) <= 0 ? b : a;
        SourceAmounts lowPlan = ThreeThirds.plan(Money.ofFen(r), low);
        SourceAmounts highPlan = ThreeThirds.plan(Money.ofFen(r), high);
        assertTrue(highPlan.enterprise().fen() >= lowPlan.enterprise().fen() - 1);
        assertTrue(highPlan.fiscal().fen() <= lowPlan.fiscal().fen() + 1);
    }

    @Property
    void theSocialShareDoesNotDependOnTheEnterpriseRatioBeyondOneFen(@ForAll("fen") long r,
            @ForAll("ratio") Ratio a, @ForAll("ratio") Ratio b) {
        long sa = ThreeThirds.plan(Money.ofFen(r), a).social().fen();
        long sb = ThreeThirds.plan(Money.ofFen(r), b).social().fen();
        assertTrue(Math.abs(sa - sb) <= 1);
        assertTrue(sa == r / 3 || sa == r / 3 + 1);
    }

    @Property
    void bothFormsOfTheRequirementAgreeOrAreAMismatch(@ForAll @LongRange(min = 0, max = 100_000) long workers,
            @ForAll @IntRange(min = 0, max = 36) int months,
            @ForAll @LongRange(min = 0, max = 100_000) long allowance,
            @ForAll @LongRange(min = 0, max = 100_000) long contributions,
            @ForAll @LongRange(min = -2, max = 2) long offset) {
        long computed = workers * months * (allowance + contributions);
        long given = Math.max(0, computed + offset);
        FundingCase c = FundingArbitraries.caseOf(FundingCategory.LOCAL)
                .requirement(Money.ofFen(given))
                .perWorker(PerWorkerCost.of(workers, months, Money.ofFen(allowance), Money.ofFen(contributions)))
                .build();
        FundingOutcome outcome = ThreeThirds.evaluate(c);
        if (given == computed) {
            assertEquals(Money.ofFen(computed), outcome.result().requirement());
        } else {
            assertEquals(List.of(ProblemCode.FUNDING_REQUIREMENT_MISMATCH), codes(outcome.violations()));
        }
    }

    @Property
    void aPerWorkerRequirementBeyondSixtyFourBitsIsAViolationNotAWrap(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long workers,
            @ForAll @LongRange(min = 0, max = 1_000) long months,
            @ForAll("fen") long allowance, @ForAll("fen") long contributions) {
        FundingCase c = FundingArbitraries.caseOf(FundingCategory.CENTRAL)
                .perWorker(PerWorkerCost.of(workers, months, Money.ofFen(allowance), Money.ofFen(contributions)))
                .build();
        BigInteger exact = BigInteger.valueOf(workers).multiply(BigInteger.valueOf(months))
                .multiply(BigInteger.valueOf(allowance).add(BigInteger.valueOf(contributions)));
        FundingOutcome outcome = ThreeThirds.evaluate(c);
        if (exact.bitLength() > 63) {
            assertEquals(List.of(ProblemCode.AMOUNT_OUT_OF_RANGE), codes(outcome.violations()));
        } else {
            assertEquals(exact.longValueExact(), outcome.result().requirement().fen());
        }
    }

    @Provide
    Arbitrary<FundingCase> anyCase() {
        Arbitrary<Long> anyLong = Arbitraries.longs().edgeCases(c -> c.add(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE));
        Arbitrary<Ratio> anyRatio = Combinators.combine(Arbitraries.longs().between(-5, 5), Arbitraries.longs().between(1, 5))
                .as(Ratio::of);
        return Combinators.combine(FundingArbitraries.category(), Arbitraries.of(true, false),
                anyLong.optional(), anyRatio, anyLong, anyLong, anyLong, anyLong)
                .as((category, shougang, r, ratio, e, s, f, arrears) -> {
                    FundingCase.Builder b = FundingArbitraries.caseOf(category).shougangExternal(shougang)
                            .enterpriseRatio(ratio).received(SourceAmounts.ofFen(e, s, f)).uiArrears(Money.ofFen(arrears));
                    r.ifPresent(v -> b.requirement(Money.ofFen(v)));
                    return b.build();
                });
    }

    @Property
    void evaluateIsTotalAndDeterministic(@ForAll("anyCase") FundingCase c) {
        FundingOutcome first = ThreeThirds.evaluate(c);
        assertEquals(first, ThreeThirds.evaluate(c));
        assertEquals(first.isFunded(), ThreeThirds.check(c).isEmpty());
        assertEquals(first.violations(), ThreeThirds.check(c));
        boolean shouldBeValid = !(c.shougangExternal() && c.affiliation() == io.github.baozhang.enterprise.Affiliation.CENTRAL)
                && c.enterpriseRatio().isBetween(Ratio.ZERO, Ratio.TWO_THIRDS)
                && c.requirement().isPresent() && !c.requirement().get().isNegative()
                && !c.received().enterprise().isNegative() && !c.received().social().isNegative()
                && !c.received().fiscal().isNegative() && !c.uiArrears().isNegative();
        assertEquals(shouldBeValid, first.isFunded());
    }

    @Property
    void arrivalRateOfHugeSumsIsExactAndCapped(@ForAll("fen") long received, @ForAll("fen") long plan) {
        BasisPoints rate = ThreeThirds.arrivalRate(BigInteger.valueOf(received), BigInteger.valueOf(plan));
        assertEquals(oracleRate(BigInteger.valueOf(received), BigInteger.valueOf(plan)), rate.value());
    }

    static List<ProblemCode> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).collect(Collectors.toList());
    }
}
