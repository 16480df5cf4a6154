package io.github.baozhang.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@code CharSequence} is an administrative division code of GB/T 2260: six
 * digits whose first two name a province ({@link io.github.baozhang.id.DivisionCode#check}),
 * and, if a {@link #revision()} is chosen, a code that revision lists
 * ({@link io.github.baozhang.id.Gb2260#check}).
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
@Constraint(validatedBy = io.github.baozhang.validation.internal.AdminDivisionCodeValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminDivisionCode {

    /**
     * Returns the message template; by default {@code {io.github.baozhang.validation.AdminDivisionCode.message}}
     * from this module's {@code ContributorValidationMessages} bundles (zh_CN, en), which an
     * application's own {@code ValidationMessages} may override. The template may use
     * {@code {code}} and the code's arguments.
     *
     * @return the template
     */
    String message() default "{io.github.baozhang.validation.AdminDivisionCode.message}";

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
     * Returns the GB/T 2260 revision the code must exist in; by default none, and only the shape
     * is checked.
     *
     * @return the revision
     */
    Revision revision() default Revision.NONE;

    /**
     * The revisions of GB/T 2260 a code may be required to exist in: one for each revision
     * bundled in core ({@link io.github.baozhang.id.Gb2260Revision}), and {@link #NONE}.
     */
    enum Revision {
        /** No revision: six digits with a province prefix are enough. */
        NONE,
        /** The table as of December 1999. */
        R1999,
        /** The table as of December 2000. */
        R2000,
        /** The table as of December 2001. */
        R2001,
        /** The table as of December 2002. */
        R2002
    }
}
