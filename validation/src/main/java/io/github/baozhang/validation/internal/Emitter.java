package io.github.baozhang.validation.internal;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Turns core violations into Hibernate Validator constraint violations: one each, its message
 * template the code, its property path the violation's location below the validated value, and
 * the core violation itself as dynamic payload, from which {@link PathLocator} and
 * {@code BaozhangValidator} rebuild it with its full location.
 *
 * <p>A location is read from its pointer when it has one ({@code /enterprises/3/id}: property
 * {@code enterprises}, then {@code id} in it at index 3), otherwise from its dotted field
 * ({@code plan.socialFen}). This class is a stateless utility.
 */
final class Emitter {

    private Emitter() {
    }

    /** One node of a path: a property name, and the index of its bean in the list before it. */
    private record Segment(String name, Integer index) {
    }

    /**
     * Reports the violations through the context.
     *
     * @param context  the context of the running validator, not null
     * @param violations  the violations, not null
     * @return true if there are none (the value is valid)
     */
    static boolean report(ConstraintValidatorContext context, List<Violation> violations) {
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        for (Violation v : violations) {
            // The payload is taken when the violation is added, so each gets its own.
            hibernate.withDynamicPayload(v);
            add(hibernate.buildConstraintViolationWithTemplate(v.code().code()), segments(v.location()));
        }
        return false;
    }

    private static void add(ConstraintViolationBuilder builder, List<Segment> segments) {
        if (segments.isEmpty()) {
            builder.addConstraintViolation();
            return;
        }
        NodeBuilderCustomizableContext node = builder.addPropertyNode(segments.get(0).name());
        NodeBuilderDefinedContext defined = null;
        for (int i = 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            NodeBuilderCustomizableContext next = defined != null
                    ? defined.addPropertyNode(s.name()) : node.addPropertyNode(s.name());
            if (s.index() != null) {
                defined = next.inIterable().atIndex(s.index());
            } else {
                defined = null;
                node = next;
            }
        }
        if (defined != null) {
            defined.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
    }

    private static List<Segment> segments(Location location) {
        List<Segment> segments = new ArrayList<>();
        if (location.pointer().isPresent()) {
            Integer index = null;
            for (String token : location.pointer().get().split("/")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (isIndex(token)) {
                    index = Integer.valueOf(token);
                } else {
                    segments.add(new Segment(token.replace("~1", "/").replace("~0", "~"), index));
                    index = null;
                }
            }
        } else if (location.field().isPresent()) {
            for (String name : location.field().get().split("\\.")) {
                segments.add(new Segment(name, null));
            }
        }
        return segments;
    }

    private static boolean isIndex(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return token.length() < 10;
    }
}
