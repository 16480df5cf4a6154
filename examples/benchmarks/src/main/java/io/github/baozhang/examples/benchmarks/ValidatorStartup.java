package io.github.baozhang.examples.benchmarks;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceLadder;
import io.github.baozhang.profile.AllowanceStandard;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.BaozhangValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The start-up cost of Baozhang's validation, measured in a fresh JVM: building the shared
 * validator ({@link BaozhangValidator#shared()}, which builds the one Hibernate Validator
 * factory), the first validation of each kind of value (Hibernate Validator builds the metadata
 * of a type on its first use), and the steady-state cost per value once warm. Run by a person,
 * once per fresh JVM; never by the build. Each figure is one wall-clock measurement
 * ({@code System.nanoTime}); the process's CPU time is printed beside the cold ones, as it is the
 * steadier figure on a busy machine.
 *
 * <pre>
 * ./mvnw -B -ntp -o package -pl examples/benchmarks -am -DskipTests
 * ./mvnw -B -ntp -o -q dependency:build-classpath -pl examples/benchmarks -Dmdep.outputFile=target/cp.txt
 * java -cp examples/benchmarks/target/classes:$(cat examples/benchmarks/target/cp.txt) \
 *     io.github.baozhang.examples.benchmarks.ValidatorStartup
 * </pre>
 *
 * <p>(The class path must hold the reactor's jars or {@code target/classes} of core and
 * validation; see {@code docs/validation.md}.)
 */
public final class ValidatorStartup {

    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 100_000;

    private ValidatorStartup() {
    }

    /**
     * Runs the measurements once and prints them.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        Enterprise enterprise = enterprise();
        ProvinceProfile profile = profile();
        MonthlyReport report = report(profile.contributionsFor(YearMonth.of(1999, 12)).orElseThrow().total().fen());
        DisbursementRecord row = row();

        long c0 = cpu();
        long t0 = System.nanoTime();
        BaozhangValidator validator = BaozhangValidator.shared();
        long t1 = System.nanoTime();
        long c1 = cpu();
        print("BaozhangValidator.shared(), first call (builds the factory)", t0, t1, c0, c1);

        check(validator.validate(enterprise));
        long t2 = System.nanoTime();
        long c2 = cpu();
        print("first validate(enterprise)", t1, t2, c1, c2);
        check(validator.validate(report, enterprise));
        long t3 = System.nanoTime();
        long c3 = cpu();
        print("first validate(report, enterprise)", t2, t3, c2, c3);
        check(validator.validate(row, profile));
        long t4 = System.nanoTime();
        long c4 = cpu();
        print("first validate(row, profile)", t3, t4, c3, c4);
        print("total: shared() and the first three validations", t0, t4, c0, c4);

        steady("validate(enterprise)", () -> validator.validate(enterprise));
        steady("validate(report)", () -> validator.validate(report));
        steady("validate(report, enterprise, profile)", () -> validator.validate(report, enterprise, profile));
        steady("validate(row, profile)", () -> validator.validate(row, profile));
        List<MonthlyReport> reports = Collections.nCopies(1_000, report);
        List<Enterprise> registry = List.of(enterprise);
        for (int i = 0; i < 20; i++) {
            check(validator.validateReports(reports, registry));
        }
        long t5 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            check(validator.validateReports(reports, registry));
        }
        long t6 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-62s %9.2f µs%n", "validateReports(1,000 reports), warm, per report",
                (t6 - t5) / 1e3 / 50 / 1_000);

        long c7 = cpu();
        long t7 = System.nanoTime();
        ValidatorFactory plain = Validation.buildDefaultValidatorFactory();
        long t8 = System.nanoTime();
        long c8 = cpu();
        print("Validation.buildDefaultValidatorFactory() (DTOs), warm JVM", t7, t8, c7, c8);
        plain.close();
    }

    private static void steady(String what, java.util.function.Supplier<List<Violation>> call) {
        for (int i = 0; i < WARM_UP; i++) {
            check(call.get());
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            check(call.get());
        }
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-62s %9.2f µs%n", what + ", warm, each", (t1 - t0) / 1e3 / MEASURED);
    }

    /** Every value here is valid: a violation means the benchmark measures the wrong thing. */
    private static void check(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new IllegalStateException("expected no violation: " + violations);
        }
    }

    /** The CPU time of the whole process so far, in nanoseconds (JIT and GC threads included). */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void print(String what, long from, long to, long cpuFrom, long cpuTo) {
        System.out.printf(Locale.ROOT, "%-62s %9.1f ms   (CPU %7.1f ms)%n", what, (to - from) / 1e6,
                (cpuTo - cpuFrom) / 1e6);
    }

    private static Enterprise enterprise() {
        return Enterprise.builder()
                .id(OrganizationCode.parse("D2143569-X"))
                .name("鞍山钢铁集团公司")
                .province(DivisionCode.parse("210000"))
                .city(DivisionCode.parse("210300"))
                .industry(Industry.METALLURGY)
                .affiliation(Affiliation.CENTRAL)
                .shougangExternal(false)
                .production(ProductionStatus.HALF_STOPPED)
                .severeLoss(true)
                .employees(180_000)
                .laidOffWorkers(42_000)
                .fundingBlindSpot(false)
                .incidentHistory(false)
                .hiddenRisk(true)
                .build();
    }

    /** 30,000 workers in the centre at 286 yuan and the given contributions a month. */
    private static MonthlyReport report(long contributionsPerWorkerFen) {
        Money allowance = Money.ofFen(30_000L * 28_600);
        Money contributions = Money.ofFen(30_000L * contributionsPerWorkerFen);
        SourceAmounts plan = ThreeThirds.plan(allowance.plus(contributions), Ratio.ONE_THIRD);
        LocalDate paidOn = LocalDate.of(1999, 12, 15);
        return MonthlyReport.builder()
                .enterpriseId(OrganizationCode.parse("D2143569-X"))
                .period(YearMonth.of(1999, 12))
                .revision(1)
                .submittedAt(OffsetDateTime.parse("2000-01-05T09:00:00+08:00"))
                .submittedBy(Optional.of(DivisionCode.parse("210300")))
                .laidOffWorkers(42_000)
                .inCentre(30_000)
                .agreementsSigned(29_500)
                .allowance(Payment.of(allowance, allowance, Optional.of(paidOn)))
                .contributions(Payment.of(contributions, contributions, Optional.of(paidOn)))
                .funds(FundsReport.of(plan, plan))
                .postedPublicly(true)
                .reemployed(800)
                .leftCentre(900)
                .incidents(0)
                .build();
    }

    /** The national profile with an allowance standard of 286 / 260 yuan from 1999-07-01. */
    private static ProvinceProfile profile() {
        AllowanceStandard standard = AllowanceStandard.of(AllowanceLadder.of(Money.ofFen(28_600), Money.ofFen(26_000)),
                Money.ofFen(20_000), Money.ofFen(32_000), Money.ofFen(16_000));
        return ProvinceProfile.national().withAllowanceStandards(Timeline.of(LocalDate.of(1999, 7, 1), standard));
    }

    private static DisbursementRecord row() {
        YearMonth period = YearMonth.of(1999, 12);
        long contributions = profile().contributionsFor(period).orElseThrow().total().fen();
        LocalDate paidOn = LocalDate.of(1999, 12, 15);
        return DisbursementRecord.builder()
                .worker(Worker.of(CitizenId.parse("11010519491231002X"), "王建国"))
                .enterpriseId(OrganizationCode.parse("D2143569-X"))
                .period(period)
                .allowance(Payment.ofFen(28_600, 28_600, paidOn))
                .contributions(Payment.ofFen(contributions, contributions, paidOn))
                .centreEnteredOn(LocalDate.of(1999, 3, 10))
                .agreementSignedOn(LocalDate.of(1999, 3, 10))
                .build();
    }
}
