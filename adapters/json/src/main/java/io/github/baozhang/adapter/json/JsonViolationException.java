package io.github.baozhang.adapter.json;

import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * Thrown by the deserializers of {@link BaozhangJsonModule} when a value is not valid interchange
 * format: carries every violation found, with its catalogue code. The strict readers never throw
 * it — they report violations; this is for callers that bind with a Jackson mapper.
 */
public final class JsonViolationException extends DatabindException {

    private static final long serialVersionUID = 1L;

    /** The violations; an unmodifiable list of immutable values. */
    @SuppressWarnings("serial") // List.copyOf of Immutables values, serialisable in practice; not API
    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param parser  the parser that read the value, not null
     * @param violations  the violations, at least one, not null
     */
    public JsonViolationException(JsonParser parser, List<Violation> violations) {
        super(parser, message(violations), parser.currentTokenLocation());
        this.violations = List.copyOf(violations);
    }

    private static String message(List<Violation> violations) {
        return violations.stream().map(InterchangeJson::defaultMessage).collect(Collectors.joining("; "));
    }

    /**
     * Returns every violation found.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> violations() {
        return violations;
    }
}
