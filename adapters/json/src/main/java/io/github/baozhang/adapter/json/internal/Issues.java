package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The violations found in one element, each located by document, pointer, line, column and
 * field; and the fields that failed, so that a later rule does not report them again.
 */
final class Issues {

    /** An offending value longer than this is cut, so that a violation stays small. */
    private static final int MAX_OFFENDING = 64;

    private final String document;
    private final List<Violation> violations = new ArrayList<>(4);
    private final Set<String> failed = new HashSet<>();

    Issues(String document) {
        this.document = document;
    }

    static Location location(String document, Pos pos, String field) {
        Location.Builder b = Location.builder().pointer(pos.pointer()).line(pos.line()).column(pos.column());
        if (document != null) {
            b.document(document);
        }
        if (field != null && !field.isEmpty()) {
            b.field(field);
        }
        return b.build();
    }

    static Violation violation(String document, ProblemCode code, Pos pos, String field, String offending,
            String... namesAndValues) {
        Violation.Builder b = Violation.builder().code(code).location(location(document, pos, field));
        if (offending != null) {
            b.offendingValue(cut(offending));
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                b.putArguments(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return b.build();
    }

    static String cut(String text) {
        return text.length() <= MAX_OFFENDING ? text : text.substring(0, MAX_OFFENDING) + "…";
    }

    /** Adds a violation at a field; the field counts as failed. */
    void add(ProblemCode code, Pos pos, String field, String offending, String... namesAndValues) {
        violations.add(violation(document, code, pos, field, offending, namesAndValues));
        if (field != null) {
            failed.add(field);
        }
    }

    /** Adds the failure of a core {@code check} at a node. */
    void add(Parsed<?> parsed, Node at, String offending) {
        Violation v = parsed.toViolation(location(document, at.pos, at.field));
        violations.add(offending == null ? v : Violation.builder().from(v).offendingValue(cut(offending)).build());
        failed.add(at.field);
    }

    /** Adds a violation found by a core rule, moved to where its field stands in the element. */
    void addLocated(Violation v, Node element) {
        String field = v.location().field().orElse("");
        Pos pos = field.isEmpty() ? element.pos : element.posOf(field);
        violations.add(v.withLocation(location(document, pos, field)));
        failed.add(field);
    }

    /** Marks a field failed without a violation of its own (its parent's is enough). */
    void markFailed(String field) {
        failed.add(field);
    }

    boolean failed(String field) {
        return failed.contains(field);
    }

    boolean isEmpty() {
        return violations.isEmpty();
    }

    /** Returns the violations in document order (by line, then column; stable). */
    List<Violation> violations() {
        violations.sort(DOCUMENT_ORDER);
        return violations;
    }

    private static final java.util.Comparator<Violation> DOCUMENT_ORDER = java.util.Comparator
            .comparingLong((Violation v) -> v.location().line().orElse(0))
            .thenComparingLong(v -> v.location().column().orElse(0));
}
