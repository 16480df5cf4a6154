package io.github.baozhang.validation.internal;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds the one Hibernate Validator factory that validates core values, on first use, and
 * keeps it for the life of the class loader (the holder idiom: thread-safe without locking).
 *
 * <p>Core carries no annotation: the constraints are declared here, programmatically —
 * class-level business rules on {@link Enterprise}, {@link MonthlyReport}, {@link FundingCase},
 * {@link DisbursementRecord} and {@link ProvinceProfile}, a property constraint on a report's {@code funds}, and the documents'
 * lists cascaded element by element. The factory reads no {@code META-INF/validation.xml}
 * (the application's own configuration is not ours to pick up), finds Hibernate Validator
 * without a service lookup, treats every property as traversable (no JPA probing), and
 * interpolates messages without Expression Language: each violation's message is just its
 * code, and {@code ProblemFormatter} turns codes into words.
 */
public final class ValidatorFactoryHolder {

    private ValidatorFactoryHolder() {
    }

    /** Builds the factory when this class is first initialised. */
    private static final class Lazy {
        static final ValidatorFactory FACTORY = build();
    }

    /**
     * Returns the shared factory, building it on the first call.
     *
     * @return the factory, the same instance on every call, not null
     */
    public static ValidatorFactory factory() {
        return Lazy.FACTORY;
    }

    /**
     * Builds a new factory. Public for the start-up benchmark and the tests; everything else
     * uses {@link #factory()}.
     *
     * @return a new factory, not null
     */
    public static ValidatorFactory build() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator())
                .traversableResolver(new EverythingTraversable())
                .getterPropertySelectionStrategy(new AccessorGetterStrategy());
        configuration.addMapping(mapping(configuration));
        return configuration.buildValidatorFactory();
    }

    private static ConstraintMapping mapping(HibernateValidatorConfiguration configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(EnterpriseCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.EnterpriseValidator.class);
        mapping.constraintDefinition(MonthlyReportCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.MonthlyReportValidator.class);
        mapping.constraintDefinition(FundsPlanCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.FundsPlanValidator.class);
        mapping.constraintDefinition(FundingCaseCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.FundingCaseValidator.class);
        mapping.constraintDefinition(RegistryCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.RegistryValidator.class);
        mapping.constraintDefinition(DisbursementRecordCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.DisbursementRecordValidator.class);
        mapping.constraintDefinition(ProvinceProfileCheck.class)
                .includeExistingValidators(false).validatedBy(CoreValidators.ProvinceProfileValidator.class);

        mapping.type(Enterprise.class)
                .constraint(new GenericConstraintDef<>(EnterpriseCheck.class));
        mapping.type(MonthlyReport.class)
                .constraint(new GenericConstraintDef<>(MonthlyReportCheck.class))
                .getter("funds").constraint(new GenericConstraintDef<>(FundsPlanCheck.class));
        mapping.type(FundingCase.class)
                .constraint(new GenericConstraintDef<>(FundingCaseCheck.class));
        mapping.type(Documents.Registry.class)
                .constraint(new GenericConstraintDef<>(RegistryCheck.class))
                .getter("enterprises").containerElementType().valid();
        mapping.type(Documents.Reports.class)
                .getter("reports").containerElementType().valid();
        mapping.type(DisbursementRecord.class)
                .constraint(new GenericConstraintDef<>(DisbursementRecordCheck.class));
        mapping.type(ProvinceProfile.class)
                .constraint(new GenericConstraintDef<>(ProvinceProfileCheck.class));
        mapping.type(Documents.Disbursements.class)
                .getter("records").containerElementType().valid();
        return mapping;
    }

    /** Every property may be read and cascaded: core values are plain objects, never JPA entities. */
    private static final class EverythingTraversable implements TraversableResolver {

        @Override
        public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                Path pathToTraversableObject, ElementType elementType) {
            return true;
        }
    }
}
