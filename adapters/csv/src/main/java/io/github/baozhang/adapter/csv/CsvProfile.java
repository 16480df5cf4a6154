package io.github.baozhang.adapter.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;

/**
 * How one province's CSV export is written: a name, the character set (UTF-8, GBK or GB18030)
 * and the column mapping of its header.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvProfile {

    private static final Set<String> CHARSETS = Set.of("UTF-8", "GBK", "GB18030");

    private final String name;
    private final Charset charset;
    private final ColumnMapping mapping;

    private CsvProfile(String name, Charset charset, ColumnMapping mapping) {
        this.name = name;
        this.charset = charset;
        this.mapping = mapping;
    }

    /**
     * Returns a profile.
     *
     * @param name  the profile's name, not null
     * @param charset  UTF-8, GBK or GB18030, not null
     * @param mapping  the header mapping, not null
     * @return the profile, not null
     * @throws IllegalArgumentException for another character set
     */
    public static CsvProfile of(String name, Charset charset, ColumnMapping mapping) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(mapping, "mapping");
        if (!CHARSETS.contains(charset.name())) {
            throw new IllegalArgumentException("unsupported character set (UTF-8, GBK or GB18030): " + charset);
        }
        return new CsvProfile(name, charset, mapping);
    }

    /**
     * Returns the profile {@code national}: UTF-8 (a BOM allowed), English headers.
     *
     * @return the profile, not null
     */
    public static CsvProfile national() {
        return of("national", StandardCharsets.UTF_8, ColumnMapping.nationalEnglish());
    }

    /**
     * Returns the example profile of a provincial GBK export with Chinese headers
     * ({@link ColumnMapping#chinese()}).
     *
     * @return the profile, not null
     */
    public static CsvProfile gbkChinese() {
        return of("gbk-chinese", Charset.forName("GBK"), ColumnMapping.chinese());
    }

    /**
     * Returns the name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the character set.
     *
     * @return the character set, not null
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Returns the header mapping.
     *
     * @return the mapping, not null
     */
    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String toString() {
        return "CsvProfile[" + name + ", " + charset + "]";
    }
}
