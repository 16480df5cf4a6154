package io.github.baozhang.validation.internal;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.validation.CitizenIdNumber;
import io.github.baozhang.validation.Masking;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CitizenIdNumber} with {@link CitizenId#check} or {@link CitizenId#checkAllowingLegacy}. */
public final class CitizenIdNumberValidator implements ConstraintValidator<CitizenIdNumber, CharSequence> {

    private boolean allowLegacy15;

    /** Creates the validator. */
    public CitizenIdNumberValidator() {
    }

    @Override
    public void initialize(CitizenIdNumber constraint) {
        allowLegacy15 = constraint.allowLegacy15();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Parsed<CitizenId> parsed = allowLegacy15 ? CitizenId.checkAllowingLegacy(value) : CitizenId.check(value);
        return parsed.isValid() || DtoConstraints.fail(context, parsed, Masking.citizenId(value));
    }
}
