package io.github.baozhang.id;

import static io.github.baozhang.id.CitizenIdTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Gb2260Test {

    private static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);

    private static DivisionCode code(String text) {
        return DivisionCode.parse(text);
    }

    private static List<String> codes(List<AdminDivision> divisions) {
        return divisions.stream().map(d -> d.code().toString()).collect(Collectors.toList());
    }

    /** The rows of a bundled table, read here independently of {@link Gb2260}. */
    private static List<String[]> rows(Gb2260Revision revision) throws IOException {
        try (InputStream in = Gb2260Test.class.getResourceAsStream("gb2260/" + revision.label() + ".tsv")) {
            assertNotNull(in, "bundled table " + revision.label());
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split("\t"));
            }
            return rows;
        }
    }

    // ---- the bundled tables ----

    @ParameterizedTest
    @EnumSource(Gb2260Revision.class)
    void everyCodeOfEveryRevisionParsesAndIsFound(Gb2260Revision revision) throws IOException {
        Gb2260 table = Gb2260.of(revision);
        List<String[]> rows = rows(revision);
        assertTrue(rows.size() > 3200);
        for (String[] row : rows) {
            assertEquals(revision.label(), row[1]);
            DivisionCode code = DivisionCode.parse(row[2]);
            AdminDivision division = table.find(code).orElseThrow();
            assertEquals(row[3], division.name());
            assertEquals(revision, division.revision());
            assertEquals(division, table.check(row[2]).value());
        }
        assertEquals(rows.size(), table.divisions().size());
    }

    @ParameterizedTest
    @EnumSource(Gb2260Revision.class)
    void everyRevisionHasThe31MainlandProvinces(Gb2260Revision revision) {
        List<AdminDivision> provinces = Gb2260.of(revision).provinces();
        assertEquals(31, provinces.size());
        assertEquals("110000", provinces.get(0).code().toString());
        assertEquals("北京市", provinces.get(0).name());
        assertEquals("650000", provinces.get(30).code().toString());
        assertTrue(provinces.stream().allMatch(p -> p.level() == DivisionLevel.PROVINCE));
    }

    /** The tree: each division but a province sits under exactly one listed parent that contains it. */
    @ParameterizedTest
    @EnumSource(Gb2260Revision.class)
    void everyDivisionButAProvinceHasExactlyOneParent(Gb2260Revision revision) {
        Gb2260 table = Gb2260.of(revision);
        Map<DivisionCode, Integer> parents = new HashMap<>();
        for (AdminDivision parent : table.divisions()) {
            for (AdminDivision child : table.childrenOf(parent.code())) {
                assertTrue(child.code().isWithin(parent.code()));
                assertFalse(child.code().equals(parent.code()));
                parents.merge(child.code(), 1, Integer::sum);
            }
        }
        for (AdminDivision d : table.divisions()) {
            int expected = d.level() == DivisionLevel.PROVINCE ? 0 : 1;
            assertEquals(expected, parents.getOrDefault(d.code(), 0).intValue(), d.code().toString());
        }
    }

    @Test
    void tablesAreReadOncePerRevision() {
        for (Gb2260Revision revision : Gb2260Revision.values()) {
            assertSame(Gb2260.of(revision), Gb2260.of(revision));
            assertEquals(revision, Gb2260.of(revision).revision());
            assertEquals("Gb2260[" + revision.label() + "]", Gb2260.of(revision).toString());
        }
        assertThrows(NullPointerException.class, () -> Gb2260.of(null));
    }

    // ---- facts of DOMAIN.md ----

    @Test
    void prefecturesOfTheLargestMonitoredRegionsIn1999() {
        assertEquals(List.of("130100", "130200", "130300", "130400", "130500", "130600", "130700", "130800", "130900",
                "131000", "131100"), codes(R1999.childrenOf(code("130000"))));
        assertEquals("石家庄市", R1999.find(code("130100")).orElseThrow().name());
        assertEquals("衡水市", R1999.find(code("131100")).orElseThrow().name());
        assertEquals(14, R1999.childrenOf(code("210000")).size());
        assertEquals("葫芦岛市", R1999.find(code("211400")).orElseThrow().name());
        List<String> heilongjiang = codes(R1999.childrenOf(code("230000")));
        assertEquals(13, heilongjiang.size());
        assertTrue(heilongjiang.contains("231200"));
        assertTrue(heilongjiang.contains("232700"));
    }

    @Test
    void yanbianAndDaxinganlingArePrefectures() {
        AdminDivision yanbian = R1999.find(code("222400")).orElseThrow();
        assertEquals(DivisionLevel.PREFECTURE, yanbian.level());
        assertEquals("延边朝鲜族自治州", yanbian.name());
        assertTrue(codes(R1999.childrenOf(code("220000"))).contains("222400"));
        assertTrue(codes(R1999.childrenOf(code("222400"))).contains("222401"));
        AdminDivision daxinganling = R1999.find(code("232700")).orElseThrow();
        assertEquals(DivisionLevel.PREFECTURE, daxinganling.level());
        assertEquals("大兴安岭地区", daxinganling.name());
    }

    @Test
    void sichuanIn1999ExcludesChongqing() {
        assertTrue(R1999.find(code("500000")).isPresent());
        assertEquals("重庆市", R1999.find(code("500000")).orElseThrow().name());
        assertTrue(R1999.childrenOf(code("510000")).stream().noneMatch(d -> d.code().isWithin(code("500000"))));
        assertTrue(codes(R1999.childrenOf(code("500000"))).contains("500101"));
        assertEquals(Optional.of(ProblemCode.CITY_OUTSIDE_PROVINCE),
                R1999.checkCityInProvince(code("500101"), code("510000")).map(Violation::code));
    }

    @Test
    void codesChangeBetweenRevisions() {
        // 大兴县 became 大兴区 with a new code.
        assertEquals("大兴县", R1999.find(code("110224")).orElseThrow().name());
        Gb2260 r2002 = Gb2260.of(Gb2260Revision.R2002);
        assertEquals(Optional.empty(), r2002.find(code("110224")));
        assertEquals("大兴区", r2002.find(code("110115")).orElseThrow().name());
        assertProblem(r2002.check("110224"), ProblemCode.DIVISION_CODE_UNKNOWN,
                Map.of("code", "110224", "revision", "200212"));
    }

    @Test
    void provinceAdministeredCountyLevelDivisionsHangFromTheProvince() {
        assertTrue(codes(R1999.childrenOf(code("420000"))).contains("429004"));
        assertEquals("仙桃市", R1999.find(code("429004")).orElseThrow().name());
        assertTrue(codes(R1999.childrenOf(code("110000"))).containsAll(List.of("110101", "110105", "110229")));
        assertTrue(codes(R1999.childrenOf(code("460000"))).containsAll(List.of("460100", "460003")));
        assertTrue(codes(R1999.childrenOf(code("650000"))).contains("659001"));
    }

    @Test
    void childrenOfACountyOrAnUnknownCodeAreNone() {
        assertEquals(List.of(), R1999.childrenOf(code("110105")));
        assertEquals(List.of(), R1999.childrenOf(code("710000")));
        assertEquals(List.of(), R1999.childrenOf(code("139900")));
        assertThrows(NullPointerException.class, () -> R1999.childrenOf(null));
    }

    // ---- check ----

    @Test
    void checkFindsOrSaysWhy() {
        Parsed<AdminDivision> chaoyang = R1999.check("110105");
        assertEquals("朝阳区", chaoyang.value().name());
        assertEquals(DivisionLevel.COUNTY, chaoyang.value().level());
        assertProblem(R1999.check("11010"), ProblemCode.DIVISION_CODE_FORMAT, Map.of("value", "11010"));
        assertProblem(R1999.check("990000"), ProblemCode.DIVISION_CODE_FORMAT, Map.of("value", "990000"));
        assertProblem(R1999.check("710000"), ProblemCode.DIVISION_CODE_UNKNOWN,
                Map.of("code", "710000", "revision", "199912"));
        assertEquals(Optional.empty(), R1999.find(code("810000")));
        assertThrows(NullPointerException.class, () -> R1999.check(null));
        assertThrows(NullPointerException.class, () -> R1999.find(null));
    }

    // ---- checkCityInProvince ----

    @Test
    void aPrefectureLiesInItsProvince() {
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("130100"), code("130000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("222400"), code("220000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("232700"), code("230000")));
    }

    @Test
    void provinceAdministeredCitiesAndMunicipalDistrictsCountAsCities() {
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("429004"), code("420000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("110105"), code("110000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("120221"), code("120000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("310101"), code("310000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("500221"), code("500000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("460003"), code("460000")));
        assertEquals(Optional.empty(), R1999.checkCityInProvince(code("659001"), code("650000")));
    }

    @Test
    void aCityInAnotherProvinceIsOutside() {
        Violation v = R1999.checkCityInProvince(code("130100"), code("140000")).orElseThrow();
        assertEquals(ProblemCode.CITY_OUTSIDE_PROVINCE, v.code());
        assertEquals(Map.of("city", "130100", "province", "140000"), v.arguments());
        assertEquals(Location.none(), v.location());
    }

    @Test
    void aCountyUnderAPrefectureIsNotACity() {
        Violation v = R1999.checkCityInProvince(code("130102"), code("130000")).orElseThrow();
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, v.code());
        assertEquals(Map.of("code", "130102", "level", "COUNTY", "expected", "PREFECTURE"), v.arguments());
    }

    @Test
    void aProvinceIsNotACity() {
        Violation v = R1999.checkCityInProvince(code("130000"), code("130000")).orElseThrow();
        assertEquals(Map.of("code", "130000", "level", "PROVINCE", "expected", "PREFECTURE"), v.arguments());
    }

    @Test
    void theProvinceMustBeAProvince() {
        Violation v = R1999.checkCityInProvince(code("130100"), code("130100")).orElseThrow();
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, v.code());
        assertEquals(Map.of("code", "130100", "level", "PREFECTURE", "expected", "PROVINCE"), v.arguments());
    }

    @Test
    void unknownCodesAreReportedWithTheRevision() {
        Violation city = R1999.checkCityInProvince(code("139900"), code("130000")).orElseThrow();
        assertEquals(ProblemCode.DIVISION_CODE_UNKNOWN, city.code());
        assertEquals(Map.of("code", "139900", "revision", "199912"), city.arguments());
        Violation province = R1999.checkCityInProvince(code("130100"), code("710000")).orElseThrow();
        assertEquals(Map.of("code", "710000", "revision", "199912"), province.arguments());
        assertThrows(NullPointerException.class, () -> R1999.checkCityInProvince(null, code("130000")));
        assertThrows(NullPointerException.class, () -> R1999.checkCityInProvince(code("130100"), null));
    }

    // ---- properties ----

    /** Oracle over listed divisions and provinces: fine exactly for a city of that province. */
    @Property
    void checkCityInProvinceAgreesWithTheTree(@ForAll("revisions") Gb2260Revision revision,
            @ForAll("indices") int cityIndex, @ForAll("indices") int provinceIndex) {
        Gb2260 table = Gb2260.of(revision);
        AdminDivision city = table.divisions().get(cityIndex % table.divisions().size());
        AdminDivision province = table.provinces().get(provinceIndex % table.provinces().size());
        boolean directChild = table.childrenOf(city.code().province()).contains(city);
        boolean isCity = city.level() != DivisionLevel.PROVINCE && directChild;
        Optional<Violation> result = table.checkCityInProvince(city.code(), province.code());
        if (!isCity) {
            assertEquals(Optional.of(ProblemCode.DIVISION_CODE_LEVEL), result.map(Violation::code));
        } else if (!city.code().isWithin(province.code())) {
            assertEquals(Optional.of(ProblemCode.CITY_OUTSIDE_PROVINCE), result.map(Violation::code));
        } else {
            assertEquals(Optional.empty(), result);
        }
    }

    @Property
    void checkNeverThrowsAndAgreesWithFind(@ForAll("revisions") Gb2260Revision revision,
            @ForAll("anyText") String text) {
        Gb2260 table = Gb2260.of(revision);
        Parsed<AdminDivision> parsed = table.check(text);
        Parsed<DivisionCode> shape = DivisionCode.check(text);
        if (!shape.isValid()) {
            assertEquals(Optional.of(ProblemCode.DIVISION_CODE_FORMAT), parsed.code());
        } else {
            assertEquals(table.find(shape.value()), parsed.toOptional());
            if (!parsed.isValid()) {
                assertEquals(Optional.of(ProblemCode.DIVISION_CODE_UNKNOWN), parsed.code());
            }
        }
    }

    @Provide
    Arbitrary<Gb2260Revision> revisions() {
        return Arbitraries.of(Gb2260Revision.class);
    }

    @Provide
    Arbitrary<Integer> indices() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> listed = Arbitraries.of(R1999.divisions()).map(d -> d.code().toString());
        return IdArbitraries.anyText(Arbitraries.oneOf(listed, IdArbitraries.divisionCodes()));
    }
}
