package io.github.baozhang.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a {@link Timeline}: a value and the date it takes effect. It stays in force
 * until the next entry of its timeline takes effect.
 *
 * <p>This class is immutable and thread-safe if the value is. It must be treated as a value
 * type.
 *
 * @param <T>  the type of the value
 */
public final class Effective<T> {

    private final LocalDate from;
    private final T value;

    private Effective(LocalDate from, T value) {
        this.from = from;
        this.value = value;
    }

    /**
     * Returns a value in force from a date.
     *
     * @param <T>  the type of the value
     * @param from  the first day it is in force, not null
     * @param value  the value, not null
     * @return the entry, not null
     */
    public static <T> Effective<T> of(LocalDate from, T value) {
        return new Effective<>(Objects.requireNonNull(from, "from"), Objects.requireNonNull(value, "value"));
    }

    /**
     * Returns the first day the value is in force.
     *
     * @return the date, not null
     */
    public LocalDate from() {
        return from;
    }

    /**
     * Returns the value.
     *
     * @return the value, not null
     */
    public T value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Effective)) {
            return false;
        }
        Effective<?> other = (Effective<?>) obj;
        return from.equals(other.from) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, value);
    }

    /**
     * Returns the date and the value, such as {@code 1999-07-01=36}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return from + "=" + value;
    }
}
