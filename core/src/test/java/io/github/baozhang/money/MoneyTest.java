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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MoneyTest {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern FORMAT = Pattern.compile("-?\\d+\\.\\d\\d");
    /** The grammar of {@link Money#parse}, ASCII digits only ({@code \d} is ASCII in Java). */
    private static final Pattern GRAMMAR = Pattern.compile("-?\\d+(\\.\\d{1,2})?");

    @Provide
    Arbitrary<Long> fen() {
        return MoneyArbitraries.anyLong();
    }

    @Provide
    Arbitrary<Money> amounts() {
        return MoneyArbitraries.amounts();
    }

    @Provide
    Arbitrary<Long> factors() {
        return MoneyArbitraries.factors();
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return MoneyArbitraries.anyRatio();
    }

    /** The result the BigInteger oracle predicts: the amount, or an ArithmeticException. */
    private static void assertAgrees(BigInteger exact, Supplier<Money> actual) {
        if (exact.compareTo(LONG_MIN) < 0 || exact.compareTo(LONG_MAX) > 0) {
            assertThrows(ArithmeticException.class, actual::get, "expected overflow of " + exact);
        } else {
            assertEquals(exact.longValueExact(), actual.get().fen());
        }
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }

    // ---- text ----------------------------------------------------------------------------

    @Test
    void toStringWritesYuanWithTwoDecimals() {
        assertEquals("1234.56", Money.ofFen(123_456).toString());
        assertEquals("0.00", Money.ofFen(0).toString());
        assertEquals("0.05", Money.ofFen(5).toString());
        assertEquals("-0.05", Money.ofFen(-5).toString());
        assertEquals("0.10", Money.ofFen(10).toString());
        assertEquals("-0.99", Money.ofFen(-99).toString());
        assertEquals("-1.00", Money.ofFen(-100).toString());
        assertEquals("92233720368547758.07", Money.ofFen(Long.MAX_VALUE).toString());
        assertEquals("-92233720368547758.08", Money.ofFen(Long.MIN_VALUE).toString());
    }

    @Property
    void toStringIsMinusDigitsPointTwoDigitsWithTheExactValue(@ForAll("fen") long fen) {
        String text = Money.ofFen(fen).toString();
        assertTrue(FORMAT.matcher(text).matches(), text);
        assertEquals(BigDecimal.valueOf(fen, 2), new BigDecimal(text));
    }

    @Property
    void parseOfToStringIsIdentityOverAllLongs(@ForAll("fen") long fen) {
        Money money = Money.ofFen(fen);
        assertEquals(money, Money.parse(money.toString()));
    }

    @Test
    void parseOfToStringIsIdentityAtTheEndsOfTheRange() {
        for (long fen : new long[] {Long.MIN_VALUE, Long.MIN_VALUE + 1, -1, 0, 1, Long.MAX_VALUE - 1, Long.MAX_VALUE}) {
            assertEquals(fen, Money.parse(Money.ofFen(fen).toString()).fen());
        }
    }

    @Test
    void parseReadsIntegersAndOneOrTwoDecimals() {
        assertEquals(700, Money.parse("7").fen());
        assertEquals(123_450, Money.parse("1234.5").fen());
        assertEquals(123_456, Money.parse("1234.56").fen());
        assertEquals(-5, Money.parse("-0.05").fen());
        assertEquals(-50, Money.parse("-0.5").fen());
        assertEquals(710, Money.parse("007.10").fen());
        assertEquals(Money.zero(), Money.parse("-0"));
        assertEquals(Money.zero(), Money.parse("-0.00"));
        assertEquals(1, Money.parse(new StringBuilder("0.01")).fen());
    }

    @Test
    void parseAcceptsTheEndsOfTheRangeAndRejectsOneFenBeyond() {
        assertEquals(Long.MAX_VALUE, Money.parse("92233720368547758.07").fen());
        assertEquals(Long.MIN_VALUE, Money.parse("-92233720368547758.08").fen());
        assertMalformed("92233720368547758.08", "range");
        assertMalformed("-92233720368547758.09", "range");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("", "digits"),
                Arguments.of("-", "digits"),
                Arguments.of("abc", "digits"),
                Arguments.of(".5", "digits"),
                Arguments.of("-.5", "digits"),
                Arguments.of("+1", "digits"),
                Arguments.of(" 1", "digits"),
                Arguments.of("\uFF11", "digits"), // full-width １
                Arguments.of("--1", "digits"),
                Arguments.of("1 ", "character"),
                Arguments.of("1e3", "character"),
                Arguments.of("1,000", "character"),
                Arguments.of("1\uFF10", "character"), // full-width ０ after an ASCII digit
                Arguments.of("1-", "character"),
                Arguments.of("1.2.3", "character"),
                Arguments.of("1.23x", "character"),
                Arguments.of("1.", "decimals"),
                Arguments.of("1.x", "decimals"),
                Arguments.of("1.234", "decimals"),
                Arguments.of("-0.001", "decimals"),
                Arguments.of("-92233720368547758.080", "decimals"),
                // out of range, in each of the three places where digits are taken in
                Arguments.of("922337203685477580", "range"),
                Arguments.of("92233720368547758.1", "range"),
                Arguments.of("922337203685477580.7", "range"),
                Arguments.of("92233720368547758.08", "range"),
                Arguments.of("-92233720368547758.09", "range"),
                Arguments.of("-92233720368547758.1", "range"),
                Arguments.of("99999999999999999999999999", "range"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void parseRejectsMalformedTextWithTheCodeAndTheReason(String text, String reason) {
        assertMalformed(text, reason);
    }

    private static void assertMalformed(String text, String reason) {
        Parsed<Money> checked = Money.check(text);
        assertFalse(checked.isValid(), text);
        assertEquals(ProblemCode.AMOUNT_MALFORMED, checked.code().orElseThrow());
        assertEquals(Map.of("value", text, "reason", reason), checked.arguments(), text);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Money.parse(text));
        assertEquals(ProblemCode.AMOUNT_MALFORMED, e.code());
        assertEquals(Map.of("value", text, "reason", reason), e.arguments());
    }

    @Property
    void checkNeverThrowsOnArbitraryText(@ForAll String text) {
        Parsed<Money> checked = Money.check(text);
        if (!checked.isValid()) {
            assertEquals(ProblemCode.AMOUNT_MALFORMED, checked.code().orElseThrow());
            assertEquals(text, checked.arguments().get("value"));
            assertFalse(checked.arguments().get("reason").isEmpty());
        }
    }

    @Provide
    Arbitrary<String> amountLikeText() {
        Arbitrary<String> fromAlphabet = Arbitraries.strings().withChars("0123456789-.+e \uFF11").ofMaxLength(24);
        Arbitrary<String> digitsAndPoint = Arbitraries.strings().withChars("0123456789.").ofMaxLength(24);
        Arbitrary<String> nearTheEnds = Arbitraries.bigIntegers()
                .between(LONG_MIN.subtract(big(2_000)), LONG_MAX.add(big(2_000)))
                .flatMap(fen -> Arbitraries.integers().between(0, 3)
                        .map(scale -> scaledText(fen, scale)));
        Arbitrary<String> anyFen = MoneyArbitraries.anyLong()
                .flatMap(fen -> Arbitraries.integers().between(0, 3).map(scale -> scaledText(big(fen), scale)));
        return Arbitraries.frequencyOf(
                Tuple.of(2, fromAlphabet), Tuple.of(2, digitsAndPoint), Tuple.of(3, nearTheEnds), Tuple.of(2, anyFen));
    }

    /** fen as yuan with the given number of decimals, rounded down in magnitude. */
    private static String scaledText(BigInteger fen, int decimals) {
        return new BigDecimal(fen).movePointLeft(2).setScale(decimals, RoundingMode.DOWN).toPlainString();
    }

    @Property
    void checkAcceptsExactlyTheGrammarWithinTheRange(@ForAll("amountLikeText") String text) {
        Parsed<Money> checked = Money.check(text);
        boolean grammatical = GRAMMAR.matcher(text).matches();
        if (!grammatical) {
            assertFalse(checked.isValid(), text);
            return;
        }
        BigInteger fen = new BigDecimal(text).movePointRight(2).toBigIntegerExact();
        if (fen.compareTo(LONG_MIN) < 0 || fen.compareTo(LONG_MAX) > 0) {
            assertEquals("range", checked.arguments().get("reason"), text);
        } else {
            assertEquals(fen.longValueExact(), checked.value().fen(), text);
        }
    }

    @Test
    void parseRequiresText() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Money.parse(null));
        assertEquals("yuan", e.getMessage());
    }

    // ---- factories -----------------------------------------------------------------------

    @Test
    void zeroIsOfFenZero() {
        assertSame(Money.zero(), Money.ofFen(0));
        assertTrue(Money.zero().isZero());
        assertEquals(0, Money.zero().fen());
    }

    @Property
    void ofYuanIsAHundredFenOrThrows(@ForAll("fen") long yuan) {
        assertAgrees(big(yuan).multiply(big(100)), () -> Money.ofYuan(yuan));
    }

    @Test
    void ofYuanThrowsJustBeyondTheRange() {
        assertEquals(Long.MAX_VALUE / 100 * 100, Money.ofYuan(Long.MAX_VALUE / 100).fen());
        assertThrows(ArithmeticException.class, () -> Money.ofYuan(Long.MAX_VALUE / 100 + 1));
        assertEquals(Long.MIN_VALUE / 100 * 100, Money.ofYuan(Long.MIN_VALUE / 100).fen());
        assertThrows(ArithmeticException.class, () -> Money.ofYuan(Long.MIN_VALUE / 100 - 1));
    }

    // ---- arithmetic ----------------------------------------------------------------------

    @Property
    void plusAgreesWithBigIntegerAndNeverWraps(@ForAll("fen") long a, @ForAll("fen") long b) {
        assertAgrees(big(a).add(big(b)), () -> Money.ofFen(a).plus(Money.ofFen(b)));
    }

    @Property
    void minusAgreesWithBigIntegerAndNeverWraps(@ForAll("fen") long a, @ForAll("fen") long b) {
        assertAgrees(big(a).subtract(big(b)), () -> Money.ofFen(a).minus(Money.ofFen(b)));
    }

    @Property
    void multipliedByAgreesWithBigIntegerAndNeverWraps(@ForAll("fen") long a, @ForAll("factors") long factor) {
        assertAgrees(big(a).multiply(big(factor)), () -> Money.ofFen(a).multipliedBy(factor));
    }

    @Property
    void negatedAgreesWithBigInteger(@ForAll("fen") long a) {
        assertAgrees(big(a).negate(), () -> Money.ofFen(a).negated());
    }

    @Test
    void arithmeticThrowsOneFenBeyondEachEnd() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        Money min = Money.ofFen(Long.MIN_VALUE);
        Money one = Money.ofFen(1);
        assertThrows(ArithmeticException.class, () -> max.plus(one));
        assertThrows(ArithmeticException.class, () -> min.minus(one));
        assertThrows(ArithmeticException.class, () -> min.negated());
        assertThrows(ArithmeticException.class, () -> min.multipliedBy(-1));
        assertThrows(ArithmeticException.class, () -> Money.ofFen(Long.MAX_VALUE / 2 + 1).multipliedBy(2));
        assertEquals(Long.MAX_VALUE, min.plus(one).negated().fen());
        assertEquals(Long.MIN_VALUE, max.negated().minus(one).fen());
    }

    @Test
    void anOperationThatChangesNothingReturnsTheSameInstance() {
        Money amount = Money.ofFen(1234);
        assertSame(amount, amount.plus(Money.zero()));
        assertSame(amount, amount.minus(Money.zero()));
        assertSame(amount, amount.multipliedBy(1));
        assertEquals(Money.ofFen(1235), amount.plus(Money.ofFen(1)));
        assertEquals(Money.ofFen(1233), amount.minus(Money.ofFen(1)));
        assertEquals(Money.ofFen(2468), amount.multipliedBy(2));
        assertEquals(Money.ofFen(-1234), amount.multipliedBy(-1));
        assertEquals(Money.zero(), amount.multipliedBy(0));
    }

    @Property
    void multipliedByRatioAgreesWithBigDecimalForEveryRoundingMode(
            @ForAll("fen") long fen, @ForAll("ratios") Ratio ratio, @ForAll RoundingMode rounding) {
        BigDecimal exact = new BigDecimal(big(fen).multiply(ratio.numerator()));
        BigInteger expected;
        try {
            expected = exact.divide(new BigDecimal(ratio.denominator()), 0, rounding).toBigIntegerExact();
        } catch (ArithmeticException roundingNecessary) {
            assertThrows(ArithmeticException.class, () -> Money.ofFen(fen).multipliedBy(ratio, rounding));
            return;
        }
        assertAgrees(expected, () -> Money.ofFen(fen).multipliedBy(ratio, rounding));
    }

    @Test
    void multipliedByRatioRoundsAsTold() {
        Money hundred = Money.ofFen(100);
        assertEquals(33, hundred.multipliedBy(Ratio.ONE_THIRD, RoundingMode.FLOOR).fen());
        assertEquals(34, hundred.multipliedBy(Ratio.ONE_THIRD, RoundingMode.CEILING).fen());
        assertEquals(67, hundred.multipliedBy(Ratio.TWO_THIRDS, RoundingMode.HALF_EVEN).fen());
        assertEquals(-34, hundred.negated().multipliedBy(Ratio.ONE_THIRD, RoundingMode.FLOOR).fen());
        assertEquals(2, Money.ofFen(5).multipliedBy(Ratio.of(1, 2), RoundingMode.HALF_EVEN).fen());
        assertEquals(3, Money.ofFen(5).multipliedBy(Ratio.of(1, 2), RoundingMode.HALF_UP).fen());
        assertEquals(50, hundred.multipliedBy(Ratio.of(1, 2), RoundingMode.UNNECESSARY).fen());
        assertThrows(ArithmeticException.class, () -> hundred.multipliedBy(Ratio.ONE_THIRD, RoundingMode.UNNECESSARY));
        // the intermediate product exceeds 64 bits, the result does not
        assertEquals(Long.MAX_VALUE, Money.ofFen(Long.MAX_VALUE).multipliedBy(Ratio.of(7, 7), RoundingMode.UNNECESSARY).fen());
        assertEquals(Long.MAX_VALUE / 3 * 2 + 1,
                Money.ofFen(Long.MAX_VALUE).multipliedBy(Ratio.TWO_THIRDS, RoundingMode.HALF_UP).fen());
        assertThrows(ArithmeticException.class,
                () -> Money.ofFen(Long.MAX_VALUE).multipliedBy(Ratio.of(3, 2), RoundingMode.DOWN));
    }

    @Test
    void multipliedByRatioRequiresRatioAndRounding() {
        Money one = Money.ofFen(1);
        assertEquals("ratio", assertThrows(NullPointerException.class,
                () -> one.multipliedBy(null, RoundingMode.DOWN)).getMessage());
        assertEquals("rounding", assertThrows(NullPointerException.class,
                () -> one.multipliedBy(Ratio.ONE, null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> one.plus(null)).getMessage());
        assertEquals("other", assertThrows(NullPointerException.class, () -> one.minus(null)).getMessage());
    }

    // ---- total ---------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Long>> fenLists() {
        Arbitrary<Long> nearTheEnds = Arbitraries.frequencyOf(
                Tuple.of(2, MoneyArbitraries.anyLong()),
                Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 1L, -1L)));
        return nearTheEnds.list().ofMaxSize(8);
    }

    @Property
    void totalIsTheBigIntegerSumOrThrows(@ForAll("fenLists") List<Long> fens) {
        List<Money> amounts = new ArrayList<>();
        BigInteger sum = BigInteger.ZERO;
        for (long fen : fens) {
            amounts.add(Money.ofFen(fen));
            sum = sum.add(big(fen));
        }
        assertAgrees(sum, () -> Money.total(amounts));
    }

    @Test
    void totalOfNothingIsZero() {
        assertEquals(Money.zero(), Money.total(List.of()));
    }

    @Test
    void totalThrowsOnlyWhenTheSumLeavesTheRangeNotWhenARunningSumDoes() {
        Money max = Money.ofFen(Long.MAX_VALUE);
        Money min = Money.ofFen(Long.MIN_VALUE);
        Money one = Money.ofFen(1);
        Money minusOne = Money.ofFen(-1);
        assertEquals(max, Money.total(List.of(max, one, minusOne)));
        assertEquals(min, Money.total(List.of(min, minusOne, one)));
        assertEquals(Money.ofFen(-1), Money.total(List.of(max, max, min, min, one)));
        assertThrows(ArithmeticException.class, () -> Money.total(List.of(max, one)));
        assertThrows(ArithmeticException.class, () -> Money.total(List.of(min, minusOne)));
        assertThrows(ArithmeticException.class, () -> Money.total(List.of(max, one, one, minusOne)));
    }

    @Test
    void totalRequiresAmounts() {
        assertEquals("amounts", assertThrows(NullPointerException.class, () -> Money.total(null)).getMessage());
    }

    // ---- comparison ----------------------------------------------------------------------

    @Property
    void compareToIsConsistentWithEqualsAndTheOrderOfFen(@ForAll("amounts") Money a, @ForAll("amounts") Money b) {
        assertEquals(Long.signum(Long.compare(a.fen(), b.fen())), Integer.signum(a.compareTo(b)));
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        assertEquals(-Integer.signum(a.compareTo(b)), Integer.signum(b.compareTo(a)));
        if (a.equals(b)) {
            assertEquals(a.hashCode(), b.hashCode());
        }
        assertEquals(Math.max(a.fen(), b.fen()), a.max(b).fen());
        assertEquals(Math.min(a.fen(), b.fen()), a.min(b).fen());
    }

    @Test
    void equalAmountsAreEqualWhicheverWayTheyWereMade() {
        Money a = Money.ofFen(12_300);
        assertEquals(a, Money.ofYuan(123));
        assertEquals(a, Money.parse("123"));
        assertEquals(a.hashCode(), Money.parse("123.00").hashCode());
        assertEquals(a, a);
        assertNotEquals(a, Money.ofFen(12_301));
        assertNotEquals(a, 12_300L);
        assertNotEquals(a, null);
    }

    @Test
    void distinctAmountsSpreadOverDistinctHashCodes() {
        Set<Integer> hashes = new HashSet<>();
        // Long.hashCode folds -n onto n - 1, so the spread is checked on one side of zero.
        for (long fen = 0; fen <= 1000; fen++) {
            hashes.add(Money.ofFen(fen).hashCode());
        }
        assertEquals(1001, hashes.size());
    }

    @Test
    void signPredicatesTellNegativeZeroAndPositiveApart() {
        Money minusOne = Money.ofFen(-1);
        Money zero = Money.zero();
        Money one = Money.ofFen(1);
        assertTrue(minusOne.isNegative());
        assertFalse(minusOne.isZero());
        assertFalse(minusOne.isPositive());
        assertFalse(zero.isNegative());
        assertTrue(zero.isZero());
        assertFalse(zero.isPositive());
        assertFalse(one.isNegative());
        assertFalse(one.isZero());
        assertTrue(one.isPositive());
        assertTrue(Money.ofFen(Long.MIN_VALUE).isNegative());
        assertTrue(Money.ofFen(Long.MAX_VALUE).isPositive());
    }

    /** STYLE.md: an operation that changes nothing returns this. */
    @Test
    void maxAndMinOfEqualAmountsReturnThis() {
        Money a = Money.ofFen(42);
        Money b = Money.parse("0.42");
        assertSame(a, a.max(b));
        assertSame(a, a.min(b));
        assertSame(b, b.max(a));
        assertSame(b, b.min(a));
    }

    @Test
    void maxAndMinPickTheLargerAndTheSmaller() {
        Money small = Money.ofFen(-3);
        Money large = Money.ofFen(7);
        assertSame(large, small.max(large));
        assertSame(large, large.max(small));
        assertSame(small, small.min(large));
        assertSame(small, large.min(small));
    }
}
