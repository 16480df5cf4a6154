package io.github.baozhang.enterprise;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.problem.ProblemCode;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The provinces whose enterprises are monitored (重点监控地区): a set of province-level codes.
 *
 * <p>The notice names fifteen ({@link #notice1999()}) and lets any other province run the same
 * scheme, so the set is configuration: {@link #of} builds any other.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class MonitoredRegions {

    private static final MonitoredRegions NOTICE_1999 = of(codes(
            "130000", "140000", "150000", "210000", "220000", "230000", "340000", "360000",
            "410000", "430000", "450000", "510000", "520000", "610000", "620000"));

    private final SortedSet<DivisionCode> provinces;

    private MonitoredRegions(SortedSet<DivisionCode> provinces) {
        this.provinces = Collections.unmodifiableSortedSet(provinces);
    }

    private static Collection<DivisionCode> codes(String... codes) {
        TreeSet<DivisionCode> set = new TreeSet<>();
        for (String code : codes) {
            set.add(DivisionCode.parse(code));
        }
        return set;
    }

    /**
     * Returns the fifteen regions of 劳社厅发〔1999〕33号: 河北 130000, 山西 140000, 内蒙古 150000,
     * 辽宁 210000, 吉林 220000, 黑龙江 230000, 安徽 340000, 江西 360000, 河南 410000, 湖南 430000,
     * 广西 450000, 四川 510000, 贵州 520000, 陕西 610000, 甘肃 620000.
     *
     * @return the regions, not null
     */
    public static MonitoredRegions notice1999() {
        return NOTICE_1999;
    }

    /**
     * Returns the regions made of the given provinces.
     *
     * @param provinces  province-level codes, possibly none, not null, no null element
     * @return the regions, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_LEVEL} if a code is not a
     *     province
     */
    public static MonitoredRegions of(Collection<DivisionCode> provinces) {
        Objects.requireNonNull(provinces, "provinces");
        TreeSet<DivisionCode> set = new TreeSet<>();
        for (DivisionCode code : provinces) {
            Objects.requireNonNull(code, "province");
            if (code.level() != DivisionLevel.PROVINCE) {
                Enterprise.fail(ProblemCode.DIVISION_CODE_LEVEL, "code", code.toString(),
                        "level", code.level().name(), "expected", DivisionLevel.PROVINCE.name());
            }
            set.add(code);
        }
        return new MonitoredRegions(set);
    }

    /**
     * Returns the provinces in code order.
     *
     * @return the provinces, unmodifiable, not null
     */
    public SortedSet<DivisionCode> provinces() {
        return provinces;
    }

    /**
     * Returns whether a code of any level lies in one of the regions.
     *
     * @param code  a province, prefecture or county, not null
     * @return true if its province is one of the regions
     */
    public boolean contains(DivisionCode code) {
        Objects.requireNonNull(code, "code");
        return provinces.contains(code.province());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof MonitoredRegions && ((MonitoredRegions) obj).provinces.equals(provinces);
    }

    @Override
    public int hashCode() {
        return provinces.hashCode();
    }

    /**
     * Returns the codes, such as {@code MonitoredRegions[130000, 140000]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "MonitoredRegions" + provinces;
    }
}
