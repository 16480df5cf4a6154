package io.github.baozhang.adapter.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the header of a CSV export maps to canonical columns: each canonical column (such as
 * {@code worker_id}) is known by its own name and by any number of aliases (such as
 * {@code 身份证号}); some columns are required; header cells that name no column are ignored or
 * make the document invalid, as the mapping says.
 *
 * <p>Header cells are matched after trimming white space (including the ideographic space
 * U+3000) and, for ASCII letters, ignoring case. Column order in the file does not matter.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnMapping {

    /** What a header cell that names no column does to the document. */
    public enum UnknownColumns {
        /** The column is read past; its cells are not looked at. */
        IGNORE,
        /** The document is rejected as a whole ({@code CSV_COLUMN_UNKNOWN}). */
        REJECT
    }

    /** The canonical columns of the national worker-row CSV, in their usual order. */
    public static final List<String> NATIONAL_COLUMNS = List.of("period", "province_code", "city_code",
            "enterprise_code", "worker_id", "allowance_due_fen", "allowance_paid_fen", "contributions_due_fen",
            "contributions_paid_fen", "paid_date");

    private final List<String> columns;
    private final Set<String> required;
    private final Map<String, String> byHeader;
    private final UnknownColumns unknownColumns;

    private ColumnMapping(Builder builder) {
        this.columns = List.copyOf(builder.columns);
        this.required = Collections.unmodifiableSet(new LinkedHashSet<>(builder.required));
        this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(builder.byHeader));
        this.unknownColumns = builder.unknownColumns;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the mapping of the national worker-row CSV with its English headers: every column
     * of {@link #NATIONAL_COLUMNS} required, extra columns ignored.
     *
     * @return the mapping, not null
     */
    public static ColumnMapping nationalEnglish() {
        Builder b = builder().unknownColumns(UnknownColumns.IGNORE);
        NATIONAL_COLUMNS.forEach(c -> b.required(c));
        return b.build();
    }

    /**
     * Returns the mapping of a provincial export with Chinese headers (期间, 省份代码, 地市代码,
     * 企业代码, 身份证号, 应发基本生活费(分), 实发基本生活费(分), 应缴社保费(分), 实缴社保费(分),
     * 发放日期); the English names are accepted too; extra columns are rejected, since a
     * provincial export with a column nobody mapped is more likely a wrong template than a
     * harmless addition. Full-width parentheses are accepted as well.
     *
     * @return the mapping, not null
     */
    public static ColumnMapping chinese() {
        Builder b = builder().unknownColumns(UnknownColumns.REJECT);
        NATIONAL_COLUMNS.forEach(c -> b.required(c));
        String[][] aliases = {
            {"period", "期间"}, {"province_code", "省份代码"}, {"city_code", "地市代码"},
            {"enterprise_code", "企业代码"}, {"worker_id", "身份证号"},
            {"allowance_due_fen", "应发基本生活费(分)"}, {"allowance_paid_fen", "实发基本生活费(分)"},
            {"contributions_due_fen", "应缴社保费(分)"}, {"contributions_paid_fen", "实缴社保费(分)"},
            {"paid_date", "发放日期"},
        };
        for (String[] a : aliases) {
            b.alias(a[1], a[0]);
            if (a[1].contains("(")) {
                b.alias(a[1].replace('(', '（').replace(')', '）'), a[0]);
            }
        }
        return b.build();
    }

    /**
     * Returns the canonical columns, in the order they were declared.
     *
     * @return the columns, unmodifiable, not null
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns the required columns.
     *
     * @return the columns, unmodifiable, not null
     */
    public Set<String> required() {
        return required;
    }

    /**
     * Returns what an unknown header cell does.
     *
     * @return the policy, not null
     */
    public UnknownColumns unknownColumns() {
        return unknownColumns;
    }

    /**
     * Returns the canonical column a header cell names.
     *
     * @param header  the header cell as given, not null
     * @return the column, or empty if the cell names none
     */
    public Optional<String> columnOf(String header) {
        Objects.requireNonNull(header, "header");
        return Optional.ofNullable(byHeader.get(normalise(header)));
    }

    static String normalise(String header) {
        int from = 0;
        int to = header.length();
        while (from < to && isSpace(header.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(header.charAt(to - 1))) {
            to--;
        }
        return header.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns + (unknownColumns == UnknownColumns.REJECT ? " strict" : "");
    }

    /** Builds a {@link ColumnMapping}. Not thread-safe. */
    public static final class Builder {

        private final List<String> columns = new ArrayList<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final Map<String, String> byHeader = new LinkedHashMap<>();
        private UnknownColumns unknownColumns = UnknownColumns.IGNORE;

        private Builder() {
        }

        /**
         * Declares an optional column, known by its own name.
         *
         * @param column  the canonical name, not null
         * @return this builder, not null
         */
        public Builder optional(String column) {
            Objects.requireNonNull(column, "column");
            if (!columns.contains(column)) {
                columns.add(column);
                byHeader.put(normalise(column), column);
            }
            return this;
        }

        /**
         * Declares a required column, known by its own name.
         *
         * @param column  the canonical name, not null
         * @return this builder, not null
         */
        public Builder required(String column) {
            optional(column);
            required.add(column);
            return this;
        }

        /**
         * Adds another header text for a declared column.
         *
         * @param header  the header text, not null
         * @param column  the canonical column, declared before, not null
         * @return this builder, not null
         * @throws IllegalArgumentException if the column is not declared, or the header already
         *     names another column
         */
        public Builder alias(String header, String column) {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(column, "column");
            if (!columns.contains(column)) {
                throw new IllegalArgumentException("undeclared column: " + column);
            }
            String previous = byHeader.putIfAbsent(normalise(header), column);
            if (previous != null && !previous.equals(column)) {
                throw new IllegalArgumentException("header " + header + " already names " + previous);
            }
            return this;
        }

        /**
         * Sets what an unknown header cell does; {@link UnknownColumns#IGNORE} by default.
         *
         * @param policy  the policy, not null
         * @return this builder, not null
         */
        public Builder unknownColumns(UnknownColumns policy) {
            this.unknownColumns = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping, not null
         */
        public ColumnMapping build() {
            return new ColumnMapping(this);
        }
    }
}
