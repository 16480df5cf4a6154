package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.csv.internal.WorkerRowEngine;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementAccumulator;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.io.InputStream;
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

    private NationalWorkerRowReader(YearMonth period, ProvinceProfile provinceProfile, CsvProfile csvProfile, int chunkSize) {
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
        return new NationalWorkerRowReader(period, provinceProfile, csvProfile, 1 << 16);
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
        return new NationalWorkerRowReader(period, provinceProfile, csvProfile, bytes);
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
    public NationalSummary summarize(Source source) throws IOException {
        return summarize(source, r -> { });
    }

    /**
     * Reads a document and sums its accepted rows per enterprise, province and nation, handing
     * each rejected row to a consumer as it is found (to write a rejects file, for instance).
     *
     * @param source  the document, not null
     * @param rejects  receives rejected rows in document order, not null
     * @return the summary, not null
     * @throws IOException if the source cannot be read (never for bad data)
     */
    public NationalSummary summarize(Source source, Consumer<? super RejectedRecord> rejects) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rejects, "rejects");
        ReadSummary.Counter counter = ReadSummary.counter();
        Map<DivisionCode, ProvinceSums> byProvince = new HashMap<>();
        DisbursementAccumulator nation = DisbursementAccumulator.create();
        try (InputStream in = source.open()) {
            engine().run(source.name(), in, new WorkerRowEngine.Handler() {
                @Override
                public void accepted(WorkerRowEngine.Row r) {
                    ProvinceSums p = byProvince.computeIfAbsent(r.province, k -> new ProvinceSums());
                    p.total.add(r.allowanceDue, r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.onTime);
                    p.enterprises.computeIfAbsent(r.enterprise, k -> DisbursementAccumulator.create())
                            .add(r.allowanceDue, r.allowancePaid, r.contributionsDue, r.contributionsPaid, r.onTime);
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
            }, counter);
        }
        List<NationalSummary.Enterprise> enterprises = new ArrayList<>();
        Map<DivisionCode, DisbursementSummary> provinces = new TreeMap<>();
        new TreeMap<>(byProvince).forEach((province, sums) -> {
            provinces.put(province, sums.total.toSummary());
            new TreeMap<>(sums.enterprises).forEach((enterprise, acc) ->
                    enterprises.add(new NationalSummary.Enterprise(enterprise, province, acc.toSummary())));
        });
        NationalSummary summary = new NationalSummary(period, counter.toSummary(), enterprises, provinces, nation.toSummary());
        LOG.debug("summarized {} of {}: {}", KIND_NAME, source.name(), summary.rows());
        return summary;
    }

    private WorkerRowEngine engine() {
        return new WorkerRowEngine(period, payDate, csvProfile, chunkSize);
    }

    @Override
    public String toString() {
        return "NationalWorkerRowReader[" + period + ", " + csvProfile + ", pay date " + payDate + "]";
    }

    private static final class ProvinceSums {
        final DisbursementAccumulator total = DisbursementAccumulator.create();
        final Map<OrganizationCode, DisbursementAccumulator> enterprises = new HashMap<>();
    }
}
