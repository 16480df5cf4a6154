package io.github.baozhang.validation.internal;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.validation.OrganisationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link OrganisationCode} with {@link OrganizationCode#check}. */
public final class OrganisationCodeValidator implements ConstraintValidator<OrganisationCode, CharSequence> {

    /** Creates the validator. */
    public OrganisationCodeValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Parsed<OrganizationCode> parsed = OrganizationCode.check(value);
        return parsed.isValid() || DtoConstraints.fail(context, parsed, value.toString());
    }
}
