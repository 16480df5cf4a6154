package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One entry of the holiday duty roster (节假日值班, notice 三(三): 节假日要有专人值班): who is on
 * duty for a monitored enterprise on a date.
 *
 * <p>The staff name is personal data: {@link #toString()} masks it as the public list does
 * (王*, 王*国, 欧**锋); {@link #staffName()} returns it in full.
 *
 * <p>Invariant: the staff name is not blank ({@link ProblemCode#TEXT_BLANK}, thrown as
 * {@link io.github.baozhang.problem.InvalidValueException}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class DutyShift {

    DutyShift() {
    }

    /**
     * Returns a shift.
     *
     * @param date  the day of duty, not null
     * @param enterpriseId  the enterprise covered, not null
     * @param staffName  the person on duty, not blank, not null
     * @return the shift, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#TEXT_BLANK} if the name is blank
     */
    public static DutyShift of(LocalDate date, OrganizationCode enterpriseId, String staffName) {
        return ImmutableDutyShift.builder().date(date).enterpriseId(enterpriseId).staffName(staffName).build();
    }

    /**
     * Returns the day of duty.
     *
     * @return the date, not null
     */
    public abstract LocalDate date();

    /**
     * Returns the enterprise covered.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the person on duty: personal data.
     *
     * @return the name, not blank, not null
     */
    public abstract String staffName();

    @Value.Check
    void check() {
        Checks.requireText(staffName(), "staffName");
    }

    /**
     * Returns the shift with the staff name masked, such as
     * {@code DutyShift{date=2000-02-05, enterpriseId=D2143569X, staffName=王*}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "DutyShift{date=" + date() + ", enterpriseId=" + enterpriseId() + ", staffName="
                + Checks.maskName(staffName()) + "}";
    }
}
