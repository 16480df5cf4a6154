package io.github.baozhang.profile;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the contributions a centre pays on a worker's behalf are computed (代缴社会保险费): the
 * base is a share of the previous year's local average monthly wage (default 6000 bp, 60 %),
 * and each {@link ContributionPart} is a rate of that base in basis points — or, where a
 * province set a fixed monthly amount for a part, that amount.
 *
 * <p><b>The one rounding rule.</b> The base is {@code wage × baseShare / 10000} rounded half-up
 * to the fen; each part is {@code base × rate / 10000} rounded half-up to the fen; the total is
 * the sum of the rounded parts. Every product is exact before it is rounded (no floating point,
 * no intermediate overflow). A result outside the {@code long} range of fen throws
 * {@link ArithmeticException}.
 *
 * <p>A part with no rate has rate zero. The national defaults (see
 * {@link ProvinceProfile#national()}) are pension 20 % + personal 4 % rising, medical 6 % + 2 %
 * (unconfirmed), unemployment 2 % + 1 %.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class ContributionPolicy {

    /** The default base share: 6000 bp, 60 % of the previous year's average monthly wage. */
    public static final BasisPoints DEFAULT_BASE_SHARE = BasisPoints.of(6000);

    ContributionPolicy() {
    }

    /**
     * Returns a builder; nothing need be set (base share 60 %, every rate zero).
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the share of the previous year's average monthly wage that is the base; default
     * {@link #DEFAULT_BASE_SHARE}.
     *
     * @return the share, not null
     */
    @Value.Default
    public BasisPoints baseShare() {
        return DEFAULT_BASE_SHARE;
    }

    /**
     * Returns the rate of each part that has one; a part absent here has rate zero.
     *
     * @return the rates, unmodifiable, not null
     */
    public abstract Map<ContributionPart, BasisPoints> rates();

    /**
     * Returns the fixed monthly amounts: a part listed here is that amount, whatever its rate
     * and the base.
     *
     * @return the fixed amounts, each zero or more, unmodifiable, not null
     */
    public abstract Map<ContributionPart, Money> fixedAmounts();

    /**
     * Returns a copy with the rate of one part replaced.
     *
     * @param part  the part, not null
     * @param rate  the rate, not null
     * @return the policy, not null
     */
    public ContributionPolicy withRate(ContributionPart part, BasisPoints rate) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(rate, "rate");
        Map<ContributionPart, BasisPoints> rates = new EnumMap<>(ContributionPart.class);
        rates.putAll(rates());
        rates.put(part, rate);
        return builder().from(this).rates(rates).build();
    }

    /**
     * Returns the rate of a part.
     *
     * @param part  the part, not null
     * @return the rate, zero when none is set, not null
     */
    public BasisPoints rate(ContributionPart part) {
        BasisPoints rate = rates().get(Objects.requireNonNull(part, "part"));
        return rate == null ? BasisPoints.of(0) : rate;
    }

    /**
     * Returns the fixed monthly amount of a part.
     *
     * @param part  the part, not null
     * @return the amount, or empty when the part is a rate of the base
     */
    public Optional<Money> fixedAmount(ContributionPart part) {
        return Optional.ofNullable(fixedAmounts().get(Objects.requireNonNull(part, "part")));
    }

    /**
     * Returns the base: {@code averageMonthlyWage × baseShare / 10000}, rounded half-up to the
     * fen.
     *
     * @param averageMonthlyWage  the previous year's local average monthly wage, zero or more,
     *     not null
     * @return the base, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if the wage is negative
     * @throws ArithmeticException if the base leaves the {@code long} range
     */
    public Money base(Money averageMonthlyWage) {
        Checks.notNegative(Objects.requireNonNull(averageMonthlyWage, "averageMonthlyWage"));
        return baseShare().applyTo(averageMonthlyWage, RoundingMode.HALF_UP);
    }

    /**
     * Returns the contributions on the base computed from a wage ({@link #base}).
     *
     * @param averageMonthlyWage  the previous year's local average monthly wage, zero or more,
     *     not null
     * @return the contributions, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if the wage is negative
     * @throws ArithmeticException if an amount leaves the {@code long} range
     */
    public Contributions contributionsFor(Money averageMonthlyWage) {
        return contributionsOnBase(base(averageMonthlyWage));
    }

    /**
     * Returns the contributions on a given base: each part {@code base × rate / 10000} rounded
     * half-up to the fen, or its fixed amount; the total is the sum of the parts.
     *
     * @param base  the base, zero or more, not null
     * @return the contributions, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if the base is negative
     * @throws ArithmeticException if an amount leaves the {@code long} range
     */
    public Contributions contributionsOnBase(Money base) {
        Checks.notNegative(Objects.requireNonNull(base, "base"));
        EnumMap<ContributionPart, Money> parts = new EnumMap<>(ContributionPart.class);
        for (ContributionPart part : ContributionPart.values()) {
            Money fixed = fixedAmounts().get(part);
            parts.put(part, fixed != null ? fixed : rate(part).applyTo(base, RoundingMode.HALF_UP));
        }
        return Contributions.of(base, parts);
    }

    @Value.Check
    void checkAmounts() {
        for (Money m : fixedAmounts().values()) {
            Checks.notNegative(m);
        }
    }

    /** Builds a {@link ContributionPolicy}. */
    public static final class Builder extends ImmutableContributionPolicy.Builder {
        Builder() {
        }
    }
}
