package io.github.baozhang.id;

import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;

/** Builds the exceptions of the identifiers' static helpers. */
final class Problems {

    private Problems() {
    }

    /**
     * Returns the exception for a code and its arguments, whose names are checked against the
     * code.
     *
     * @param code  the code, not null
     * @param namesAndValues  alternating names and values, not null
     * @return the exception, to be thrown, not null
     */
    static InvalidValueException exception(ProblemCode code, String... namesAndValues) {
        return new InvalidValueException(code, Parsed.invalid(code, namesAndValues).arguments());
    }
}
