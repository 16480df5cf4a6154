package io.github.baozhang.problem;

import java.util.Map;

/** Checks shared by the problem values. */
final class Problems {

    private Problems() {
    }

    static void checkArguments(ProblemCode code, Map<String, String> arguments) {
        for (String name : arguments.keySet()) {
            if (!code.argumentNames().contains(name)) {
                throw new IllegalArgumentException(
                        "argument '" + name + "' is not one of " + code.code() + "'s " + code.argumentNames());
            }
        }
    }
}
