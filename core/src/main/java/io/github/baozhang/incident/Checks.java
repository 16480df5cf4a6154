package io.github.baozhang.incident;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the values and checks of this package. */
final class Checks {

    private Checks() {
    }

    /** Throws {@link io.github.baozhang.problem.InvalidValueException} with the code and arguments. */
    static void fail(ProblemCode code, String... namesAndValues) {
        Parsed.invalid(code, namesAndValues).orElseThrow();
    }

    /** Fails with {@link ProblemCode#TEXT_BLANK} if the text is blank. */
    static void requireText(String text, String field) {
        if (text.isBlank()) {
            fail(ProblemCode.TEXT_BLANK, "field", field);
        }
    }

    /** Fails with {@link ProblemCode#VALUE_NEGATIVE} if the count is negative. */
    static void requireNotNegative(long value) {
        if (value < 0) {
            fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(value));
        }
    }

    /** Returns a finding with arguments given as alternating names and values, in that order. */
    static Finding finding(ProblemCode code, String subject, String... namesAndValues) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Finding.of(code, subject, arguments);
    }

    /**
     * Masks a person's name as the public list does: the first character stays and, from three
     * characters on, the last; every other character becomes {@code *} (王*, 王*国, 欧**锋). A
     * name of one character becomes {@code *}. Characters are Unicode code points.
     */
    static String maskName(String name) {
        return name.isEmpty() ? "" : io.github.baozhang.disbursement.PublicPosting.maskName(name);
    }
}
