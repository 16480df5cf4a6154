package io.github.baozhang.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void carriesTheCodeAndTheArguments() {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("value", "1.234");
        arguments.put("reason", "decimals");
        InvalidValueException e = new InvalidValueException(ProblemCode.AMOUNT_MALFORMED, arguments);
        assertEquals(ProblemCode.AMOUNT_MALFORMED, e.code());
        assertEquals(Map.of("value", "1.234", "reason", "decimals"), e.arguments());
        assertEquals("E1003 {value=1.234, reason=decimals}", e.getMessage());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertInstanceOf(IllegalArgumentException.class, new InvalidValueException(ProblemCode.RATIO_MALFORMED, Map.of()));
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheArguments() {
        Map<String, String> arguments = new HashMap<>();
        arguments.put("value", "1/0");
        InvalidValueException e = new InvalidValueException(ProblemCode.RATIO_MALFORMED, arguments);
        arguments.put("value", "changed");
        assertEquals(Map.of("value", "1/0"), e.arguments());
        assertThrows(UnsupportedOperationException.class, () -> e.arguments().put("value", "x"));
    }

    @Test
    void requiresCodeAndArgumentsNamedInTheException() {
        assertEquals("code", assertThrows(NullPointerException.class,
                () -> new InvalidValueException(null, Map.of())).getMessage());
        assertEquals("arguments", assertThrows(NullPointerException.class,
                () -> new InvalidValueException(ProblemCode.RATIO_MALFORMED, null)).getMessage());
    }
}
