package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

class BasisPointsProperties {

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** A received and a planned amount, up to Long.MAX_VALUE; plan &gt; 0. */
    @Provide
    Arbitrary<long[]> receivedAndPlan() {
        Arbitrary<Long> received = MoneyArbitraries.nonNegativeFen();
        Arbitrary<Long> plan = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, Long.MAX_VALUE)),
                Tuple.of(2, Arbitraries.longs().between(1, 20_000)),
                Tuple.of(1, Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE)));
        Arbitrary<long[]> independent = Combinators.combine(received, plan).as((r, p) -> new long[] {r, p});
        // received close to the plan or to a hundred times the plan: rates near 10000 and the cap
        Arbitrary<long[]> near = Combinators.combine(plan, Arbitraries.of(1L, 100L), Arbitraries.longs().between(-3, 3))
                .as((p, k, d) -> {
                    BigInteger r = BigInteger.valueOf(p).multiply(BigInteger.valueOf(k)).add(BigInteger.valueOf(d));
                    return new long[] {r.max(BigInteger.ZERO).min(LONG_MAX).longValueExact(), p};
                });
        return Arbitraries.frequencyOf(Tuple.of(2, independent), Tuple.of(1, near));
    }

    @Provide
    Arbitrary<Long> caps() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().between(0, Long.MAX_VALUE)),
                Tuple.of(2, Arbitraries.longs().between(0, 20_000)),
                Tuple.of(1, Arbitraries.of(0L, 10_000L, 1_000_000L, Long.MAX_VALUE)));
    }

    private static BigInteger oracle(long received, long plan) {
        return BigInteger.valueOf(received).multiply(TEN_THOUSAND).divide(BigInteger.valueOf(plan));
    }

    @Property
    void floorOfReceivedOverPlanIsTheBigIntegerFloorOrThrows(@ForAll("receivedAndPlan") long[] rp) {
        BigInteger expected = oracle(rp[0], rp[1]);
        Ratio ratio = Ratio.of(rp[0], rp[1]);
        if (expected.compareTo(LONG_MAX) > 0) {
            assertThrows(ArithmeticException.class, () -> BasisPoints.floorOf(ratio));
        } else {
            assertEquals(expected.longValueExact(), BasisPoints.floorOf(ratio).value());
        }
    }

    @Property
    void theCappedFloorIsTheSmallerOfTheFloorAndTheCap(@ForAll("receivedAndPlan") long[] rp, @ForAll("caps") long cap) {
        BigInteger expected = oracle(rp[0], rp[1]).min(BigInteger.valueOf(cap));
        assertEquals(expected.longValueExact(), BasisPoints.floorOf(Ratio.of(rp[0], rp[1]), cap).value());
    }

    @Property
    void floorOfAnyNonNegativeRatioAgreesWithBigDecimal(@ForAll("nonNegativeRatios") Ratio ratio) {
        BigInteger expected = new BigDecimal(ratio.numerator()).multiply(BigDecimal.valueOf(10_000))
                .divide(new BigDecimal(ratio.denominator()), 0, RoundingMode.FLOOR).toBigIntegerExact();
        assertEquals(expected.min(LONG_MAX).longValueExact(), BasisPoints.floorOf(ratio, Long.MAX_VALUE).value());
    }

    @Provide
    Arbitrary<Ratio> nonNegativeRatios() {
        return MoneyArbitraries.anyRatio().map(r -> r.signum() < 0 ? r.negated() : r);
    }

    @Property
    void floorOfToRatioGivesTheSameRateBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long value) {
        BasisPoints rate = BasisPoints.of(value);
        assertEquals(rate, BasisPoints.floorOf(rate.toRatio()));
        assertEquals(BigInteger.valueOf(value), rate.toRatio().multipliedBy(Ratio.of(10_000, 1)).toBigInteger(RoundingMode.UNNECESSARY));
    }

    @Provide
    Arbitrary<Long> rates() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(0, 20_000)),
                Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
    }

    @Property
    void applyToAgreesWithBigDecimal(
            @ForAll("rates") long value, @ForAll("fen") long fen, @ForAll RoundingMode rounding) {
        BasisPoints rate = BasisPoints.of(value);
        BigInteger expected;
        try {
            expected = new BigDecimal(fen).multiply(BigDecimal.valueOf(value)).divide(BigDecimal.valueOf(10_000), 0, rounding)
                    .toBigIntegerExact();
        } catch (ArithmeticException roundingNecessary) {
            assertThrows(ArithmeticException.class, () -> rate.applyTo(Money.ofFen(fen), rounding));
            return;
        }
        if (expected.bitLength() > 63) {
            assertThrows(ArithmeticException.class, () -> rate.applyTo(Money.ofFen(fen), rounding));
        } else {
            assertEquals(expected.longValueExact(), rate.applyTo(Money.ofFen(fen), rounding).fen());
        }
    }

    @Provide
    Arbitrary<Long> fen() {
        return MoneyArbitraries.anyLong();
    }

    @Property
    void compareToIsConsistentWithEqualsAndTheValue(@ForAll("rates") long a, @ForAll("rates") long b) {
        BasisPoints x = BasisPoints.of(a);
        BasisPoints y = BasisPoints.of(b);
        assertEquals(Integer.signum(Long.compare(a, b)), Integer.signum(x.compareTo(y)));
        assertEquals(a == b, x.equals(y));
        assertEquals(x.compareTo(y) == 0, x.equals(y));
        if (a == b) {
            assertEquals(x.hashCode(), y.hashCode());
        }
        assertEquals(a + "bp", x.toString());
    }

    @Property
    void negativeInputsAreRejected(
            @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long negative,
            @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long plan) {
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.of(negative));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(negative, plan)));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(plan, negative)));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(negative, plan), 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> BasisPoints.floorOf(Ratio.of(plan, plan), negative));
    }
}
