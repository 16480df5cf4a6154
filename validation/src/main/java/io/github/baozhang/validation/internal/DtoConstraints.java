package io.github.baozhang.validation.internal;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports the failure of a DTO constraint: the default violation (the annotation's message),
 * with the message parameter {@code code} and one per argument of the code, and a core
 * {@link Violation} as the dynamic payload. With a Bean Validation provider other than Hibernate
 * Validator only the message is reported. This class is a stateless utility.
 */
final class DtoConstraints {

    private DtoConstraints() {
    }

    /**
     * Reports a failed parse.
     *
     * @param context  the context, not null
     * @param parsed  the failed outcome, not null
     * @param offendingValue  the value as it may be shown (masked if personal), not null
     * @return false, for {@code isValid} to return
     */
    static boolean fail(ConstraintValidatorContext context, Parsed<?> parsed, String offendingValue) {
        return fail(context, parsed.code().orElseThrow(), parsed.arguments(), offendingValue);
    }

    /**
     * Reports a failure.
     *
     * @param context  the context, not null
     * @param code  the code, not null
     * @param arguments  the code's arguments, not null
     * @param offendingValue  the value as it may be shown (masked if personal), not null
     * @return false, for {@code isValid} to return
     */
    static boolean fail(ConstraintValidatorContext context, ProblemCode code, Map<String, String> arguments,
            String offendingValue) {
        HibernateConstraintValidatorContext hibernate;
        try {
            hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException notHibernate) {
            return false;
        }
        hibernate.addMessageParameter("code", code.code());
        arguments.forEach(hibernate::addMessageParameter);
        hibernate.withDynamicPayload(Violation.builder().code(code).offendingValue(offendingValue)
                .putAllArguments(arguments).build());
        return false;
    }
}
