package io.github.baozhang.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MonitoredRegionsTest {

    private static final Map<String, String> NOTICE = Map.ofEntries(
            Map.entry("130000", "河北省"), Map.entry("140000", "山西省"), Map.entry("150000", "内蒙古自治区"),
            Map.entry("210000", "辽宁省"), Map.entry("220000", "吉林省"), Map.entry("230000", "黑龙江省"),
            Map.entry("340000", "安徽省"), Map.entry("360000", "江西省"), Map.entry("410000", "河南省"),
            Map.entry("430000", "湖南省"), Map.entry("450000", "广西壮族自治区"), Map.entry("510000", "四川省"),
            Map.entry("520000", "贵州省"), Map.entry("610000", "陕西省"), Map.entry("620000", "甘肃省"));

    @Test
    void theNoticeNamesFifteenRegions() {
        Set<String> codes = MonitoredRegions.notice1999().provinces().stream().map(DivisionCode::toString)
                .collect(Collectors.toSet());
        assertEquals(NOTICE.keySet(), codes);
        assertEquals("130000", MonitoredRegions.notice1999().provinces().first().toString());
    }

    @Test
    void containsCodesOfAnyLevelInARegion() {
        MonitoredRegions regions = MonitoredRegions.notice1999();
        assertTrue(regions.contains(DivisionCode.parse("210000")));
        assertTrue(regions.contains(DivisionCode.parse("210300")));
        assertTrue(regions.contains(DivisionCode.parse("222401")));
        assertFalse(regions.contains(DivisionCode.parse("110000")));
        assertFalse(regions.contains(DivisionCode.parse("500101")));
        assertFalse(regions.contains(DivisionCode.parse("420000")));
    }

    @Test
    void ofTakesProvincesOnly() {
        MonitoredRegions beijing = MonitoredRegions.of(List.of(DivisionCode.parse("110000")));
        assertTrue(beijing.contains(DivisionCode.parse("110105")));
        assertFalse(beijing.contains(DivisionCode.parse("130100")));
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> MonitoredRegions.of(List.of(DivisionCode.parse("110105"))));
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, e.code());
        assertEquals(Map.of("code", "110105", "level", "COUNTY", "expected", "PROVINCE"), e.arguments());
        assertTrue(MonitoredRegions.of(List.of()).provinces().isEmpty());
        List<DivisionCode> withNull = new ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> MonitoredRegions.of(withNull));
        assertThrows(NullPointerException.class, () -> MonitoredRegions.notice1999().contains(null));
    }

    @Test
    void valueSemantics() {
        MonitoredRegions a = MonitoredRegions.of(List.of(DivisionCode.parse("140000"), DivisionCode.parse("130000")));
        MonitoredRegions b = MonitoredRegions.of(List.of(DivisionCode.parse("130000"), DivisionCode.parse("140000"),
                DivisionCode.parse("130000")));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, MonitoredRegions.notice1999());
        assertEquals("MonitoredRegions[130000, 140000]", a.toString());
        assertThrows(UnsupportedOperationException.class, () -> a.provinces().clear());
    }

    // ---- properties ----

    /** Exhaustive over the bundled revisions: the fifteen are provinces of each, with the notice's names. */
    @Property
    void theFifteenAreProvincesOfEveryBundledRevision(@ForAll Gb2260Revision revision) {
        Gb2260 table = Gb2260.of(revision);
        assertEquals(15, MonitoredRegions.notice1999().provinces().size());
        for (DivisionCode code : MonitoredRegions.notice1999().provinces()) {
            AdminDivision province = table.find(code).orElseThrow();
            assertEquals(DivisionLevel.PROVINCE, province.level());
            assertEquals(NOTICE.get(code.toString()), province.name());
        }
    }

    @Property
    void containsExactlyWhatLiesInOneOfTheProvinces(@ForAll("regions") MonitoredRegions regions,
            @ForAll("codes") DivisionCode code) {
        assertEquals(regions.provinces().contains(code.province()), regions.contains(code));
        assertEquals(regions, MonitoredRegions.of(regions.provinces()));
    }

    @Provide
    Arbitrary<MonitoredRegions> regions() {
        return EnterpriseArbitraries.regions();
    }

    @Provide
    Arbitrary<DivisionCode> codes() {
        return Arbitraries.of(EnterpriseArbitraries.R1999.divisions()).map(AdminDivision::code);
    }
}
