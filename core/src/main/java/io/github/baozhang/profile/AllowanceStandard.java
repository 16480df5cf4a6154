package io.github.baozhang.profile;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The allowance standard in force in a province: the {@link AllowanceLadder} and, beside it,
 * the three lines it is set between — the unemployment benefit (失业保险金), the minimum wage
 * (最低工资) and the minimum living standard (城市居民最低生活保障, 低保). Policy orders them
 * 低保 &lt; unemployment benefit ≤ allowance &lt; minimum wage.
 *
 * <p>Every amount is zero or more ({@link ProblemCode#VALUE_NEGATIVE}, thrown by
 * {@link Builder#build()}). The policy itself is not an invariant: {@link #check()} reports it
 * for the validation module.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class AllowanceStandard {

    AllowanceStandard() {
    }

    /**
     * Returns a builder; every attribute must be set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a standard.
     *
     * @param ladder  the allowance by year in the centre, not null
     * @param unemploymentBenefit  the monthly unemployment benefit, zero or more, not null
     * @param minimumWage  the monthly minimum wage, zero or more, not null
     * @param minimumLivingStandard  the monthly minimum living standard (低保), zero or more,
     *     not null
     * @return the standard, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#VALUE_NEGATIVE} if an amount is negative
     */
    public static AllowanceStandard of(AllowanceLadder ladder, Money unemploymentBenefit, Money minimumWage,
            Money minimumLivingStandard) {
        return builder().ladder(ladder).unemploymentBenefit(unemploymentBenefit).minimumWage(minimumWage)
                .minimumLivingStandard(minimumLivingStandard).build();
    }

    /**
     * Returns the allowance by year in the centre.
     *
     * @return the ladder, not null
     */
    public abstract AllowanceLadder ladder();

    /**
     * Returns the monthly unemployment benefit in force: no rung may be below it.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money unemploymentBenefit();

    /**
     * Returns the monthly minimum wage in force: every rung must be below it.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money minimumWage();

    /**
     * Returns the monthly minimum living standard (低保) in force: what a worker falls back on
     * after the centre and unemployment insurance. Carried for reporting; not checked.
     *
     * @return the amount, zero or more, not null
     */
    public abstract Money minimumLivingStandard();

    /**
     * Returns a copy with another ladder.
     *
     * @param ladder  the ladder, not null
     * @return the copy, not null
     */
    public abstract AllowanceStandard withLadder(AllowanceLadder ladder);

    /**
     * Returns a copy with another unemployment benefit.
     *
     * @param unemploymentBenefit  the unemployment benefit, not null
     * @return the copy, not null
     */
    public abstract AllowanceStandard withUnemploymentBenefit(Money unemploymentBenefit);

    /**
     * Returns a copy with another minimum wage.
     *
     * @param minimumWage  the minimum wage, not null
     * @return the copy, not null
     */
    public abstract AllowanceStandard withMinimumWage(Money minimumWage);

    /**
     * Returns a copy with another minimum living standard.
     *
     * @param minimumLivingStandard  the minimum living standard, not null
     * @return the copy, not null
     */
    public abstract AllowanceStandard withMinimumLivingStandard(Money minimumLivingStandard);

    /**
     * Checks the policy, rung by rung, year one first: a rung below the unemployment benefit
     * ({@link ProblemCode#ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT}), a rung at or above the minimum
     * wage ({@link ProblemCode#ALLOWANCE_NOT_BELOW_MINIMUM_WAGE}), a rung above the one before it
     * ({@link ProblemCode#ALLOWANCE_LADDER_INCREASING}). Each is located at field
     * {@code ladder[i]} (0-based) with argument {@code year} = i + 1.
     *
     * @return the violations, unmodifiable, empty if none, not null
     */
    public List<Violation> check() {
        List<Money> rungs = ladder().rungs();
        List<Violation> increasing = ladder().checkNotIncreasing();
        List<Violation> violations = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < rungs.size(); i++) {
            Money rung = rungs.get(i);
            String field = AllowanceLadder.field(i);
            String year = Integer.toString(i + 1);
            String allowance = Long.toString(rung.fen());
            if (rung.compareTo(unemploymentBenefit()) < 0) {
                violations.add(Checks.violation(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, field,
                        "year", year, "allowanceFen", allowance,
                        "unemploymentBenefitFen", Long.toString(unemploymentBenefit().fen())));
            }
            if (rung.compareTo(minimumWage()) >= 0) {
                violations.add(Checks.violation(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, field,
                        "year", year, "allowanceFen", allowance, "minimumWageFen", Long.toString(minimumWage().fen())));
            }
            if (next < increasing.size() && increasing.get(next).arguments().get("year").equals(year)) {
                violations.add(increasing.get(next++));
            }
        }
        return List.copyOf(violations);
    }

    @Value.Check
    void checkAmounts() {
        Checks.notNegative(unemploymentBenefit());
        Checks.notNegative(minimumWage());
        Checks.notNegative(minimumLivingStandard());
    }

    /** Builds an {@link AllowanceStandard}. */
    public static final class Builder extends ImmutableAllowanceStandard.Builder {
        Builder() {
        }
    }
}
