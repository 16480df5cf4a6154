package io.github.baozhang.validation.internal;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.validation.AdminDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link AdminDivisionCode}: the shape with {@link DivisionCode#check}, or existence in
 * a revision with {@link Gb2260#check}.
 */
public final class AdminDivisionCodeValidator implements ConstraintValidator<AdminDivisionCode, CharSequence> {

    /** The table to look codes up in, or null for the shape only. */
    private Gb2260 table;

    /** Creates the validator. */
    public AdminDivisionCodeValidator() {
    }

    @Override
    public void initialize(AdminDivisionCode constraint) {
        table = revision(constraint.revision());
    }

    /**
     * Returns the table of a revision of the annotation.
     *
     * @param revision  the revision, not null
     * @return the table, or null for {@link AdminDivisionCode.Revision#NONE}
     */
    static Gb2260 revision(AdminDivisionCode.Revision revision) {
        switch (revision) {
            case NONE:
                return null;
            case R1999:
                return Gb2260.of(Gb2260Revision.R1999);
            case R2000:
                return Gb2260.of(Gb2260Revision.R2000);
            case R2001:
                return Gb2260.of(Gb2260Revision.R2001);
            default:
                return Gb2260.of(Gb2260Revision.R2002);
        }
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Parsed<?> parsed = table == null ? DivisionCode.check(value) : table.check(value);
        return parsed.isValid() || DtoConstraints.fail(context, parsed, value.toString());
    }
}
