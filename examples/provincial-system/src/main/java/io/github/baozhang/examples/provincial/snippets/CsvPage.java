package io.github.baozhang.examples.provincial.snippets;

import io.github.baozhang.adapter.csv.CsvProfile;
import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.csv.WorkerRow;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The code of {@code docs/csv.md}. */
public final class CsvPage {

    /** What {@link #read} found: the summaries on one and two threads, the row-by-row counts, the rejects. */
    public record Read(PeriodDisbursementSummary summary, PeriodDisbursementSummary same, ReadSummary counts,
            List<RejectedRecord> rejected) {
    }

    private final List<RejectedRecord> rejects = new ArrayList<>();

    private CsvPage() {
    }

    /**
     * Reads a national worker-row CSV of March 2000 three ways.
     *
     * @param path  the file
     * @param listener  told of each row
     * @return what was read
     * @throws IOException if reading fails
     */
    public static Read read(Path path, FeedListener<? super WorkerRow> listener) throws IOException {
        return new CsvPage().readAll(path, listener);
    }

    private Read readAll(Path path, FeedListener<? super WorkerRow> listener) throws IOException {
        // tag::read[]
        NationalWorkerRowReader reader = NationalWorkerRowReader.of(
                YearMonth.of(2000, 3), ProvinceProfile.national(), CsvProfile.national());
        PeriodDisbursementSummary summary = reader.summarize(Source.of(path), rejected -> log(rejected));
        // on two threads, same result:
        PeriodDisbursementSummary same = reader.withThreads(2).summarize(Source.of(path));
        // or, row by row:
        ReadSummary counts = reader.read(Source.of(path), listener);
        // end::read[]
        return new Read(summary, same, counts, List.copyOf(rejects));
    }

    private void log(RejectedRecord rejected) {
        rejects.add(rejected);
    }
}
