package io.github.baozhang.examples.benchmarks;

import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the contenders side by side on one file, round after round (so that noise from other
 * processes falls on all of them): {@code cat} of the file (the I/O floor), Baozhang's reader on
 * one and on two threads (full validation), the Jackson CSV baseline (full validation, one
 * thread), DuckDB's GROUP BY (no validation, two threads). Prints each run, then the minimum,
 * median and maximum of each contender, and the ratios the issue sets as goals.
 *
 * <pre>{@code java -Xmx256m -cp ... io.github.baozhang.examples.benchmarks.IngestBenchmark FILE [ROUNDS] [CONTENDER...]}</pre>
 *
 * Run by a person with the file in the page cache; never by the tests.
 */
public final class IngestBenchmark {

    static final YearMonth PERIOD = YearMonth.of(1999, 7);
    static final LocalDate PAY_DATE = LocalDate.of(1999, 7, 15);

    private IngestBenchmark() {
    }

    /** One contender: runs once and returns a line that says what it found. */
    interface Contender {
        String run(Path file) throws Exception;
    }

    /**
     * Runs the benchmark.
     *
     * @param args  FILE, then optionally ROUNDS (default 5) and the names of the contenders to run
     * @throws Exception if a contender fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: IngestBenchmark FILE [ROUNDS] [cat|baozhang-1|baozhang-2|jackson|duckdb ...]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Map<String, Contender> all = new LinkedHashMap<>();
        all.put("cat", IngestBenchmark::cat);
        all.put("baozhang-1", f -> baozhang(f, 1));
        all.put("baozhang-2", f -> baozhang(f, 2));
        all.put("jackson", f -> {
            long[] r = JacksonBaseline.run(f, PERIOD, PAY_DATE);
            return String.format("accepted %d rejected %d allowanceDue %d", r[0], r[1], r[5]);
        });
        all.put("duckdb", f -> {
            long[] r = DuckDbGroupBy.run(f, PERIOD, PAY_DATE, 2);
            return String.format("groups %d rows %d (unvalidated) allowanceDue %d", r[0], r[1], r[4]);
        });
        Map<String, Contender> chosen = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            chosen.put(args[i], all.get(args[i]));
        }
        if (chosen.isEmpty()) {
            chosen = all;
        }
        long size = Files.size(file);
        long rows = lineFeeds(file) - 1;
        System.out.printf(Locale.ROOT, "file %s: %,d bytes, %,d rows; %d rounds; %s; %d processors; max heap %d MiB%n",
                file, size, rows, rounds, System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // warm-up: one round, not counted
        for (Map.Entry<String, Contender> c : chosen.entrySet()) {
            String what = c.getValue().run(file);
            System.out.printf(Locale.ROOT, "warm-up %-11s %s%n", c.getKey(), what);
        }
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpus = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, Contender> c : chosen.entrySet()) {
                System.gc();
                long c0 = cpuNanos();
                long t0 = System.nanoTime();
                c.getValue().run(file);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (cpuNanos() - c0) / 1e9;
                times.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(s);
                cpus.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(cpu);
                System.out.printf(Locale.ROOT, "round %d %-11s %7.3f s %8.1f MB/s %6.2f M rows/s  cpu %7.3f s%n", round,
                        c.getKey(), s, size / s / 1e6, rows / s / 1e6, cpu);
            }
        }
        System.out.println();
        System.out.println("contender      min s   median s   max s   median MB/s   median M rows/s");
        Map<String, Double> median = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            double[] t = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double m = t[t.length / 2];
            median.put(e.getKey(), m);
            System.out.printf(Locale.ROOT, "%-11s %8.3f %10.3f %7.3f %13.1f %17.2f%n", e.getKey(), t[0], m, t[t.length - 1],
                    size / m / 1e6, rows / m / 1e6);
        }
        System.out.println();
        System.out.println("contender  CPU s (this JVM; cat's is its own process, not counted): min  median");
        Map<String, Double> cpuMedian = new LinkedHashMap<>();
        for (Map.Entry<String, List<Double>> e : cpus.entrySet()) {
            double[] t = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
            cpuMedian.put(e.getKey(), t[t.length / 2]);
            System.out.printf(Locale.ROOT, "%-11s %8.3f %8.3f%n", e.getKey(), t[0], t[t.length / 2]);
        }
        System.out.println();
        System.out.println("wall-clock ratios (medians):");
        ratio(median, "duckdb", "baozhang-2", "DuckDB time / Baozhang 2 threads time (goal > 1)");
        ratio(median, "jackson", "baozhang-1", "Jackson time / Baozhang 1 thread time (goal >= 5)");
        ratio(median, "baozhang-1", "baozhang-2", "Baozhang 1 thread / 2 threads (goal >= 1.6)");
        ratio(median, "baozhang-1", "cat", "Baozhang 1 thread / cat");
        System.out.println("CPU-time ratios (medians; less disturbed by other processes):");
        ratio(cpuMedian, "duckdb", "baozhang-2", "DuckDB CPU / Baozhang 2 threads CPU");
        ratio(cpuMedian, "jackson", "baozhang-1", "Jackson CPU / Baozhang 1 thread CPU");
        ratio(cpuMedian, "baozhang-2", "baozhang-1", "Baozhang 2 threads CPU / 1 thread CPU (parallel overhead)");
    }

    private static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
        }
        return 0;
    }

    private static void ratio(Map<String, Double> median, String a, String b, String what) {
        if (median.containsKey(a) && median.containsKey(b)) {
            System.out.printf(Locale.ROOT, "%-55s %6.2f%n", what, median.get(a) / median.get(b));
        }
    }

    static String baozhang(Path file, int threads) throws IOException {
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(threads).summarize(Source.of(file));
        return String.format("accepted %d rejected %d allowanceDue %s byCode %s", s.rows().accepted(), s.rows().rejected(),
                s.national().allowance().dueFen(), s.rows().rejectedByCode());
    }

    static long lineFeeds(Path file) throws IOException {
        long n = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buffer)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buffer[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    static String cat(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int exit = p.waitFor();
        return "exit " + exit + " " + Arrays.toString(new long[0]);
    }
}
