package io.github.baozhang.hierarchy;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the reporting hierarchy: its {@link ReportingUnitKind kind}, its code and its name.
 *
 * <p>The code says which unit of its kind it is:
 * <ul>
 *   <li>{@link ReportingUnitKind#MINISTRY}: {@code MOLSS} (劳动和社会保障部, {@link #ministry()})
 *       or {@code MOF} (财政部, {@link #ministryOfFinance()});</li>
 *   <li>{@link ReportingUnitKind#PROVINCE}: the province's division code ({@code 210000});</li>
 *   <li>{@link ReportingUnitKind#CITY}: a prefecture's division code ({@code 210300}), or that of
 *       a county directly under its province ({@code PP00DD});</li>
 *   <li>{@link ReportingUnitKind#INDUSTRY_AUTHORITY}: the {@link Industry} name
 *       ({@code METALLURGY});</li>
 *   <li>{@link ReportingUnitKind#ENTERPRISE}: the enterprise's organisation code;</li>
 *   <li>{@link ReportingUnitKind#TRADE_UNION}: {@code ACFTU} (中华全国总工会, the ministry's peer)
 *       or the division code of the province or city whose federation of trade unions it is.</li>
 * </ul>
 *
 * <p>A unit is identified by its kind and code: two units with the same kind and code are
 * equal whatever their names, which are labels for people. Units order by kind, in the order of
 * {@link ReportingUnitKind}, then by code.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class ReportingUnit implements Comparable<ReportingUnit> {

    /** The code of 劳动和社会保障部. */
    public static final String MINISTRY_CODE = "MOLSS";
    /** The code of 财政部. */
    public static final String MINISTRY_OF_FINANCE_CODE = "MOF";
    /** The code of 中华全国总工会. */
    public static final String NATIONAL_TRADE_UNION_CODE = "ACFTU";

    private static final Comparator<ReportingUnit> ORDER =
            Comparator.comparing(ReportingUnit::kind).thenComparing(ReportingUnit::code);

    private static final ReportingUnit MINISTRY =
            new ReportingUnit(ReportingUnitKind.MINISTRY, MINISTRY_CODE, "劳动和社会保障部", null, null, null);
    private static final ReportingUnit MINISTRY_OF_FINANCE =
            new ReportingUnit(ReportingUnitKind.MINISTRY, MINISTRY_OF_FINANCE_CODE, "财政部", null, null, null);
    private static final ReportingUnit NATIONAL_TRADE_UNION =
            new ReportingUnit(ReportingUnitKind.TRADE_UNION, NATIONAL_TRADE_UNION_CODE, "中华全国总工会", null, null, null);

    private final ReportingUnitKind kind;
    private final String code;
    private final String name;
    private final DivisionCode division;
    private final Industry industry;
    private final OrganizationCode enterpriseId;

    private ReportingUnit(ReportingUnitKind kind, String code, String name, DivisionCode division, Industry industry,
            OrganizationCode enterpriseId) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.division = division;
        this.industry = industry;
        this.enterpriseId = enterpriseId;
    }

    /**
     * Returns 劳动和社会保障部, the Ministry of Labour and Social Security: the top of every
     * reporting chain.
     *
     * @return the ministry, not null
     */
    public static ReportingUnit ministry() {
        return MINISTRY;
    }

    /**
     * Returns 财政部, the Ministry of Finance: co-issuer of the national bulletin with the
     * ministry (四(四)); it receives no monthly report.
     *
     * @return the Ministry of Finance, not null
     */
    public static ReportingUnit ministryOfFinance() {
        return MINISTRY_OF_FINANCE;
    }

    /**
     * Returns the labour department of a province, named by its code until
     * {@link #withName renamed}.
     *
     * @param province  a province-level code, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_LEVEL} if the code is not a province
     */
    public static ReportingUnit province(DivisionCode province) {
        Objects.requireNonNull(province, "province");
        if (province.level() != DivisionLevel.PROVINCE) {
            failLevel(province, DivisionLevel.PROVINCE);
        }
        return new ReportingUnit(ReportingUnitKind.PROVINCE, province.toString(), province.toString(), province,
                null, null);
    }

    /**
     * Returns the labour department of a city: a prefecture, or a county directly under its
     * province ({@code PP00DD}); named by its code until {@link #withName renamed}.
     *
     * @param city  the code, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_LEVEL} if the code is a province, or a county inside a
     *     prefecture
     */
    public static ReportingUnit city(DivisionCode city) {
        return new ReportingUnit(ReportingUnitKind.CITY, requireCity(city).toString(), city.toString(), city, null,
                null);
    }

    /**
     * Returns the labour department a division code names: a province for {@code PP0000}, a city
     * otherwise — the reading of a report's {@code submittedBy}.
     *
     * @param division  a province, a prefecture or a county directly under its province, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_LEVEL} if the code is a county inside a prefecture
     */
    public static ReportingUnit ofDivision(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        return division.level() == DivisionLevel.PROVINCE ? province(division) : city(division);
    }

    /**
     * Returns the industry authority of a monitored industry, by its name of 1999:
     * 国防科学技术工业委员会 (军工), 国家冶金工业局 (冶金), 国家有色金属工业局 (有色).
     *
     * @param industry  one of the three monitored industries, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#INDUSTRY_NOT_MONITORED} for {@link Industry#OTHER}
     */
    public static ReportingUnit industryAuthority(Industry industry) {
        Objects.requireNonNull(industry, "industry");
        if (!industry.isMonitoredByNotice()) {
            throw new InvalidValueException(ProblemCode.INDUSTRY_NOT_MONITORED, Map.of("industry", industry.name()));
        }
        String name = switch (industry) {
            case MILITARY -> "国防科学技术工业委员会";
            case METALLURGY -> "国家冶金工业局";
            default -> "国家有色金属工业局";
        };
        return new ReportingUnit(ReportingUnitKind.INDUSTRY_AUTHORITY, industry.name(), name, null, industry, null);
    }

    /**
     * Returns an enterprise, named by its id until {@link #withName renamed}.
     *
     * @param enterpriseId  the enterprise's organisation code, not null
     * @return the unit, not null
     */
    public static ReportingUnit enterprise(OrganizationCode enterpriseId) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        return new ReportingUnit(ReportingUnitKind.ENTERPRISE, enterpriseId.toString(), enterpriseId.toString(), null,
                null, enterpriseId);
    }

    /**
     * Returns an enterprise, named by its name.
     *
     * @param enterprise  the enterprise, not null
     * @return the unit, not null
     */
    public static ReportingUnit enterprise(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        return enterprise(enterprise.id()).withName(enterprise.name());
    }

    /**
     * Returns 中华全国总工会, the All-China Federation of Trade Unions: the ministry's horizontal
     * peer.
     *
     * @return the unit, not null
     */
    public static ReportingUnit nationalTradeUnion() {
        return NATIONAL_TRADE_UNION;
    }

    /**
     * Returns the federation of trade unions (总工会) of a province or city: the horizontal peer of
     * its labour department; named by its code until {@link #withName renamed}.
     *
     * @param division  a province, a prefecture or a county directly under its province, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#DIVISION_CODE_LEVEL} if the code is a county inside a prefecture
     */
    public static ReportingUnit tradeUnion(DivisionCode division) {
        Objects.requireNonNull(division, "division");
        if (division.level() != DivisionLevel.PROVINCE) {
            requireCity(division);
        }
        return new ReportingUnit(ReportingUnitKind.TRADE_UNION, division.toString(), division.toString(), division,
                null, null);
    }

    private static DivisionCode requireCity(DivisionCode city) {
        Objects.requireNonNull(city, "city");
        if (city.level() == DivisionLevel.PROVINCE || city.level() == DivisionLevel.COUNTY
                && city.prefecture().isPresent()) {
            failLevel(city, DivisionLevel.PREFECTURE);
        }
        return city;
    }

    private static void failLevel(DivisionCode code, DivisionLevel expected) {
        Parsed.invalid(ProblemCode.DIVISION_CODE_LEVEL, "code", code.toString(), "level", code.level().name(),
                "expected", expected.name()).orElseThrow();
    }

    /**
     * Returns the kind.
     *
     * @return the kind, not null
     */
    public ReportingUnitKind kind() {
        return kind;
    }

    /**
     * Returns the code that, with the kind, identifies the unit.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name, a label for people.
     *
     * @return the name, not blank, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the division of a provincial or city labour department or trade union.
     *
     * @return the division code, or empty for another unit
     */
    public Optional<DivisionCode> division() {
        return Optional.ofNullable(division);
    }

    /**
     * Returns the industry of an industry authority.
     *
     * @return the industry, or empty for another unit
     */
    public Optional<Industry> industry() {
        return Optional.ofNullable(industry);
    }

    /**
     * Returns the id of an enterprise.
     *
     * @return the id, or empty for another unit
     */
    public Optional<OrganizationCode> enterpriseId() {
        return Optional.ofNullable(enterpriseId);
    }

    /**
     * Returns a copy with another name; the identity does not change.
     *
     * @param name  the name, not blank, not null
     * @return the unit, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#TEXT_BLANK} if the name is blank
     */
    public ReportingUnit withName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            Parsed.invalid(ProblemCode.TEXT_BLANK, "field", "name").orElseThrow();
        }
        return new ReportingUnit(kind, code, name, division, industry, enterpriseId);
    }

    @Override
    public int compareTo(ReportingUnit other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns whether another unit has the same kind and code; the names do not count.
     *
     * @param obj  the other object
     * @return true if it is the same unit
     */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ReportingUnit)) {
            return false;
        }
        ReportingUnit other = (ReportingUnit) obj;
        return kind == other.kind && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, code);
    }

    /**
     * Returns the kind, code and name, such as {@code ReportingUnit{CITY 210300 鞍山市}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "ReportingUnit{" + kind + " " + code + " " + name + "}";
    }
}
