package io.github.baozhang.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code long}, {@code Long}, {@code String} or {@code CharSequence} is an amount
 * in whole fen (分) between {@link #min()} and {@link #max()}, zero or more by default — the
 * form of every {@code …Fen} field of the interchange format.
 *
 * <p>Text must be an optional {@code -} and ASCII digits within the signed 64-bit range: no
 * {@code +}, point, exponent, space or full-width digit
 * ({@link io.github.baozhang.problem.ProblemCode#AMOUNT_MALFORMED}, reason {@code digits},
 * {@code character} or {@code range}). Below a minimum of zero is
 * {@link io.github.baozhang.problem.ProblemCode#VALUE_NEGATIVE}; outside any other bounds,
 * {@link io.github.baozhang.problem.ProblemCode#AMOUNT_OUT_OF_BOUNDS}.
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
@Constraint(validatedBy = {io.github.baozhang.validation.internal.FenAmountValidators.OfLong.class,
        io.github.baozhang.validation.internal.FenAmountValidators.OfText.class})
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FenAmount {

    /**
     * Returns the message template; by default {@code {io.github.baozhang.validation.FenAmount.message}}
     * from this module's {@code ContributorValidationMessages} bundles (zh_CN, en), which an
     * application's own {@code ValidationMessages} may override. The template may use
     * {@code {code}} and the code's arguments.
     *
     * @return the template
     */
    String message() default "{io.github.baozhang.validation.FenAmount.message}";

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

    /**
     * Returns the smallest amount allowed, in fen; 0 by default.
     *
     * @return the minimum
     */
    long min() default 0;

    /**
     * Returns the largest amount allowed, in fen; {@code Long.MAX_VALUE} by default.
     *
     * @return the maximum
     */
    long max() default Long.MAX_VALUE;
}
