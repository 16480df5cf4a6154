package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatioTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern GRAMMAR = Pattern.compile("-?(\\d{1,19})/(\\d{1,19})");

    @Provide
    Arbitrary<Ratio> ratios() {
        return MoneyArbitraries.anyRatio();
    }

    @Provide
    Arbitrary<Long> numerators() {
        return MoneyArbitraries.anyLong();
    }

    @Provide
    Arbitrary<Long> denominators() {
        return MoneyArbitraries.denominators();
    }

    @Provide
    Arbitrary<Long> nonZeroLongs() {
        return MoneyArbitraries.anyLong().filter(l -> l != 0);
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    /**
     * The fraction oracle: the ratio has the value n/d, is in lowest terms and has a positive
     * denominator; checked with BigInteger alone, never with Ratio's own arithmetic.
     */
    private static void assertValue(BigInteger n, BigInteger d, Ratio actual) {
        assertEquals(1, actual.denominator().signum(), () -> "denominator of " + actual);
        assertEquals(BigInteger.ONE, actual.numerator().gcd(actual.denominator()), () -> actual + " not in lowest terms");
        assertEquals(n.multiply(actual.denominator()), actual.numerator().multiply(d), () -> actual + " is not " + n + "/" + d);
    }

    // ---- normal form ---------------------------------------------------------------------

    @Property
    void ofKeepsTheValueInLowestTermsWithAPositiveDenominator(
            @ForAll("numerators") long p, @ForAll("nonZeroLongs") long q) {
        assertValue(big(p), big(q), Ratio.of(p, q));
    }

    @Property
    void equalRatiosFromDifferentTermsAreEqualWithTheSameHashCodeAndText(
            @ForAll("numerators") long p, @ForAll("nonZeroLongs") long q, @ForAll("nonZeroLongs") long k) {
        Ratio lowest = Ratio.of(p, q);
        Ratio scaled = Ratio.of(big(p).multiply(big(k)), big(q).multiply(big(k)));
        assertEquals(lowest, scaled);
        assertEquals(lowest.hashCode(), scaled.hashCode());
        assertEquals(lowest.toString(), scaled.toString());
        assertEquals(0, lowest.compareTo(scaled));
    }

    @Test
    void ofNormalisesSignsAndCommonFactors() {
        assertEquals("1/3", Ratio.of(2, 6).toString());
        assertEquals("-1/3", Ratio.of(1, -3).toString());
        assertEquals("1/3", Ratio.of(-1, -3).toString());
        assertEquals("-1/3", Ratio.of(-2, 6).toString());
        assertEquals("0/1", Ratio.of(0, -5).toString());
        assertEquals("0/1", Ratio.of(0, 7).toString());
        assertEquals("5/1", Ratio.of(5, 1).toString());
        assertEquals("1/1", Ratio.of(Long.MIN_VALUE, Long.MIN_VALUE).toString());
        assertEquals("-1/9223372036854775808", Ratio.of(1, Long.MIN_VALUE).toString());
        assertEquals("-9223372036854775808/1", Ratio.of(Long.MIN_VALUE, 1).toString());
        assertEquals(BigInteger.valueOf(-2), Ratio.of(-2, 6).numerator().multiply(BigInteger.TWO));
        assertEquals(BigInteger.valueOf(3), Ratio.of(-2, 6).denominator());
    }

    @Test
    void constantsAreWhatTheySay() {
        assertEquals(Ratio.of(0, 1), Ratio.ZERO);
        assertEquals(Ratio.of(1, 1), Ratio.ONE);
        assertEquals(Ratio.of(1, 3), Ratio.ONE_THIRD);
        assertEquals(Ratio.of(2, 3), Ratio.TWO_THIRDS);
        assertEquals("0/1", Ratio.ZERO.toString());
        assertEquals("1/1", Ratio.ONE.toString());
        assertEquals("1/3", Ratio.ONE_THIRD.toString());
        assertEquals("2/3", Ratio.TWO_THIRDS.toString());
    }

    @Test
    void aZeroDenominatorIsAnArithmeticException() {
        assertThrows(ArithmeticException.class, () -> Ratio.of(1, 0));
        assertThrows(ArithmeticException.class, () -> Ratio.of(BigInteger.ZERO, BigInteger.ZERO));
        assertEquals("numerator", assertThrows(NullPointerException.class,
                () -> Ratio.of(null, BigInteger.ONE)).getMessage());
        assertEquals("denominator", assertThrows(NullPointerException.class,
                () -> Ratio.of(BigInteger.ONE, null)).getMessage());
    }

    // ---- text ----------------------------------------------------------------------------

    @Property
    void parseOfToStringIsIdentityForLongRangeTerms(
            @ForAll("numerators") long p, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long q) {
        Ratio ratio = Ratio.of(p, q);
        assertEquals(ratio, Ratio.parse(ratio.toString()));
        assertEquals(ratio, Ratio.parse(p + "/" + q));
    }

    @Test
    void parseReadsTheEndsOfTheLongRange() {
        assertEquals(Ratio.of(Long.MIN_VALUE, 1), Ratio.parse("-9223372036854775808/1"));
        assertEquals(Ratio.of(Long.MIN_VALUE, Long.MAX_VALUE), Ratio.parse("-9223372036854775808/9223372036854775807"));
        assertEquals(Ratio.of(Long.MAX_VALUE, 1), Ratio.parse("9223372036854775807/1"));
        assertEquals(Ratio.ONE, Ratio.parse("9223372036854775807/9223372036854775807"));
        assertEquals(Ratio.ONE_THIRD, Ratio.parse("0000000000000000001/0000000000000000003"));
        assertEquals(Ratio.ONE_THIRD, Ratio.parse("2/6"));
        assertEquals(Ratio.ZERO, Ratio.parse("-0/1"));
        assertEquals(Ratio.of(-1, 3), Ratio.parse(new StringBuilder("-1/3")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "/", "1", "-1", "/3", "1/", "-/3", "a/b", "1/b", "a/3", "1/0", "0/0", "-1/0", "1/-3", "-1/-3",
        "+1/3", "1/+3", "--1/3", " 1/3", "1/3 ", "1 /3", "1/ 3", "1//3", "1/2/3", "1.5/3", "1/3.0", "1e3/1",
        "\uFF11/3", "1/\uFF13", "1\u22153",
        "12345678901234567890/1", "1/12345678901234567890", "00000000000000000001/1", "1/00000000000000000003",
        "9223372036854775808/1", "1/9223372036854775808", "-9223372036854775809/1", "9999999999999999999/1",
    })
    void parseRejectsWhatIsNotPSlashQWithRatioMalformed(String text) {
        Parsed<Ratio> checked = Ratio.check(text);
        assertFalse(checked.isValid(), text);
        assertEquals(ProblemCode.RATIO_MALFORMED, checked.code().orElseThrow());
        assertEquals(Map.of("value", text), checked.arguments());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Ratio.parse(text));
        assertEquals(ProblemCode.RATIO_MALFORMED, e.code());
        assertEquals(Map.of("value", text), e.arguments());
    }

    @Property
    void checkNeverThrowsOnArbitraryText(@ForAll String text) {
        Parsed<Ratio> checked = Ratio.check(text);
        if (!checked.isValid()) {
            assertEquals(ProblemCode.RATIO_MALFORMED, checked.code().orElseThrow());
        }
    }

    @Provide
    Arbitrary<String> ratioLikeText() {
        Arbitrary<String> fromAlphabet = Arbitraries.strings().withChars("0123456789-/+ ").ofMaxLength(44);
        Arbitrary<String> bound = Arbitraries.bigIntegers().between(LONG_MIN.subtract(big(3)), LONG_MAX.add(big(3)))
                .map(BigInteger::toString);
        Arbitrary<String> small = Arbitraries.longs().between(-3, 3).map(String::valueOf);
        Arbitrary<String> part = Arbitraries.oneOf(bound, small, MoneyArbitraries.anyLong().map(String::valueOf));
        Arbitrary<String> pq = part.list().ofSize(2).map(l -> l.get(0) + "/" + l.get(1));
        return Arbitraries.frequencyOf(Tuple.of(1, fromAlphabet), Tuple.of(3, pq));
    }

    @Property
    void checkAcceptsExactlyTheGrammarWithinTheLongRange(@ForAll("ratioLikeText") String text) {
        Parsed<Ratio> checked = Ratio.check(text);
        var m = GRAMMAR.matcher(text);
        if (!m.matches()) {
            assertFalse(checked.isValid(), text);
            return;
        }
        BigInteger p = new BigInteger(text.substring(0, text.indexOf('/')));
        BigInteger q = new BigInteger(m.group(2));
        boolean inRange = p.compareTo(LONG_MIN) >= 0 && p.compareTo(LONG_MAX) <= 0 && q.compareTo(LONG_MAX) <= 0;
        if (inRange && q.signum() > 0) {
            assertValue(p, q, checked.value());
        } else {
            assertFalse(checked.isValid(), text);
        }
    }

    @Test
    void parseRequiresText() {
        assertEquals("text", assertThrows(NullPointerException.class, () -> Ratio.parse(null)).getMessage());
    }

    // ---- field laws against the BigInteger fraction oracle --------------------------------

    @Property
    void plusAgreesWithTheFractionOracle(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        BigInteger n = a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator()));
        assertValue(n, a.denominator().multiply(b.denominator()), a.plus(b));
    }

    @Property
    void minusAgreesWithTheFractionOracle(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        BigInteger n = a.numerator().multiply(b.denominator()).subtract(b.numerator().multiply(a.denominator()));
        assertValue(n, a.denominator().multiply(b.denominator()), a.minus(b));
    }

    @Property
    void multipliedByAgreesWithTheFractionOracle(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        assertValue(a.numerator().multiply(b.numerator()), a.denominator().multiply(b.denominator()), a.multipliedBy(b));
    }

    @Property
    void negatedAgreesWithTheFractionOracle(@ForAll("ratios") Ratio a) {
        assertValue(a.numerator().negate(), a.denominator(), a.negated());
        assertEquals(a, a.negated().negated());
    }

    @Property
    void plusIsCommutative(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        assertEquals(a.plus(b), b.plus(a));
    }

    @Property
    void plusIsAssociative(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b, @ForAll("ratios") Ratio c) {
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
    }

    @Property
    void zeroIsTheIdentityOfPlusAndOneOfMultipliedBy(@ForAll("ratios") Ratio a) {
        assertEquals(a, a.plus(Ratio.ZERO));
        assertEquals(a, Ratio.ZERO.plus(a));
        assertEquals(a, a.multipliedBy(Ratio.ONE));
        assertEquals(Ratio.ZERO, a.multipliedBy(Ratio.ZERO));
    }

    @Property
    void minusIsTheInverseOfPlus(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        assertEquals(a, a.plus(b).minus(b));
        assertEquals(Ratio.ZERO, a.minus(a));
        assertEquals(Ratio.ZERO, a.plus(a.negated()));
    }

    @Property
    void multiplicationDistributesOverAddition(
            @ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b, @ForAll("ratios") Ratio c) {
        assertEquals(a.multipliedBy(b.plus(c)), a.multipliedBy(b).plus(a.multipliedBy(c)));
        assertEquals(a.multipliedBy(b), b.multipliedBy(a));
    }

    @Test
    void arithmeticRequiresTheOtherRatio() {
        assertEquals("other", assertThrows(NullPointerException.class, () -> Ratio.ONE.plus(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> Ratio.ONE.minus(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> Ratio.ONE.multipliedBy(null)).getMessage());
    }

    @Test
    void theThreeThirdsSumToOne() {
        assertEquals(Ratio.ONE, Ratio.ONE_THIRD.plus(Ratio.ONE_THIRD).plus(Ratio.ONE_THIRD));
        assertEquals(Ratio.TWO_THIRDS, Ratio.ONE.minus(Ratio.ONE_THIRD));
        assertEquals(Ratio.of(1, 9), Ratio.ONE_THIRD.multipliedBy(Ratio.ONE_THIRD));
        assertEquals(Ratio.of(-1, 3), Ratio.ONE_THIRD.negated());
    }

    // ---- order ---------------------------------------------------------------------------

    @Property
    void compareToAgreesWithCrossMultiplicationAndEquals(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio b) {
        int expected = a.numerator().multiply(b.denominator()).compareTo(b.numerator().multiply(a.denominator()));
        assertEquals(expected, Integer.signum(a.compareTo(b)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        if (a.equals(b)) {
            assertEquals(a.hashCode(), b.hashCode());
        }
    }

    @Property
    void signumIsTheSignOfTheValue(@ForAll("ratios") Ratio a) {
        assertEquals(a.compareTo(Ratio.ZERO), a.signum());
        assertEquals(a.numerator().signum(), a.signum());
    }

    @Property
    void isBetweenIsInclusiveOnBothEnds(@ForAll("ratios") Ratio a, @ForAll("ratios") Ratio min, @ForAll("ratios") Ratio max) {
        assertEquals(a.compareTo(min) >= 0 && a.compareTo(max) <= 0, a.isBetween(min, max));
        assertTrue(a.isBetween(a, a));
    }

    @Test
    void isBetweenTheEnterpriseRatioBounds() {
        assertTrue(Ratio.ZERO.isBetween(Ratio.ZERO, Ratio.TWO_THIRDS));
        assertTrue(Ratio.TWO_THIRDS.isBetween(Ratio.ZERO, Ratio.TWO_THIRDS));
        assertTrue(Ratio.ONE_THIRD.isBetween(Ratio.ZERO, Ratio.TWO_THIRDS));
        assertFalse(Ratio.of(-1, 1000).isBetween(Ratio.ZERO, Ratio.TWO_THIRDS));
        assertFalse(Ratio.of(2001, 3000).isBetween(Ratio.ZERO, Ratio.TWO_THIRDS));
        assertFalse(Ratio.ONE.isBetween(Ratio.TWO_THIRDS, Ratio.ONE_THIRD));
        assertTrue(Ratio.of(-1, 2).compareTo(Ratio.of(-1, 3)) < 0);
        assertTrue(Ratio.of(1, 2).compareTo(Ratio.of(1, 3)) > 0);
        assertEquals(0, Ratio.of(2, 4).compareTo(Ratio.of(1, 2)));
    }

    @Test
    void equalsComparesValuesNotInstances() {
        Ratio half = Ratio.of(1, 2);
        assertEquals(half, half);
        assertEquals(half, Ratio.parse("3/6"));
        assertNotEquals(half, Ratio.of(1, 3));
        assertNotEquals(half, Ratio.of(2, 3));
        assertNotEquals(half, Ratio.of(-1, 2));
        assertNotEquals(half, "1/2");
        assertNotEquals(half, null);
        assertSame(Ratio.ONE, Ratio.ONE);
    }

    @Test
    void distinctSmallRatiosSpreadOverDistinctHashCodes() {
        Set<Ratio> ratios = new HashSet<>();
        Set<Integer> hashes = new HashSet<>();
        for (long p = 0; p <= 20; p++) {
            for (long q = 1; q <= 20; q++) {
                Ratio r = Ratio.of(p, q);
                if (ratios.add(r)) {
                    hashes.add(r.hashCode());
                }
            }
        }
        assertEquals(ratios.size(), hashes.size());
    }

    // ---- rounding ------------------------------------------------------------------------

    @Property
    void toBigIntegerAgreesWithBigDecimalForEveryRoundingMode(@ForAll("ratios") Ratio a, @ForAll RoundingMode rounding) {
        BigDecimal exact = new BigDecimal(a.numerator());
        BigInteger expected;
        try {
            expected = exact.divide(new BigDecimal(a.denominator()), 0, rounding).toBigIntegerExact();
        } catch (ArithmeticException roundingNecessary) {
            assertThrows(ArithmeticException.class, () -> a.toBigInteger(rounding));
            return;
        }
        assertEquals(expected, a.toBigInteger(rounding), a + " " + rounding);
    }

    @Test
    void toBigIntegerRoundsHalvesAndNegativesAsBigDecimalDoes() {
        // value:            5/2  -5/2  3/2  -3/2  1/2  -1/2  7/3  -7/3  -5/3  4/1  -4/1
        check(RoundingMode.UP,        3, -3, 2, -2, 1, -1, 3, -3, -2, 4, -4);
        check(RoundingMode.DOWN,      2, -2, 1, -1, 0, 0, 2, -2, -1, 4, -4);
        check(RoundingMode.CEILING,   3, -2, 2, -1, 1, 0, 3, -2, -1, 4, -4);
        check(RoundingMode.FLOOR,     2, -3, 1, -2, 0, -1, 2, -3, -2, 4, -4);
        check(RoundingMode.HALF_UP,   3, -3, 2, -2, 1, -1, 2, -2, -2, 4, -4);
        check(RoundingMode.HALF_DOWN, 2, -2, 1, -1, 0, 0, 2, -2, -2, 4, -4);
        check(RoundingMode.HALF_EVEN, 2, -2, 2, -2, 0, 0, 2, -2, -2, 4, -4);
        assertEquals(BigInteger.valueOf(4), Ratio.of(4, 1).toBigInteger(RoundingMode.UNNECESSARY));
        assertEquals(BigInteger.valueOf(-4), Ratio.of(-8, 2).toBigInteger(RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class, () -> Ratio.of(5, 2).toBigInteger(RoundingMode.UNNECESSARY));
        assertThrows(ArithmeticException.class, () -> Ratio.of(-1, 3).toBigInteger(RoundingMode.UNNECESSARY));
    }

    private static void check(RoundingMode rounding, long... expected) {
        Ratio[] values = {
            Ratio.of(5, 2), Ratio.of(-5, 2), Ratio.of(3, 2), Ratio.of(-3, 2), Ratio.of(1, 2), Ratio.of(-1, 2),
            Ratio.of(7, 3), Ratio.of(-7, 3), Ratio.of(-5, 3), Ratio.of(4, 1), Ratio.of(-4, 1),
        };
        for (int i = 0; i < values.length; i++) {
            assertEquals(BigInteger.valueOf(expected[i]), values[i].toBigInteger(rounding), values[i] + " " + rounding);
        }
    }
}
