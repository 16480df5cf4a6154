package io.github.baozhang.examples.provincial.snippets;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.BaozhangValidator;
import io.github.baozhang.validation.ProblemFormatter;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/** The code of {@code docs/validation.md}. */
public final class ValidationPage {

    private ValidationPage() {
    }

    /**
     * Validates a report against its registry entry and says the problems in Chinese.
     *
     * @param report  the report
     * @param registeredEnterprise  its enterprise as registered
     * @param out  where the problems are said
     * @return the problems
     */
    public static List<Violation> validate(MonthlyReport report, Enterprise registeredEnterprise, PrintStream out) {
        // tag::validate[]
        BaozhangValidator validator = BaozhangValidator.shared();   // build once, keep, share between threads

        List<Violation> problems = validator.validate(report, registeredEnterprise);
        ProblemFormatter zh = ProblemFormatter.of(Locale.SIMPLIFIED_CHINESE);
        problems.forEach(v -> out.println(zh.format(v)));
        // inCentre：进中心人数 50000 超过下岗职工人数 42000
        // end::validate[]
        return problems;
    }

    /**
     * Fills a form.
     *
     * @param citizenId  the worker's citizen ID
     * @param enterpriseId  the enterprise's organisation code
     * @param creditCode  its credit code
     * @param city  the city's division code
     * @param allowanceFen  the allowance, fen
     * @param perWorkerFen  the amount per worker, fen, as typed
     * @return the form
     */
    public static WorkerForm form(String citizenId, String enterpriseId, String creditCode, String city,
            long allowanceFen, String perWorkerFen) {
        WorkerForm form = new WorkerForm();
        form.citizenId = citizenId;
        form.enterpriseId = enterpriseId;
        form.creditCode = creditCode;
        form.city = city;
        form.allowanceFen = allowanceFen;
        form.perWorkerFen = perWorkerFen;
        return form;
    }

    /**
     * Validates a form with a plain default factory.
     *
     * @param form  the form
     * @return its violations
     */
    public static Set<ConstraintViolation<WorkerForm>> validate(WorkerForm form) {
        // tag::validateForm[]
        Set<ConstraintViolation<WorkerForm>> violations =
                Validation.buildDefaultValidatorFactory().getValidator().validate(form);
        // end::validateForm[]
        return violations;
    }

    /**
     * Says a violation's reason in words.
     *
     * @param violation  a violation of one of Baozhang's constraints
     * @param locale  the language
     * @return the reason in words
     */
    public static String reason(ConstraintViolation<?> violation, Locale locale) {
        // tag::reason[]
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Violation reason = hibernate.getDynamicPayload(Violation.class);
        String words = ProblemFormatter.of(locale).format(reason);   // 公民身份号码的校验码应为 X，实为 1
        // end::reason[]
        return words;
    }
}
