package io.github.baozhang.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A province profile keeps its allowance policy: every rung of every ladder at least the unemployment benefit, below the minimum wage, not above the rung before.
 *
 * <p>Internal: declared on core types through the programmatic constraint mapping of
 * {@link ValidatorFactoryHolder}, never written on a class. Each violation carries the core
 * {@link io.github.baozhang.problem.Violation} as its dynamic payload.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProvinceProfileCheck {

    /**
     * Returns the message template; unused, each violation names its code.
     *
     * @return the template
     */
    String message() default "ProvinceProfileCheck";

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
