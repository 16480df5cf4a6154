package io.github.baozhang.enterprise;

import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A monitored enterprise (重点监控企业) as the registry {@code baozhang/enterprises@1} describes
 * it; each attribute is named as its interchange field.
 *
 * <p>Structural invariants are checked when the value is built, and {@link Builder#build()}
 * throws {@link io.github.baozhang.problem.InvalidValueException} when one fails:
 * the name is not blank ({@link ProblemCode#ENTERPRISE_NAME_BLANK}); the province is a
 * province-level code ({@link ProblemCode#DIVISION_CODE_LEVEL}); employees and laid-off workers
 * are zero or more ({@link ProblemCode#VALUE_NEGATIVE}); a credit code, when given, embeds the
 * enterprise's id ({@link ProblemCode#ENTERPRISE_CREDIT_CODE_MISMATCH}). Business rules — a
 * Shougang external enterprise is local, laid-off workers do not exceed employees, the city lies
 * in the province, an id appears once in a registry — are not invariants: an enterprise that
 * breaks them can be built, and {@link EnterpriseRules} reports them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class Enterprise {

    Enterprise() {
    }

    /**
     * Returns a builder; every attribute but {@link #creditCode()} must be set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id: the organisation code (组织机构代码).
     *
     * @return the id, not null
     */
    public abstract OrganizationCode id();

    /**
     * Returns the unified social credit code (统一社会信用代码), for re-keying today; its
     * positions 9–17 are the {@link #id()}.
     *
     * @return the credit code, or empty
     */
    public abstract Optional<CreditCode> creditCode();

    /**
     * Returns the name.
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * Returns the province (省级, {@code PP0000}) the enterprise lies in.
     *
     * @return the province, of level {@link DivisionLevel#PROVINCE}, not null
     */
    public abstract DivisionCode province();

    /**
     * Returns the city (地市): a prefecture-level code or a county-level one directly under the
     * province; that it lies in the province is a rule ({@link EnterpriseRules}).
     *
     * @return the city, not null
     */
    public abstract DivisionCode city();

    /**
     * Returns the industry.
     *
     * @return the industry, not null
     */
    public abstract Industry industry();

    /**
     * Returns whether the enterprise is central or local.
     *
     * @return the affiliation, not null
     */
    public abstract Affiliation affiliation();

    /**
     * Returns whether this is a Shougang external enterprise (首钢外埠企业), a Shougang plant
     * outside Beijing monitored by the province it is in; such an enterprise must be local.
     *
     * @return true for a Shougang external enterprise
     */
    public abstract boolean shougangExternal();

    /**
     * Returns the state of production.
     *
     * @return the production status, not null
     */
    public abstract ProductionStatus production();

    /**
     * Returns whether the enterprise makes severe losses (亏损严重).
     *
     * @return true if it does
     */
    public abstract boolean severeLoss();

    /**
     * Returns the number of employees (职工).
     *
     * @return the count, zero or more
     */
    public abstract long employees();

    /**
     * Returns the number of laid-off workers (下岗职工).
     *
     * @return the count, zero or more
     */
    public abstract long laidOffWorkers();

    /**
     * Returns whether funds are not in place and some laid-off workers are not reached: a blind
     * spot (死角).
     *
     * @return true if there is a blind spot
     */
    public abstract boolean fundingBlindSpot();

    /**
     * Returns whether a mass incident (群体性突发事件) over the guarantee has happened here.
     *
     * @return true if one has
     */
    public abstract boolean incidentHistory();

    /**
     * Returns whether there is a latent risk (隐患) of such an incident.
     *
     * @return true if there is
     */
    public abstract boolean hiddenRisk();

    @Value.Check
    void check() {
        if (name().isBlank()) {
            fail(ProblemCode.ENTERPRISE_NAME_BLANK);
        }
        if (province().level() != DivisionLevel.PROVINCE) {
            fail(ProblemCode.DIVISION_CODE_LEVEL, "code", province().toString(),
                    "level", province().level().name(), "expected", DivisionLevel.PROVINCE.name());
        }
        if (employees() < 0) {
            fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(employees()));
        }
        if (laidOffWorkers() < 0) {
            fail(ProblemCode.VALUE_NEGATIVE, "value", Long.toString(laidOffWorkers()));
        }
        if (creditCode().isPresent() && !creditCode().get().organizationCode().equals(id())) {
            fail(ProblemCode.ENTERPRISE_CREDIT_CODE_MISMATCH,
                    "creditCode", creditCode().get().toString(), "id", id().toString());
        }
    }

    /** Throws {@link io.github.baozhang.problem.InvalidValueException} with the code and arguments. */
    static void fail(ProblemCode code, String... namesAndValues) {
        Parsed.invalid(code, namesAndValues).orElseThrow();
    }

    /** Builds an {@link Enterprise}. */
    public static final class Builder extends ImmutableEnterprise.Builder {
        Builder() {
        }
    }
}
