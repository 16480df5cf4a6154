package io.github.baozhang.validation;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.internal.ValidatorFactoryHolder;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;

/**
 * Measures what Hibernate Validator costs Baozhang: building the shared factory in a fresh JVM,
 * the first validation of each kind (metadata), later validations, and a plain default factory
 * for the DTO constraints. Run by hand, never by the build (the name ends in neither Test nor
 * Properties); the numbers go into {@code docs/validation.md}.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl validation -am test-compile
 * ./mvnw -B -ntp -q -pl validation dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp validation/target/test-classes:validation/target/classes:$(cat validation/target/cp.txt) \
 *     io.github.baozhang.validation.ValidatorStartupBenchmark
 * </pre>
 *
 * <p>Each figure is one wall-clock measurement (System.nanoTime), not a JMH benchmark: the
 * start-up figures are about a cold JVM, which is what a user pays once. The CPU time of the
 * process is printed beside the wall-clock time of the builds: on a busy machine it is the
 * steadier of the two.
 */
public final class ValidatorStartupBenchmark {

    private ValidatorStartupBenchmark() {
    }

    /**
     * Runs the measurements and prints them.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        long c0 = cpu();
        long t0 = System.nanoTime();
        ValidatorFactory shared = ValidatorFactoryHolder.factory();
        long t1 = System.nanoTime();
        long c1 = cpu();
        report("shared factory, first build (cold JVM, class loading included)", t0, t1);
        report("  the same, CPU time of the process (all threads)", c0, c1);

        Enterprise enterprise = Fixtures.enterprise().build();
        MonthlyReport monthly = Fixtures.report().build();
        BaozhangValidator validator = BaozhangValidator.shared();
        long t2 = System.nanoTime();
        validator.validate(enterprise);
        long t3 = System.nanoTime();
        report("first validation of an enterprise (metadata)", t2, t3);
        validator.validate(monthly, enterprise);
        long t4 = System.nanoTime();
        report("first validation of a report against its enterprise (metadata)", t3, t4);

        for (int i = 0; i < 20_000; i++) {
            validator.validate(monthly);
            validator.validate(monthly, enterprise);
        }
        int n = 100_000;
        long t5 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            validator.validate(monthly);
        }
        long t6 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            validator.validate(monthly, enterprise);
        }
        long t7 = System.nanoTime();
        List<Enterprise> registry = List.of(enterprise);
        List<MonthlyReport> reports = java.util.Collections.nCopies(1_000, monthly);
        validator.validateReports(reports, registry);
        long t8 = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            validator.validateReports(reports, registry);
        }
        long t9 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-66s %8.2f µs%n", "validate(report), warm, each", (t6 - t5) / 1e3 / n);
        System.out.printf(Locale.ROOT, "%-66s %8.2f µs%n", "validate(report, enterprise), warm, each", (t7 - t6) / 1e3 / n);
        System.out.printf(Locale.ROOT, "%-66s %8.2f µs%n", "validateReports(1,000 reports, registry), warm, per report",
                (t9 - t8) / 1e3 / 20 / 1_000);

        long t10 = System.nanoTime();
        ValidatorFactory second = ValidatorFactoryHolder.build();
        long t11 = System.nanoTime();
        report("another shared-style factory, built warm", t10, t11);
        second.close();

        long t12 = System.nanoTime();
        long c12 = cpu();
        ValidatorFactory plain = Validation.buildDefaultValidatorFactory();
        long t13 = System.nanoTime();
        long c13 = cpu();
        report("Validation.buildDefaultValidatorFactory() (for the DTO constraints), warm", t12, t13);
        report("  the same, CPU time of the process (all threads)", c12, c13);
        plain.close();
        if (shared != ValidatorFactoryHolder.factory()) {
            throw new AssertionError("the shared factory changed");
        }
    }

    /** The CPU time of the whole process so far, in nanoseconds (JIT and GC threads included). */
    private static long cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void report(String what, long from, long to) {
        System.out.printf(Locale.ROOT, "%-66s %8.1f ms%n", what, (to - from) / 1e6);
    }
}
