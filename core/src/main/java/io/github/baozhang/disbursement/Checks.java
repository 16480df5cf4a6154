package io.github.baozhang.disbursement;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the exceptions, violations and findings of this package. */
final class Checks {

    private Checks() {
    }

    /** Throws {@link io.github.baozhang.problem.InvalidValueException} with the code and arguments. */
    static void fail(ProblemCode code, String... namesAndValues) {
        Parsed.invalid(code, namesAndValues).orElseThrow();
    }

    /** Returns a violation at a field, with arguments as alternating names and values. */
    static Violation violation(ProblemCode code, String field, String... namesAndValues) {
        return Violation.builder().code(code).location(Location.ofField(field))
                .putAllArguments(arguments(namesAndValues)).build();
    }

    /** Returns a finding about a subject, with arguments as alternating names and values. */
    static Finding finding(ProblemCode code, String subject, String... namesAndValues) {
        return Finding.of(code, subject, arguments(namesAndValues));
    }

    private static Map<String, String> arguments(String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return args;
    }
}
