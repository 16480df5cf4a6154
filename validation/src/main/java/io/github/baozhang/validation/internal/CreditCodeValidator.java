package io.github.baozhang.validation.internal;

import io.github.baozhang.problem.Parsed;
import io.github.baozhang.validation.CreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CreditCode} with {@link io.github.baozhang.id.CreditCode#check}. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

    /** Creates the validator. */
    public CreditCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Parsed<io.github.baozhang.id.CreditCode> parsed = io.github.baozhang.id.CreditCode.check(value);
        return parsed.isValid() || DtoConstraints.fail(context, parsed, value.toString());
    }
}
