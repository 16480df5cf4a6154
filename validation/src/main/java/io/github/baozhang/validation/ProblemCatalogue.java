package io.github.baozhang.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The catalogue of problem codes as a machine-readable file, published in this module's jar as
 * {@code io/github/baozhang/validation/catalogue.json}: for every code of
 * {@link io.github.baozhang.problem.ProblemCode}, its code, constant name, kind, default
 * severity, argument names in message order, and its message in simplified Chinese and English.
 *
 * <pre>{@code
 * {
 *   "format": "baozhang/problem-catalogue@1",
 *   "codes": [
 *     {
 *       "code": "E1001",
 *       "name": "VALUE_NEGATIVE",
 *       "kind": "VIOLATION",
 *       "severity": "ERROR",
 *       "arguments": ["value"],
 *       "messages": {"zh-CN": "数值 {value} 为负数，应为零或以上", "en": "the value {value} is negative; …"}
 *     }, …
 *   ]
 * }
 * }</pre>
 *
 * <p>The file is generated from the enumeration and the message bundles; a test of this module
 * fails when it is out of date. Codes are never renumbered: a published code keeps its number,
 * name, kind and arguments. This class is a stateless utility.
 */
public final class ProblemCatalogue {

    /** The name of the resource, in this class's package. */
    static final String RESOURCE = "catalogue.json";

    private ProblemCatalogue() {
    }

    /**
     * Returns the published catalogue: the text of {@code catalogue.json}, UTF-8 JSON.
     *
     * @return the JSON text, not null
     * @throws IllegalStateException if the resource is missing (a broken jar)
     */
    public static String json() {
        try (InputStream in = ProblemCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
