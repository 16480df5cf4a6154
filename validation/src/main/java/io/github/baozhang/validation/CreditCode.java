package io.github.baozhang.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} is a unified social credit code (统一社会信用代码) of
 * GB 32100-2015, checked by {@link io.github.baozhang.id.CreditCode#check}: 18 characters of its
 * alphabet (no I, O, S, V, Z), an embedded organisation code that passes its own check, and the
 * right check character.
 *
 * <p>{@code null} is valid (add {@code @NotNull} to require a value). On failure the violation
 * carries the reason: the message parameter {@code code} (such as {@code E2005}), one message
 * parameter per argument of that code, and — with Hibernate Validator — the dynamic payload, a
 * core {@link io.github.baozhang.problem.Violation} with the code, the arguments and the offending
 * value (masked when it is personal data), which {@link ProblemFormatter} renders:
 * {@code violation.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Violation.class)}.
 */
@Documented
// The validator lives in the internal package, opened to Hibernate Validator, not exported.
@SuppressWarnings("exports")
@Constraint(validatedBy = io.github.baozhang.validation.internal.CreditCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCode {

    /**
     * Returns the message template; by default {@code {io.github.baozhang.validation.CreditCode.message}}
     * from this module's {@code ContributorValidationMessages} bundles (zh_CN, en), which an
     * application's own {@code ValidationMessages} may override. The template may use
     * {@code {code}} and the code's arguments.
     *
     * @return the template
     */
    String message() default "{io.github.baozhang.validation.CreditCode.message}";

    /**
     * Returns the groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
