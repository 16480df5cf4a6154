package io.github.baozhang.validation;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.internal.Documents;
import io.github.baozhang.validation.internal.PathLocator;
import io.github.baozhang.validation.internal.RuleContext;
import io.github.baozhang.validation.internal.ValidatorFactoryHolder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Validates Baozhang's core values and documents with Hibernate Validator, and returns every
 * violation as core's {@link Violation}: a stable code from the catalogue, its severity, where it
 * is (the interchange field, such as {@code inCentre} or {@code funds.plan.socialFen}, and in a
 * document the JSON pointer, such as {@code /reports/3/inCentre}), the offending value and the
 * arguments. Every violation is reported, not only the first; invalid input is a result, never
 * an exception.
 *
 * <p>The rules (codes in brackets; {@code docs/validation.md} has the full list):
 * <ul>
 *   <li>an enterprise: a Shougang external enterprise is local [E3001], laid-off workers do not
 *       exceed employees [E3003], the city lies in the province of the chosen GB/T 2260
 *       revision [E2032, E2033, E2034];</li>
 *   <li>a registry: each enterprise as above, each id once [E3002];</li>
 *   <li>a monthly report: in centre ≤ laid off [E7002], agreements ≤ in centre [E7003], the
 *       period does not begin after the submission in Beijing time [E7004], the funds plan is a
 *       three-thirds split [E7005]; against its registry entry, the enterprise is listed
 *       [E7006] and the laid-off workers do not exceed its employees [E3003]; against its worker
 *       rows, the control totals agree [E7007];</li>
 *   <li>a monthly report against its province profile: the allowance due at least the
 *       unemployment benefit for each worker with an agreement [E7101], below the minimum wage
 *       [E7102] and the ladder's top rung [E7103] for each worker in the centre, the
 *       contributions due a whole number of workers' contributions [E7104];</li>
 *   <li>a worker row against its province profile: its own checks, the allowance due at least
 *       the unemployment benefit [E5001], below the minimum wage [E5002], not above the ladder's
 *       rung for the year in the centre [E5101], the contributions due as the policy computes
 *       them [E5102];</li>
 *   <li>a province profile: its allowance policy [E5001–E5003];</li>
 *   <li>a funding case: {@code ThreeThirds.check} [E3001, E1005, E1001, E4001, E4002, E1002].</li>
 * </ul>
 *
 * <p>The Hibernate Validator factory behind every instance is built once, on first use, and
 * shared: in a cold JVM it costs about a second of CPU ({@code docs/validation.md}), so keep this
 * object and don't build one per call.
 * Core carries no annotation; the constraints are mapped programmatically.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BaozhangValidator {

    /** Orders violations by where they are (list indices as numbers), then by code. */
    private static final Comparator<Violation> ORDER = Comparator
            .comparing((Violation v) -> v.location().pointer().orElse(""), BaozhangValidator::comparePointers)
            .thenComparing(v -> v.location().field().orElse(""))
            .thenComparing(v -> v.code().code());

    private final Gb2260Revision revision;
    private final RuleContext context;
    private final Validator validator;

    private BaozhangValidator(Gb2260Revision revision) {
        this.revision = revision;
        this.context = RuleContext.of(revision);
        this.validator = validatorFor(context);
    }

    /** The instance for GB/T 2260 (1999), built on first use. */
    private static final class Shared {
        static final BaozhangValidator INSTANCE = new BaozhangValidator(Gb2260Revision.R1999);
    }

    /**
     * Returns the shared validator, which reads divisions against GB/T 2260 (1999), the
     * revision in force when the notice was issued. Built on the first call.
     *
     * @return the validator, the same instance on every call, not null
     */
    public static BaozhangValidator shared() {
        return Shared.INSTANCE;
    }

    /**
     * Returns a validator that reads divisions against the given GB/T 2260 revision. It shares
     * the one Hibernate Validator factory with every other instance, so it is cheap to make.
     *
     * @param revision  the revision, not null
     * @return the validator, not null
     */
    public static BaozhangValidator withRevision(Gb2260Revision revision) {
        Objects.requireNonNull(revision, "revision");
        return revision == Gb2260Revision.R1999 ? shared() : new BaozhangValidator(revision);
    }

    /**
     * Returns the GB/T 2260 revision cities and provinces are read against.
     *
     * @return the revision, not null
     */
    public Gb2260Revision revision() {
        return revision;
    }

    /**
     * Validates an enterprise of a registry, on its own: Shougang external is local, laid-off
     * workers do not exceed employees, the city lies in the province.
     *
     * @param enterprise  the enterprise, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     */
    public List<Violation> validate(Enterprise enterprise) {
        return run(validator, Objects.requireNonNull(enterprise, "enterprise"), false);
    }

    /**
     * Validates a funding case ({@code funding-cases@1}).
     *
     * @param fundingCase  the case, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     */
    public List<Violation> validate(FundingCase fundingCase) {
        return run(validator, Objects.requireNonNull(fundingCase, "fundingCase"), false);
    }

    /**
     * Validates a monthly report on its own, without its registry entry: the rules that need
     * the enterprise (it is listed, laid-off workers within its employees) are not checked.
     *
     * @param report  the report, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     */
    public List<Violation> validate(MonthlyReport report) {
        return run(validator, Objects.requireNonNull(report, "report"), false);
    }

    /**
     * Validates a monthly report against its enterprise as the registry lists it.
     *
     * @param report  the report, not null
     * @param registered  the registry's entry for the report's enterprise, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     * @throws IllegalArgumentException if the enterprise is not the report's
     */
    public List<Violation> validate(MonthlyReport report, Enterprise registered) {
        checkSameEnterprise(report, registered);
        return run(validatorFor(context.withRegistry(List.of(registered))), report, false);
    }

    /**
     * Validates a monthly report against its enterprise and against the totals of its worker
     * rows (control totals).
     *
     * @param report  the report, not null
     * @param registered  the registry's entry for the report's enterprise, not null
     * @param rows  the totals of the report's worker rows, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     * @throws IllegalArgumentException if the enterprise is not the report's
     */
    public List<Violation> validate(MonthlyReport report, Enterprise registered, WorkerRowTotals rows) {
        checkSameEnterprise(report, registered);
        Objects.requireNonNull(rows, "rows");
        return run(validatorFor(context.withRegistry(List.of(registered)).withTotals(rows)), report, false);
    }

    /**
     * Validates a monthly report against its enterprise and the province profile of its
     * province: besides {@link #validate(MonthlyReport, Enterprise)}, the allowance due within
     * the ladder, at least the unemployment benefit and below the minimum wage, and the
     * contributions due as the contribution policy computes them, as far as a report's totals
     * can tell [E7101–E7104].
     *
     * @param report  the report, not null
     * @param registered  the registry's entry for the report's enterprise, not null
     * @param profile  the profile of the enterprise's province, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     * @throws IllegalArgumentException if the enterprise is not the report's
     */
    public List<Violation> validate(MonthlyReport report, Enterprise registered, ProvinceProfile profile) {
        checkSameEnterprise(report, registered);
        Objects.requireNonNull(profile, "profile");
        return run(validatorFor(context.withRegistry(List.of(registered)).withProfile(profile)), report, false);
    }

    /**
     * Validates a monthly report against its enterprise, the totals of its worker rows and the
     * province profile: every rule of the three methods above together.
     *
     * @param report  the report, not null
     * @param registered  the registry's entry for the report's enterprise, not null
     * @param rows  the totals of the report's worker rows, not null
     * @param profile  the profile of the enterprise's province, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     * @throws IllegalArgumentException if the enterprise is not the report's
     */
    public List<Violation> validate(MonthlyReport report, Enterprise registered, WorkerRowTotals rows,
            ProvinceProfile profile) {
        checkSameEnterprise(report, registered);
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(profile, "profile");
        return run(validatorFor(context.withRegistry(List.of(registered)).withTotals(rows).withProfile(profile)),
                report, false);
    }

    /**
     * Validates a province profile's allowance policy ({@code ProvinceProfile.check()}): every
     * rung of every ladder at least the unemployment benefit [E5001], below the minimum wage
     * [E5002], not above the rung before [E5003], located at field
     * {@code allowanceStandards[i].ladder[j]} (0-based, in date order).
     *
     * @param profile  the profile, not null
     * @return every violation, unmodifiable, empty if valid, not null
     */
    public List<Violation> validate(ProvinceProfile profile) {
        return run(validator, Objects.requireNonNull(profile, "profile"), false);
    }

    /**
     * Validates one worker row against the province profile: its own checks
     * ({@code DisbursementRecord.check()}), then the allowance due at least the unemployment
     * benefit [E5001], below the minimum wage [E5002] and not above the ladder's rung for the
     * worker's year in the centre [E5101], and the contributions due as the policy computes
     * them [E5102], each at {@code allowance.dueFen} or {@code contributions.dueFen}.
     *
     * @param row  the row, not null
     * @param profile  the profile of the row's province, not null
     * @return every violation, located by field, unmodifiable, empty if valid, not null
     */
    public List<Violation> validate(DisbursementRecord row, ProvinceProfile profile) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(profile, "profile");
        return run(validatorFor(context.withProfile(profile)), row, false);
    }

    /**
     * Validates worker rows, {@code baozhang/disbursements@1}, of one province against its
     * profile, as {@link #validate(DisbursementRecord, ProvinceProfile)} does each. Locations
     * carry the pointer ({@code /records/3/allowance/dueFen}) and the field
     * ({@code allowance.dueFen}). Duplicate recipients are not looked for here.
     *
     * @param rows  the rows in document order, not null, no null element
     * @param profile  the profile of their province, not null
     * @return every violation, in document order, unmodifiable, empty if valid, not null
     */
    public List<Violation> validateDisbursements(List<DisbursementRecord> rows, ProvinceProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return run(validatorFor(context.withProfile(profile)), new Documents.Disbursements(rows), true);
    }

    /**
     * Validates a registry, {@code baozhang/enterprises@1}: every enterprise, and each id once.
     * Locations carry the pointer into the document ({@code /enterprises/3/laidOffWorkers}) and
     * the field ({@code laidOffWorkers}).
     *
     * @param registry  the enterprises in document order, not null, no null element
     * @return every violation, in document order, unmodifiable, empty if valid, not null
     */
    public List<Violation> validateRegistry(List<Enterprise> registry) {
        return run(validator, new Documents.Registry(registry), true);
    }

    /**
     * Validates monthly reports, {@code baozhang/monthly-reports@1}, against the registry given
     * beside them: every report, each of whose enterprise must be listed. The registry itself is
     * not validated here (see {@link #validateRegistry}); where it lists an id twice, the first
     * entry counts. Locations carry the pointer into the reports document
     * ({@code /reports/3/inCentre}) and the field ({@code inCentre}).
     *
     * @param reports  the reports in document order, not null, no null element
     * @param registry  the registry, not null, no null element
     * @return every violation, in document order, unmodifiable, empty if valid, not null
     */
    public List<Violation> validateReports(List<MonthlyReport> reports, List<Enterprise> registry) {
        Documents.Reports document = new Documents.Reports(reports);
        return run(validatorFor(context.withRegistry(registry)), document, true);
    }

    /**
     * Validates monthly reports against the registry given beside them, as
     * {@link #validateReports(List, List)} does, and in addition each report against the summary
     * of its worker rows for its enterprise and period, when one is given (control totals
     * [E7007]: workers, allowance and contributions due and paid; summaries of one enterprise and
     * period are merged), and against the profile of the province the registry places its
     * enterprise in, when one is given [E7101–E7104].
     *
     * @param reports  the reports in document order, not null, no null element
     * @param registry  the registry, not null, no null element
     * @param profiles  the province profiles by province code, possibly empty, not null
     * @param rows  the summaries of worker rows, possibly empty, not null, no null element
     * @return every violation, in document order, unmodifiable, empty if valid, not null
     */
    public List<Violation> validateReports(List<MonthlyReport> reports, List<Enterprise> registry,
            Map<DivisionCode, ProvinceProfile> profiles, Collection<EnterpriseMonthSummary> rows) {
        Documents.Reports document = new Documents.Reports(reports);
        RuleContext with = context.withRegistry(registry).withProfiles(profiles).withSummaries(rows);
        return run(validatorFor(with), document, true);
    }

    /**
     * Returns the violations with the given document name in their location, for a caller that
     * validated a file: {@code ProblemFormatter} then names the file.
     *
     * @param document  the document, such as a file name, not null
     * @param violations  the violations, not null
     * @return the violations in the same order, unmodifiable, not null
     */
    public static List<Violation> inDocument(String document, List<Violation> violations) {
        Objects.requireNonNull(document, "document");
        List<Violation> result = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            result.add(v.withLocation(v.location().withDocument(document)));
        }
        return List.copyOf(result);
    }

    private static void checkSameEnterprise(MonthlyReport report, Enterprise registered) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(registered, "registered");
        if (!report.enterpriseId().equals(registered.id())) {
            throw new IllegalArgumentException("the report of " + report.enterpriseId()
                    + " is not checked against enterprise " + registered.id());
        }
    }

    private static Validator validatorFor(RuleContext context) {
        return ValidatorFactoryHolder.factory().unwrap(HibernateValidatorFactory.class)
                .usingContext()
                .constraintValidatorPayload(context)
                .getValidator();
    }

    private static List<Violation> run(Validator validator, Object value, boolean document) {
        Set<ConstraintViolation<Object>> found = validator.validate(value);
        List<Violation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<Object> cv : found) {
            HibernateConstraintViolation<?> hibernate = cv.unwrap(HibernateConstraintViolation.class);
            Violation payload = hibernate.getDynamicPayload(Violation.class);
            if (payload == null) {
                throw new IllegalStateException("a constraint without a Baozhang violation: " + cv);
            }
            Location location = PathLocator.locate(cv.getPropertyPath(), document);
            violations.add(payload.withLocation(location));
        }
        violations.sort(ORDER);
        return List.copyOf(violations);
    }

    /** Compares JSON pointers token by token, numbers as numbers. */
    private static int comparePointers(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareTokens(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareTokens(String a, String b) {
        boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
                && b.chars().allMatch(Character::isDigit);
        if (numbers && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return "BaozhangValidator[GB/T 2260 " + revision.label() + "]";
    }
}
