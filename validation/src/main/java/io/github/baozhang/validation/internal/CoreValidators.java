package io.github.baozhang.validation.internal;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.EnterpriseRules;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The constraint validators of core values. Each calls the pure rule functions of core or of
 * {@link ReportRules} and reports every violation they return through {@link Emitter}.
 * Instantiated by Hibernate Validator; stateless and thread-safe.
 */
public final class CoreValidators {

    private static final RuleContext DEFAULT = RuleContext.of(Gb2260Revision.R1999);

    private CoreValidators() {
    }

    /** The context handed over as constraint validator payload, or the default one. */
    static RuleContext context(ConstraintValidatorContext context) {
        RuleContext rules = context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(RuleContext.class);
        return rules != null ? rules : DEFAULT;
    }

    /** Validates {@link EnterpriseCheck} on an {@link Enterprise}. */
    public static final class EnterpriseValidator implements ConstraintValidator<EnterpriseCheck, Enterprise> {

        /** Creates the validator. */
        public EnterpriseValidator() {
        }

        @Override
        public boolean isValid(Enterprise value, ConstraintValidatorContext context) {
            return value == null || Emitter.report(context, EnterpriseRules.check(value, context(context).divisions()));
        }
    }

    /** Validates {@link MonthlyReportCheck} on a {@link MonthlyReport}. */
    public static final class MonthlyReportValidator implements ConstraintValidator<MonthlyReportCheck, MonthlyReport> {

        /** Creates the validator. */
        public MonthlyReportValidator() {
        }

        @Override
        public boolean isValid(MonthlyReport value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            RuleContext rules = context(context);
            List<Violation> violations = new ArrayList<>(ReportRules.check(value));
            violations.addAll(ReportRules.checkAgainstRegistry(value, rules));
            rules.totalsFor(value).ifPresent(t -> violations.addAll(ReportRules.checkControlTotals(value, t)));
            rules.profileFor(value).ifPresent(p -> violations.addAll(ProfileRules.checkReport(value, p)));
            return Emitter.report(context, violations);
        }
    }

    /** Validates {@link FundsPlanCheck} on the {@link FundsReport} of a report. */
    public static final class FundsPlanValidator implements ConstraintValidator<FundsPlanCheck, FundsReport> {

        /** Creates the validator. */
        public FundsPlanValidator() {
        }

        @Override
        public boolean isValid(FundsReport value, ConstraintValidatorContext context) {
            return value == null || Emitter.report(context, ReportRules.checkFunds(value));
        }
    }

    /** Validates {@link FundingCaseCheck} on a {@link FundingCase}. */
    public static final class FundingCaseValidator implements ConstraintValidator<FundingCaseCheck, FundingCase> {

        /** Creates the validator. */
        public FundingCaseValidator() {
        }

        @Override
        public boolean isValid(FundingCase value, ConstraintValidatorContext context) {
            return value == null || Emitter.report(context, ThreeThirds.check(value));
        }
    }

    /** Validates {@link RegistryCheck} on a {@link Documents.Registry}. */
    public static final class RegistryValidator implements ConstraintValidator<RegistryCheck, Documents.Registry> {

        /** Creates the validator. */
        public RegistryValidator() {
        }

        @Override
        public boolean isValid(Documents.Registry value, ConstraintValidatorContext context) {
            return value == null || Emitter.report(context, EnterpriseRules.checkRegistry(value.enterprises()));
        }
    }

    /** Validates {@link DisbursementRecordCheck} on a {@link DisbursementRecord}. */
    public static final class DisbursementRecordValidator
            implements ConstraintValidator<DisbursementRecordCheck, DisbursementRecord> {

        /** Creates the validator. */
        public DisbursementRecordValidator() {
        }

        @Override
        public boolean isValid(DisbursementRecord value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            List<Violation> violations = new ArrayList<>(value.check());
            context(context).profile().ifPresent(p -> violations.addAll(ProfileRules.checkRow(value, p)));
            return Emitter.report(context, violations);
        }
    }

    /** Validates {@link ProvinceProfileCheck} on a {@link ProvinceProfile}. */
    public static final class ProvinceProfileValidator
            implements ConstraintValidator<ProvinceProfileCheck, ProvinceProfile> {

        /** Creates the validator. */
        public ProvinceProfileValidator() {
        }

        @Override
        public boolean isValid(ProvinceProfile value, ConstraintValidatorContext context) {
            return value == null || Emitter.report(context, value.check());
        }
    }
}
