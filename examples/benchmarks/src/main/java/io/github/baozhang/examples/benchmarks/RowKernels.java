package io.github.baozhang.examples.benchmarks;

import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the per-row kernels — the citizen-ID check, integer and date parsing from bytes (the
 * reader's own, reached through a method handle since its package is not exported: run on the
 * class path), beside what a typical implementation calls ({@code Long.parseLong},
 * {@code LocalDate.parse} on a {@code String}) — and one whole row through the public reader.
 *
 * <pre>{@code java -cp ... org.openjdk.jmh.Main RowKernels}</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RowKernels {

    private static final MethodHandle PARSE_FEN = handle("parseFen", long.class);
    private static final MethodHandle PARSE_DATE = handle("parseDate", int.class);

    private final byte[] fen = "24000".getBytes(StandardCharsets.US_ASCII);
    private final byte[] date = "1999-07-10".getBytes(StandardCharsets.US_ASCII);
    private final String fenText = "24000";
    private final String dateText = "1999-07-10";
    private final String id = "11010519650304123" + CitizenId.checkCharacter("11010519650304123");
    private final String enterprise = "10000001" + OrganizationCode.checkCharacter("10000001");
    private Source thousandRows;
    private NationalWorkerRowReader reader;

    /** Creates the state; JMH calls it. */
    public RowKernels() {
        // JMH sets the state up in setUp()
    }

    private static MethodHandle handle(String name, Class<?> returns) {
        try {
            Class<?> bytes = Class.forName("io.github.baozhang.adapter.csv.internal.Bytes");
            return MethodHandles.publicLookup().findStatic(bytes, name, MethodType.methodType(returns, byte[].class,
                    int.class, int.class));
        } catch (ReflectiveOperationException | IllegalAccessError e) {
            throw new IllegalStateException("run on the class path: " + e, e);
        }
    }

    /**
     * Prepares a thousand generated rows in memory.
     *
     * @throws IOException never in practice
     */
    @Setup
    public void setUp() throws IOException {
        Path tmp = Files.createTempFile("rows", ".csv");
        NationalCsvGenerator.write(tmp, 1000, 7);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(Files.readAllBytes(tmp));
        Files.delete(tmp);
        thousandRows = Source.of("rows.csv", b.toByteArray());
        reader = NationalWorkerRowReader.of(IngestBenchmark.PERIOD);
    }

    /**
     * The citizen-ID check (length, characters, area, birth date, check character).
     *
     * @return whether valid
     */
    @Benchmark
    public boolean citizenIdCheck() {
        return CitizenId.check(id).isValid();
    }

    /**
     * The organisation-code check.
     *
     * @return whether valid
     */
    @Benchmark
    public boolean organizationCodeCheck() {
        return OrganizationCode.check(enterprise).isValid();
    }

    /**
     * Fen from bytes, the reader's kernel.
     *
     * @return the amount
     * @throws Throwable never
     */
    @Benchmark
    public long fenFromBytes() throws Throwable {
        return (long) PARSE_FEN.invokeExact(fen, 0, fen.length);
    }

    /**
     * Fen the typical way: a String, then {@code Long.parseLong}.
     *
     * @return the amount
     */
    @Benchmark
    public long fenFromString() {
        return Long.parseLong(new String(fen, StandardCharsets.US_ASCII));
    }

    /**
     * A date from bytes, the reader's kernel ({@code yyyymmdd}).
     *
     * @return the date
     * @throws Throwable never
     */
    @Benchmark
    public int dateFromBytes() throws Throwable {
        return (int) PARSE_DATE.invokeExact(date, 0, date.length);
    }

    /**
     * A date the typical way: a String, then {@code LocalDate.parse}.
     *
     * @return the date
     */
    @Benchmark
    public LocalDate dateFromString() {
        return LocalDate.parse(new String(date, StandardCharsets.US_ASCII));
    }

    /**
     * Strings already made, for reference: {@code Long.parseLong} alone.
     *
     * @return the amount
     */
    @Benchmark
    public long fenParseLongOnly() {
        return Long.parseLong(fenText);
    }

    /**
     * Strings already made, for reference: {@code LocalDate.parse} alone.
     *
     * @return the date
     */
    @Benchmark
    public LocalDate dateParseOnly() {
        return LocalDate.parse(dateText);
    }

    /**
     * A thousand rows through the public reader, fully validated and summed: divide by 1000 for
     * a row.
     *
     * @return the rows accepted
     * @throws IOException never
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long thousandRows() throws IOException {
        return reader.summarize(thousandRows).rows().accepted();
    }
}
