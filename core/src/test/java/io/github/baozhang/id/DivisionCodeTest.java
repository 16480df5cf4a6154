package io.github.baozhang.id;

import static io.github.baozhang.id.CitizenIdTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    // ---- shapes ----

    @Test
    void aProvinceIsPP0000() {
        DivisionCode hebei = code("130000");
        assertEquals(DivisionLevel.PROVINCE, hebei.level());
        assertSame(hebei, hebei.province());
        assertEquals(Optional.empty(), hebei.prefecture());
        assertEquals(130000, hebei.toInt());
    }

    @Test
    void aPrefectureIsPPCC00() {
        for (String text : new String[] {"130100", "222400", "232700"}) {
            DivisionCode prefecture = code(text);
            assertEquals(DivisionLevel.PREFECTURE, prefecture.level());
            assertEquals(Optional.of(prefecture), prefecture.prefecture());
            assertEquals(code(text.substring(0, 2) + "0000"), prefecture.province());
        }
    }

    @Test
    void aCountyHasItsPrefectureAndProvince() {
        DivisionCode chaoyang = code("110105");
        assertEquals(DivisionLevel.COUNTY, chaoyang.level());
        assertEquals(Optional.of(code("110100")), chaoyang.prefecture());
        assertEquals(code("110000"), chaoyang.province());
        assertEquals("110105", chaoyang.toString());
    }

    @Test
    void aCountyDirectlyUnderItsProvinceHasNoPrefecture() {
        DivisionCode danzhou = code("460003");
        assertEquals(DivisionLevel.COUNTY, danzhou.level());
        assertEquals(Optional.empty(), danzhou.prefecture());
        assertEquals(code("460000"), danzhou.province());
    }

    @Test
    void isWithinFollowsTheCode() {
        assertTrue(code("110105").isWithin(code("110000")));
        assertTrue(code("110105").isWithin(code("110100")));
        assertTrue(code("110105").isWithin(code("110105")));
        assertFalse(code("110105").isWithin(code("120000")));
        assertFalse(code("110105").isWithin(code("110200")));
        assertFalse(code("110100").isWithin(code("110105")));
        assertFalse(code("110000").isWithin(code("110100")));
        assertFalse(code("500101").isWithin(code("510000")));
        assertTrue(code("460003").isWithin(code("460000")));
        assertThrows(NullPointerException.class, () -> code("110105").isWithin(null));
    }

    @Test
    void valueSemantics() {
        assertEquals(code("110105"), DivisionCode.parse(new StringBuilder("110105")));
        assertEquals(code("110105").hashCode(), code("110105").hashCode());
        assertNotEquals(code("110105"), code("110106"));
        assertNotEquals(code("110105"), "110105");
        assertTrue(code("110105").compareTo(code("120000")) < 0);
    }

    // ---- the error path ----

    @ParameterizedTest
    @ValueSource(strings = {"", "11010", "1101050", "11010a", "000000", "990000", "100000", "700000", "830000",
            " 110105", "110105 ", "\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15", "-11010"})
    void rejectsWhatIsNotSixDigitsWithAProvincePrefix(String text) {
        assertProblem(DivisionCode.check(text), ProblemCode.DIVISION_CODE_FORMAT, Map.of("value", text));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> DivisionCode.parse(text));
        assertEquals(ProblemCode.DIVISION_CODE_FORMAT, e.code());
    }

    @Test
    void acceptsEveryProvincePrefixAndNoOther() {
        Set<String> accepted = new HashSet<>();
        for (int p = 0; p < 100; p++) {
            String text = String.format("%02d0000", p);
            if (DivisionCode.check(text).isValid()) {
                accepted.add(text.substring(0, 2));
            }
        }
        assertEquals(new HashSet<>(IdArbitraries.PROVINCE_PREFIXES), accepted);
    }

    // ---- properties ----

    @Property
    void roundTripsThroughItsText(@ForAll("codes") String text) {
        DivisionCode code = DivisionCode.parse(text);
        assertEquals(text, code.toString());
        assertEquals(Integer.parseInt(text), code.toInt());
        assertEquals(code, DivisionCode.parse(code.toString()));
    }

    @Property
    void hierarchyLaws(@ForAll("codes") String text) {
        DivisionCode x = DivisionCode.parse(text);
        DivisionCode province = x.province();
        assertEquals(DivisionLevel.PROVINCE, province.level());
        assertEquals(province, province.province());
        assertEquals(x.level() == DivisionLevel.PROVINCE, province.equals(x));
        assertTrue(x.isWithin(x));
        assertTrue(x.isWithin(province));
        x.prefecture().ifPresent(prefecture -> {
            assertEquals(DivisionLevel.PREFECTURE, prefecture.level());
            assertEquals(province, prefecture.province());
            assertEquals(Optional.of(prefecture), prefecture.prefecture());
            assertTrue(x.isWithin(prefecture));
            assertTrue(prefecture.isWithin(province));
        });
        boolean directlyUnderProvince = x.level() == DivisionLevel.COUNTY && text.startsWith("00", 2);
        assertEquals(x.level() == DivisionLevel.PROVINCE || directlyUnderProvince, x.prefecture().isEmpty());
        assertEquals(x.level() == DivisionLevel.PREFECTURE, x.prefecture().equals(Optional.of(x)));
    }

    /** Oracle: a code is within exactly itself, its province and its prefecture. */
    @Property
    void isWithinExactlyItselfAndItsAncestors(@ForAll("codes") String a, @ForAll("codes") String b) {
        DivisionCode x = DivisionCode.parse(a);
        DivisionCode y = DivisionCode.parse(b);
        boolean ancestor = y.equals(x) || y.equals(x.province()) || x.prefecture().map(y::equals).orElse(false);
        assertEquals(ancestor, x.isWithin(y));
        if (x.isWithin(y) && y.isWithin(x)) {
            assertEquals(x, y);
        }
    }

    @Property
    void isWithinIsTransitive(@ForAll("codes") String text) {
        DivisionCode x = DivisionCode.parse(text);
        DivisionCode[] chain = {x, x.prefecture().orElse(x), x.province()};
        for (DivisionCode a : chain) {
            for (DivisionCode b : chain) {
                for (DivisionCode c : chain) {
                    if (a.isWithin(b) && b.isWithin(c)) {
                        assertTrue(a.isWithin(c));
                    }
                }
            }
        }
    }

    @Property
    void checkNeverThrowsAndAcceptsExactlySixDigitsWithAProvincePrefix(@ForAll("anyText") String text) {
        Parsed<DivisionCode> parsed = DivisionCode.check(text);
        boolean oracle = text.length() == 6 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && IdArbitraries.PROVINCE_PREFIXES.contains(text.substring(0, 2));
        assertEquals(oracle, parsed.isValid());
        if (!oracle) {
            assertEquals(Map.of("value", text), parsed.arguments());
        }
    }

    @Provide
    Arbitrary<String> codes() {
        return IdArbitraries.divisionCodes();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText(Arbitraries.oneOf(IdArbitraries.divisionCodes(), IdArbitraries.digits(6)));
    }
}
