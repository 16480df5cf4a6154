package io.github.baozhang.profile;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;

/** Builds the exceptions and violations of this package. */
final class Checks {

    private Checks() {
    }

    /** Throws {@link io.github.baozhang.problem.InvalidValueException} with the code and arguments. */
    static void fail(ProblemCode code, String... namesAndValues) {
        Parsed.invalid(code, namesAndValues).orElseThrow();
    }

    /** Throws {@link ProblemCode#VALUE_NEGATIVE} if the amount is below zero. */
    static Money notNegative(Money amount) {
        if (amount.isNegative()) {
            fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(amount.fen()));
        }
        return amount;
    }

    /** Returns a violation at a field, with arguments as alternating names and values. */
    static Violation violation(ProblemCode code, String field, String... namesAndValues) {
        Violation.Builder b = Violation.builder().code(code).location(Location.ofField(field));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            b.putArguments(namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }
}
