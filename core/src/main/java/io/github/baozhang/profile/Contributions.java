package io.github.baozhang.profile;

import io.github.baozhang.money.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The contributions a centre pays on one worker's behalf for one month: the base they were
 * computed on and each {@link ContributionPart} in whole fen, as
 * {@link ContributionPolicy#contributionsOnBase} computes them. The total is the sum of the
 * parts, each already rounded.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class Contributions {

    private final Money base;
    private final Map<ContributionPart, Money> parts;
    private final Money total;

    private Contributions(Money base, Map<ContributionPart, Money> parts, Money total) {
        this.base = base;
        this.parts = parts;
        this.total = total;
    }

    /** Wraps parts already computed, one for every part; sums them. */
    static Contributions of(Money base, EnumMap<ContributionPart, Money> parts) {
        Money total = Money.zero();
        for (Money m : parts.values()) {
            total = total.plus(m);
        }
        return new Contributions(base, Collections.unmodifiableMap(parts), total);
    }

    /**
     * Returns the base the rates were applied to.
     *
     * @return the base, not null
     */
    public Money base() {
        return base;
    }

    /**
     * Returns one part.
     *
     * @param part  the part, not null
     * @return the amount, not null
     */
    public Money part(ContributionPart part) {
        return parts.get(Objects.requireNonNull(part, "part"));
    }

    /**
     * Returns every part in the order of {@link ContributionPart}.
     *
     * @return the parts, unmodifiable, not null
     */
    public Map<ContributionPart, Money> parts() {
        return parts;
    }

    /**
     * Returns the employer's and the personal part of one insurance together.
     *
     * @param insurance  the insurance, not null
     * @return the amount, not null
     */
    public Money of(Insurance insurance) {
        Objects.requireNonNull(insurance, "insurance");
        Money sum = Money.zero();
        for (Map.Entry<ContributionPart, Money> e : parts.entrySet()) {
            if (e.getKey().insurance() == insurance) {
                sum = sum.plus(e.getValue());
            }
        }
        return sum;
    }

    /**
     * Returns the personal parts together: what the worker would have paid, paid by the centre.
     *
     * @return the amount, not null
     */
    public Money personal() {
        Money sum = Money.zero();
        for (Map.Entry<ContributionPart, Money> e : parts.entrySet()) {
            if (e.getKey().isPersonal()) {
                sum = sum.plus(e.getValue());
            }
        }
        return sum;
    }

    /**
     * Returns the sum of every part.
     *
     * @return the total, not null
     */
    public Money total() {
        return total;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Contributions)) {
            return false;
        }
        Contributions other = (Contributions) obj;
        return base.equals(other.base) && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(base, parts);
    }

    @Override
    public String toString() {
        return "Contributions{base=" + base + ", " + parts + ", total=" + total + "}";
    }
}
