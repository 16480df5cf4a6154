package io.github.baozhang.id;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One bundled revision of GB/T 2260 (中华人民共和国行政区划代码): every province, prefecture
 * and county-level division it lists, with their names.
 *
 * <p>The tables are the Ministry of Civil Affairs' year-end lists as kept by the public
 * dataset github.com/cn/GB2260 (folder {@code mca/}), bundled unchanged in this module's jar and
 * read from there once per revision, on first use. See {@link Gb2260Revision} for the
 * revisions.
 *
 * <p>The tree: every listed division other than a province has exactly one parent in the same
 * revision — its prefecture when that prefecture is listed, otherwise its province. The
 * county-level divisions directly under a province are the districts and counties of Beijing,
 * Tianjin, Shanghai and Chongqing, the province-administered cities and counties such as
 * 429004 仙桃市 or 419001 济源市, and Hainan's {@code 4600DD} cities and counties.
 *
 * <p>There is one instance per revision. This class is immutable and thread-safe.
 */
public final class Gb2260 {

    private final Gb2260Revision revision;
    private final List<AdminDivision> divisions;
    private final Map<DivisionCode, AdminDivision> byCode;
    private final List<AdminDivision> provinces;
    private final Map<DivisionCode, List<AdminDivision>> children;

    private Gb2260(Gb2260Revision revision, List<AdminDivision> divisions) {
        this.revision = revision;
        List<AdminDivision> sorted = new ArrayList<>(divisions);
        sorted.sort(Comparator.comparing(AdminDivision::code));
        this.divisions = Collections.unmodifiableList(sorted);
        Map<DivisionCode, AdminDivision> map = new HashMap<>();
        for (AdminDivision d : sorted) {
            if (map.put(d.code(), d) != null) {
                throw new IllegalStateException("GB/T 2260 " + revision.label() + " lists " + d.code() + " twice");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        List<AdminDivision> provinceList = new ArrayList<>();
        Map<DivisionCode, List<AdminDivision>> childMap = new HashMap<>();
        for (AdminDivision d : sorted) {
            if (d.level() == DivisionLevel.PROVINCE) {
                provinceList.add(d);
                continue;
            }
            DivisionCode parent = parentCode(d.code(), map);
            if (!map.containsKey(parent)) {
                throw new IllegalStateException("GB/T 2260 " + revision.label() + " lists " + d.code()
                        + " but not its province");
            }
            childMap.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
        }
        this.provinces = Collections.unmodifiableList(provinceList);
        Map<DivisionCode, List<AdminDivision>> frozen = new HashMap<>();
        childMap.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Collections.unmodifiableMap(frozen);
    }

    /** The parent of a non-province code in a table: its prefecture if listed, else its province. */
    private static DivisionCode parentCode(DivisionCode code, Map<DivisionCode, ?> table) {
        if (code.level() == DivisionLevel.COUNTY) {
            Optional<DivisionCode> prefecture = code.prefecture();
            if (prefecture.isPresent() && table.containsKey(prefecture.get())) {
                return prefecture.get();
            }
        }
        return code.province();
    }

    /**
     * Returns the table of a revision, reading it from the bundled resource on first use.
     *
     * @param revision  the revision, not null
     * @return the table, the same instance on every call, not null
     * @throws IllegalStateException if the bundled table is missing or damaged (a broken jar)
     */
    public static Gb2260 of(Gb2260Revision revision) {
        Objects.requireNonNull(revision, "revision");
        return switch (revision) {
            case R1999 -> Holder1999.TABLE;
            case R2000 -> Holder2000.TABLE;
            case R2001 -> Holder2001.TABLE;
            case R2002 -> Holder2002.TABLE;
        };
    }

    /** Loads the 1999 table on first use. */
    private static final class Holder1999 {
        static final Gb2260 TABLE = load(Gb2260Revision.R1999);
    }

    /** Loads the 2000 table on first use. */
    private static final class Holder2000 {
        static final Gb2260 TABLE = load(Gb2260Revision.R2000);
    }

    /** Loads the 2001 table on first use. */
    private static final class Holder2001 {
        static final Gb2260 TABLE = load(Gb2260Revision.R2001);
    }

    /** Loads the 2002 table on first use. */
    private static final class Holder2002 {
        static final Gb2260 TABLE = load(Gb2260Revision.R2002);
    }

    private static Gb2260 load(Gb2260Revision revision) {
        String resource = "gb2260/" + revision.label() + ".tsv";
        try (InputStream in = Gb2260.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (!"Source\tRevision\tCode\tName".equals(header)) {
                throw new IllegalStateException("unexpected header in " + resource);
            }
            List<AdminDivision> divisions = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4 || !fields[1].equals(revision.label())) {
                    throw new IllegalStateException("damaged line " + lineNumber + " in " + resource);
                }
                Parsed<DivisionCode> code = DivisionCode.check(fields[2]);
                if (!code.isValid()) {
                    throw new IllegalStateException("bad code on line " + lineNumber + " in " + resource);
                }
                divisions.add(AdminDivision.of(code.value(), fields[3], revision));
            }
            return new Gb2260(revision, divisions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the revision of this table.
     *
     * @return the revision, not null
     */
    public Gb2260Revision revision() {
        return revision;
    }

    /**
     * Finds a division by its code.
     *
     * @param code  the code, not null
     * @return the division, or empty if this revision does not list the code
     */
    public Optional<AdminDivision> find(DivisionCode code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Reads a code and looks it up.
     *
     * @param code  the text, not null
     * @return the division, or {@link ProblemCode#DIVISION_CODE_FORMAT} (argument {@code value})
     *     if the text is not a division code, or {@link ProblemCode#DIVISION_CODE_UNKNOWN}
     *     (arguments {@code code} and {@code revision}, the label) if this revision does not
     *     list it; not null
     */
    public Parsed<AdminDivision> check(CharSequence code) {
        Objects.requireNonNull(code, "code");
        Parsed<DivisionCode> parsed = DivisionCode.check(code);
        if (!parsed.isValid()) {
            return Parsed.invalid(ProblemCode.DIVISION_CODE_FORMAT, "value", code.toString());
        }
        AdminDivision division = byCode.get(parsed.value());
        if (division == null) {
            return Parsed.invalid(ProblemCode.DIVISION_CODE_UNKNOWN,
                    "code", parsed.value().toString(), "revision", revision.label());
        }
        return Parsed.valid(division);
    }

    /**
     * Returns every division of this revision in code order.
     *
     * @return the divisions, unmodifiable, not null
     */
    public List<AdminDivision> divisions() {
        return divisions;
    }

    /**
     * Returns the provinces, autonomous regions and municipalities in code order.
     *
     * @return the provinces, unmodifiable, not null
     */
    public List<AdminDivision> provinces() {
        return provinces;
    }

    /**
     * Returns the divisions directly under a division, in code order: for a province its
     * prefectures and the county-level divisions it administers directly; for a prefecture its
     * counties; for a county, or a code this revision does not list, nothing.
     *
     * @param parent  the parent, not null
     * @return the children, unmodifiable, not null
     */
    public List<AdminDivision> childrenOf(DivisionCode parent) {
        Objects.requireNonNull(parent, "parent");
        return children.getOrDefault(parent, List.of());
    }

    /**
     * Checks that a city lies in a province according to this revision. A city is a
     * prefecture-level division, or a county-level one directly under its province: a district
     * or county of Beijing, Tianjin, Shanghai or Chongqing, or a province-administered city such
     * as 429004 仙桃市.
     *
     * <p>The problems, looked for in this order, have no location (the caller knows the field):
     * {@link ProblemCode#DIVISION_CODE_LEVEL} if {@code province} is not a province;
     * {@link ProblemCode#DIVISION_CODE_UNKNOWN} if this revision lists the province or the city
     * not; {@link ProblemCode#DIVISION_CODE_LEVEL} if the city is not a city as above (the
     * {@code expected} argument is {@code PREFECTURE}); {@link ProblemCode#CITY_OUTSIDE_PROVINCE}
     * if the city lies in another province.
     *
     * @param city  the city, not null
     * @param province  the province, not null
     * @return the first problem, or empty if the city lies in the province
     */
    public Optional<Violation> checkCityInProvince(DivisionCode city, DivisionCode province) {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(province, "province");
        if (province.level() != DivisionLevel.PROVINCE) {
            return Optional.of(level(province, DivisionLevel.PROVINCE));
        }
        if (!byCode.containsKey(province)) {
            return Optional.of(unknown(province));
        }
        if (!byCode.containsKey(city)) {
            return Optional.of(unknown(city));
        }
        if (!isCity(city)) {
            return Optional.of(level(city, DivisionLevel.PREFECTURE));
        }
        if (!city.isWithin(province)) {
            return Optional.of(Violation.builder().code(ProblemCode.CITY_OUTSIDE_PROVINCE)
                    .putArguments("city", city.toString())
                    .putArguments("province", province.toString())
                    .build());
        }
        return Optional.empty();
    }

    /** A listed code is a city if it is a prefecture, or a county directly under its province. */
    private boolean isCity(DivisionCode code) {
        return switch (code.level()) {
            case PROVINCE -> false;
            case PREFECTURE -> true;
            case COUNTY -> parentCode(code, byCode).equals(code.province());
        };
    }

    private Violation level(DivisionCode code, DivisionLevel expected) {
        return Violation.builder().code(ProblemCode.DIVISION_CODE_LEVEL)
                .putArguments("code", code.toString())
                .putArguments("level", code.level().name())
                .putArguments("expected", expected.name())
                .build();
    }

    private Violation unknown(DivisionCode code) {
        return Violation.builder().code(ProblemCode.DIVISION_CODE_UNKNOWN)
                .putArguments("code", code.toString())
                .putArguments("revision", revision.label())
                .build();
    }

    /**
     * Returns {@code Gb2260[label]}, such as {@code Gb2260[199912]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Gb2260[" + revision.label() + "]";
    }
}
