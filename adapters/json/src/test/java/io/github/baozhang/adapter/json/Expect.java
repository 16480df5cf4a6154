package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.Map;

/** Assertions on violations: code, pointer, line, column, field, arguments. */
final class Expect {

    private Expect() {
    }

    static void violation(Violation v, ProblemCode code, String pointer, long line, long column, String field) {
        String where = v.toString();
        assertEquals(code, v.code(), where);
        assertEquals(pointer, v.location().pointer().orElse(null), where);
        assertEquals(line, v.location().line().orElse(-1), where);
        assertEquals(column, v.location().column().orElse(-1), where);
        assertEquals(field, v.location().field().orElse(null), where);
    }

    static void violation(Violation v, ProblemCode code, String pointer, long line, long column, String field,
            Map<String, String> arguments) {
        violation(v, code, pointer, line, column, field);
        assertEquals(arguments, v.arguments(), v.toString());
    }
}
