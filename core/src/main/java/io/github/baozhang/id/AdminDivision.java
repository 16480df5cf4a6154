package io.github.baozhang.id;

import org.immutables.value.Value;

/**
 * An administrative division as one revision of GB/T 2260 lists it: its code, its name in that
 * revision, and the revision. Only {@link Gb2260} makes these.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class AdminDivision {

    AdminDivision() {
    }

    static AdminDivision of(DivisionCode code, String name, Gb2260Revision revision) {
        return ImmutableAdminDivision.builder().code(code).name(name).revision(revision).build();
    }

    /**
     * Returns the code.
     *
     * @return the code, not null
     */
    public abstract DivisionCode code();

    /**
     * Returns the name in this revision, such as {@code 朝阳区}.
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * Returns the revision that lists this division.
     *
     * @return the revision, not null
     */
    public abstract Gb2260Revision revision();

    /**
     * Returns the level, read from the shape of the code.
     *
     * @return the level, not null
     */
    public DivisionLevel level() {
        return code().level();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalStateException("blank name for " + code());
        }
    }
}
