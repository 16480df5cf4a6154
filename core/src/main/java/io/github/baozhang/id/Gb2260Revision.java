package io.github.baozhang.id;

import java.util.Objects;
import java.util.Optional;

/**
 * The revisions of GB/T 2260 bundled with Baozhang: the year-end tables of county-level and
 * higher division codes published by the Ministry of Civil Affairs (民政部) for the years the
 * monitoring system ran. Each is labelled by its year and month, as the ministry dates them.
 */
public enum Gb2260Revision {
    /** The table as of December 1999. */
    R1999("199912"),
    /** The table as of December 2000. */
    R2000("200012"),
    /** The table as of December 2001. */
    R2001("200112"),
    /** The table as of December 2002. */
    R2002("200212");

    private final String label;

    Gb2260Revision(String label) {
        this.label = label;
    }

    /**
     * Returns the label, {@code YYYYMM}, such as {@code "199912"}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }

    /**
     * Finds the revision with the given label.
     *
     * @param label  the label such as {@code "199912"}, not null
     * @return the revision, or empty if none is bundled with that label
     */
    public static Optional<Gb2260Revision> ofLabel(String label) {
        Objects.requireNonNull(label, "label");
        for (Gb2260Revision revision : values()) {
            if (revision.label.equals(label)) {
                return Optional.of(revision);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the latest bundled revision.
     *
     * @return {@link #R2002}, not null
     */
    public static Gb2260Revision latest() {
        return R2002;
    }
}
