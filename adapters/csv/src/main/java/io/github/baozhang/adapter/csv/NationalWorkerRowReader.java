package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.csv.internal.Slices;
import io.github.baozhang.adapter.csv.internal.WorkerRowEngine;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementAccumulator;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one month of the national worker-row CSV, kind {@value #KIND_NAME}: every row fully
 * validated (the period, the province and city codes, the enterprise's organisation code with
 * its check character, the worker's 18-character citizen ID with its check character,
 * non-negative integer fen amounts within the 64-bit range, the paid date, which may be empty
 * only when nothing was paid), each rejected row with its line number (the header is line 1),
 * its column and its code.
 *
 * <p>The period is given: rows of another period are rejected ({@code CSV_PERIOD_OTHER}). The
 * pay day comes from a {@link ProvinceProfile} ({@link ProvinceProfile#national()} by default):
 * a row is on time when nothing was due or its paid date is on or before the profile's pay date
 * of the period. The character set and the header mapping come from a {@link CsvProfile}
 * ({@link CsvProfile#national()} by default).
 *
 * <p>Two entry points read the same rows the same way: {@link #read} hands each row to a
 * listener as a {@link WorkerRow} (the {@link FeedReader} contract); {@link #summarize} feeds
 * {@link DisbursementAccumulator}s and returns the summary per enterprise, province and nation
 * without keeping a row. Both stream in memory bounded by the longest row (64 KiB, a longer row is
 * rejected) and, for {@link #summarize}, the number of enterprises.
 *
 * <p>This class is immutable and thread-safe: one reader may read several sources at once.
 */
public final class NationalWorkerRowReader implements FeedReader<WorkerRow> {

    /** The name of the kind read: {@code baozhang/national-worker-rows@1}. */
    public static final String KIND_NAME = "baozhang/national-worker-rows@1";

    /** The kind read. */
    public static final DocumentKind KIND = DocumentKind.of(KIND_NAME);

    private static final Logger LOG = LoggerFactory.getLogger(NationalWorkerRowReader.class);

    private final YearMonth period;
    private final ProvinceProfile provinceProfile;
    private final CsvProfile csvProfile;
    private final LocalDate payDate;
    private final int chunkSize;
    private final int threads;

    private NationalWorkerRowReader(YearMonth period, ProvinceProfile provinceProfile, CsvProfile csvProfile, int chunkSize,
            int threads) {
        this.threads = threads;
        this.period = period;
        this.provinceProfile = provinceProfile;
        this.csvProfile = csvProfile;
        this.payDate = provinceProfile.payDate(period);
        this.chunkSize = chunkSize;
    }

    /**
     * Returns a reader of the given period with the national profiles.
     *
     * @param period  the period read, not null
     * @return the reader, not null
     */
    public static NationalWorkerRowReader of(YearMonth period) {
        return of(period, ProvinceProfile.national(), CsvProfile.national());
    }

    /**
     * Returns a reader.
     *
     * @param period  the period read, not null
     * @param provinceProfile  gives the pay day, not null
     * @param csvProfile  gives the character set and the header mapping, not null
     * @return the reader, not null
     */
    public static NationalWorkerRowReader of(YearMonth period, ProvinceProfile provinceProfile, CsvProfile csvProfile) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(provinceProfile, "provinceProfile");
        Objects.requireNonNull(csvProfile, "csvProfile");
        return new NationalWorkerRowReader(period, provinceProfile, csvProfile, 1 << 16, 1);
    }

    /**
     * Returns a copy reading in chunks of the given size; results never depend on it (tests
     * prove it), only speed does.
     *
     * @param bytes  the read size, 1 or more
     * @return the reader, not null
     * @throws IllegalArgumentException if bytes is less than 1
     */
    public NationalWorkerRowReader withChunkSize(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("chunk size must be 1 or more: " + bytes);
        }
        return new NationalWorkerRowReader(period, provinceProfile, csvProfile, bytes, threads);
    }

    /**
     * Returns a copy that {@link #summarize summarizes} on the given number of threads (1 by
     * default). Results never depend on it (tests prove it), only speed does. A source of
     * unknown size is read on one thread. {@link #read} always reads on the calling thread, one
     * row after another, as the listener contract says.
     *
     * @param count  the number of threads, 1 or more
     * @return the reader, not null
     * @throws IllegalArgumentException if count is less than 1
     */
    public NationalWorkerRowReader withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be 1 or more: " + count);
        }
        return new NationalWorkerRowReader(period, provinceProfile, csvProfile, chunkSize, count);
    }

    /**
     * Returns the number of threads {@link #summarize} uses.
     *
     * @return the count, 1 or more
     */
    public int threads() {
        return threads;
    }

    /**
     * Returns the period read.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the pay date of the period: on or before it a row is on time.
     *
     * @return the date, not null
     */
    public LocalDate payDate() {
        return payDate;
    }

    /**
     * Returns the CSV profile.
     *
     * @return the profile, not null
     */
    public CsvProfile csvProfile() {
        return csvProfile;
    }

    @Override
    public DocumentKind kind() {
        return KIND;
    }

    @Override
    public Class<WorkerRow> valueType() {
        return WorkerRow.class;
    }

    @Override
    public ReadSummary read(Source source, FeedListener<? super WorkerRow> listener) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        String name = source.name();
        ReadSummary.Counter counter = ReadSummary.counter();
        try (InputStream in = source.open()) {
            engine().run(name, in, new WorkerRowEngine.Handler() {
                @Override
                public void accepted(WorkerRowEngine.Row r) {
                    WorkerRow row = new WorkerRow(period, r.province, r.city, r.enterprise, r.worker, r.allowanceDue,
                            r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.paidOn().orElse(null), r.onTime);
                    listener.accepted(row, Location.builder().document(name).line(r.line).build());
                }

                @Override
                public void rejected(RejectedRecord record) {
                    listener.rejected(record);
                }

                @Override
                public void documentRejected(Violation violation) {
                    listener.documentRejected(violation);
                }
            }, counter);
        }
        ReadSummary summary = counter.toSummary();
        LOG.debug("read {} of {}: {}", KIND_NAME, name, summary);
        return summary;
    }

    /**
     * Reads a document and sums its accepted rows per enterprise, province and nation.
     *
     * @param source  the document, not null
     * @return the summary, not null
     * @throws IOException if the source cannot be read (never for bad data)
     */
    public PeriodDisbursementSummary summarize(Source source) throws IOException {
        return summarize(source, NO_REJECTS);
    }

    /** The consumer of {@link #summarize(Source)}: rejected rows are counted, not kept. */
    private static final Consumer<RejectedRecord> NO_REJECTS = r -> { };

    /**
     * Reads a document and sums its accepted rows per enterprise, province and nation, handing
     * each rejected row to a consumer (to write a rejects file, for instance).
     *
     * <p>With {@link #withThreads(int) several threads} the rows after the header are cut into
     * as many byte ranges, each ending just after a line feed, and read at once, each into its
     * own accumulators, which are then merged; the result is the same for every number of
     * threads. A cut that falls inside a quoted field (a line break inside quotes) is detected —
     * the range before it ends inside quotes — and the document is then read again on one
     * thread. Rejected rows reach the consumer on the calling thread, in line order, with
     * their true line numbers; those of the first range as they are found, those of the other
     * ranges when all are read (held in memory until then: about half a kilobyte per rejected
     * row; {@link #summarize(Source)} keeps none).
     *
     * @param source  the document, not null
     * @param rejects  receives rejected rows in document order, not null
     * @return the summary, not null
     * @throws IOException if the source cannot be read (never for bad data)
     */
    public PeriodDisbursementSummary summarize(Source source, Consumer<? super RejectedRecord> rejects) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejects, "rejects");
        long size = threads > 1 ? source.size() : -1;
        PeriodDisbursementSummary summary = size < 0 ? sequential(source, rejects, 0) : parallel(source, size, rejects);
        LOG.debug("summarized {} of {} on {} thread(s): {}", KIND_NAME, source.name(), threads, summary.rows());
        return summary;
    }

    private PeriodDisbursementSummary sequential(Source source, Consumer<? super RejectedRecord> rejects, long skipThrough)
            throws IOException {
        Sums sums = new Sums(skipThrough == 0 ? rejects : r -> {
            if (r.location().line().orElse(0) > skipThrough) {
                rejects.accept(r);
            }
        }, rejects != NO_REJECTS);
        try (InputStream in = source.open()) {
            summingEngine().run(source.name(), in, sums, sums.counter);
        }
        return sums.toSummary(period);
    }

    private PeriodDisbursementSummary parallel(Source source, long size, Consumer<? super RejectedRecord> rejects)
            throws IOException {
        String name = source.name();
        WorkerRowEngine engine = summingEngine();
        Sums first = new Sums(null, true);
        WorkerRowEngine.Header header;
        try (InputStream in = source.open()) {
            header = engine.header(name, in, first, first.counter);
        }
        if (header == null) {
            return first.toSummary(period);
        }
        long[] bounds = Slices.cut(source, header.end(), size, threads);
        int parts = bounds.length - 1;
        if (parts < 2) {
            return sequential(source, rejects, 0);
        }
        Sums[] sums = new Sums[parts];
        WorkerRowEngine.PartEnd[] ends = new WorkerRowEngine.PartEnd[parts];
        Throwable[] failures = new Throwable[parts];
        Thread[] workers = new Thread[parts];
        for (int i = 1; i < parts; i++) {
            int part = i;
            workers[part] = new Thread(() -> {
                try {
                    // made on the thread that writes them on every row, so that they lie in its own
                    // allocation buffer, not next to another thread's sums (no false sharing)
                    List<RejectedRecord> held = new ArrayList<>();
                    // rejects of later parts are held for line order, unless nobody wants them
                    Sums mine = new Sums(rejects == NO_REJECTS ? NO_REJECTS : held::add, rejects != NO_REJECTS);
                    mine.held = held;
                    sums[part] = mine;
                    ends[part] = readPart(source, bounds, part, header, mine);
                } catch (Throwable e) { // handed to the calling thread
                    failures[part] = e;
                }
            }, "baozhang-csv-" + part);
            workers[part].setDaemon(true);
            workers[part].start();
        }
        long base = header.nextLine() - 1;
        HoldLast firstRejects = new HoldLast(rejects, base);
        sums[0] = new Sums(firstRejects, rejects != NO_REJECTS);
        try {
            ends[0] = readPart(source, bounds, 0, header, sums[0]);
        } finally {
            join(workers);
        }
        for (Throwable t : failures) {
            rethrow(t);
        }
        for (int i = 0; i < parts - 1; i++) {
            if (ends[i].inQuotes) {
                LOG.debug("{}: a cut at byte {} lies inside a quoted field; reading again on one thread", name, bounds[i + 1]);
                return sequential(source, rejects, firstRejects.deliveredThrough);
            }
        }
        firstRejects.flush();
        Sums total = sums[0];
        total.counter.merge(first.counter);
        for (int i = 1; i < parts; i++) {
            base += ends[i - 1].lineFeeds;
            for (RejectedRecord r : sums[i].held) {
                rejects.accept(relocate(r, base));
            }
            total.merge(sums[i]);
        }
        return total.toSummary(period);
    }

    private WorkerRowEngine.PartEnd readPart(Source source, long[] bounds, int part, WorkerRowEngine.Header header, Sums sums)
            throws IOException {
        try (InputStream in = Slices.open(source, bounds[part], part == bounds.length - 2 ? -1 : bounds[part + 1] - bounds[part])) {
            return summingEngine().part(source.name(), in, header, sums, sums.counter);
        }
    }

    private static void join(Thread[] workers) throws IOException {
        boolean interrupted = false;
        for (Thread w : workers) {
            while (w != null) {
                try {
                    w.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    private static void rethrow(Throwable t) throws IOException {
        if (t == null) {
            return;
        }
        if (t instanceof IOException) {
            throw (IOException) t;
        }
        if (t instanceof RuntimeException) {
            throw (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        throw new IOException(t);
    }

    /** Moves a record read in a part (lines from 1) to its line in the document. */
    static RejectedRecord relocate(RejectedRecord r, long base) {
        if (base == 0) {
            return r;
        }
        List<Violation> moved = new ArrayList<>(r.violations().size());
        for (Violation v : r.violations()) {
            moved.add(Violation.builder().from(v).location(moveLine(v.location(), base)).build());
        }
        return RejectedRecord.of(moveLine(r.location(), base), moved);
    }

    private static Location moveLine(Location at, long base) {
        if (at.line().isEmpty()) {
            return at;
        }
        return Location.builder().from(at).line(at.line().getAsLong() + base).build();
    }

    private WorkerRowEngine engine() {
        return new WorkerRowEngine(period, payDate, csvProfile, chunkSize);
    }

    /** An engine for {@link #summarize}: rows without the worker and city objects it does not need. */
    private WorkerRowEngine summingEngine() {
        return new WorkerRowEngine(period, payDate, csvProfile, chunkSize, false);
    }

    /** Hands on the rejects of the first part at their true lines, keeping the last one back. */
    private static final class HoldLast implements Consumer<RejectedRecord> {
        private final Consumer<? super RejectedRecord> out;
        private final long base;
        private RejectedRecord last;
        long deliveredThrough;

        HoldLast(Consumer<? super RejectedRecord> out, long base) {
            this.out = out;
            this.base = base;
        }

        @Override
        public void accept(RejectedRecord r) {
            if (last != null) {
                out.accept(last);
                deliveredThrough = last.location().line().orElse(0);
            }
            last = relocate(r, base);
        }

        void flush() {
            if (last != null) {
                out.accept(last);
                last = null;
            }
        }
    }

    /** The sums of one part of a read, and its rejects. Not thread-safe. */
    private static final class Sums implements WorkerRowEngine.Handler {
        final Map<DivisionCode, ProvinceSums> byProvince = new HashMap<>();
        final DisbursementAccumulator nation = DisbursementAccumulator.create();
        final ReadSummary.Counter counter = ReadSummary.counter();
        final Consumer<? super RejectedRecord> rejects;
        /** Whether anyone takes the rejected rows; if not, only their codes are counted. */
        private final boolean keep;
        List<RejectedRecord> held;
        private DivisionCode lastProvince;
        private OrganizationCode lastEnterprise;
        private ProvinceSums lastSums;
        private DisbursementAccumulator lastAcc;

        Sums(Consumer<? super RejectedRecord> rejects, boolean keep) {
            this.rejects = rejects;
            this.keep = keep;
        }

        @Override
        public boolean wantsRejected() {
            return keep;
        }

        @Override
        public void accepted(WorkerRowEngine.Row r) {
            ProvinceSums p;
            DisbursementAccumulator e;
            if (r.province.equals(lastProvince) && r.enterprise.equals(lastEnterprise)) {
                p = lastSums;
                e = lastAcc;
            } else {
                p = byProvince.computeIfAbsent(r.province, k -> new ProvinceSums());
                e = p.enterprises.computeIfAbsent(r.enterprise, k -> DisbursementAccumulator.create());
                lastProvince = r.province;
                lastEnterprise = r.enterprise;
                lastSums = p;
                lastAcc = e;
            }
            p.total.add(r.allowanceDue, r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.onTime);
            e.add(r.allowanceDue, r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.onTime);
            nation.add(r.allowanceDue, r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.onTime);
        }

        @Override
        public void rejected(RejectedRecord record) {
            rejects.accept(record);
        }

        @Override
        public void documentRejected(Violation violation) {
            // counted by the engine; a rejected document sums nothing
        }

        void merge(Sums other) {
            counter.merge(other.counter);
            nation.combine(other.nation);
            other.byProvince.forEach((province, o) -> {
                ProvinceSums p = byProvince.computeIfAbsent(province, k -> new ProvinceSums());
                p.total.combine(o.total);
                o.enterprises.forEach((enterprise, acc) ->
                        p.enterprises.computeIfAbsent(enterprise, k -> DisbursementAccumulator.create()).combine(acc));
            });
        }

        PeriodDisbursementSummary toSummary(YearMonth period) {
            List<PeriodDisbursementSummary.Enterprise> enterprises = new ArrayList<>();
            Map<DivisionCode, DisbursementSummary> provinces = new TreeMap<>();
            new TreeMap<>(byProvince).forEach((province, sums) -> {
                provinces.put(province, sums.total.toSummary());
                new TreeMap<>(sums.enterprises).forEach((enterprise, acc) ->
                        enterprises.add(new PeriodDisbursementSummary.Enterprise(enterprise, province, acc.toSummary())));
            });
            ReadSummary rows = counter.toSummary();
            return new PeriodDisbursementSummary(period,
                    new PeriodDisbursementSummary.Rows(rows.accepted(), rows.rejected(), rows.rejectedByCode()),
                    enterprises, provinces, nation.toSummary(), rows.documentViolations());
        }
    }

    @Override
    public String toString() {
        return "NationalWorkerRowReader[" + period + ", " + csvProfile + ", pay date " + payDate + ", " + threads + " thread(s)]";
    }

    private static final class ProvinceSums {
        final DisbursementAccumulator total = DisbursementAccumulator.create();
        final Map<OrganizationCode, DisbursementAccumulator> enterprises = new HashMap<>();
    }
}
