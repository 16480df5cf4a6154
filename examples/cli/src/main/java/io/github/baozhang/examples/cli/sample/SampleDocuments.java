package io.github.baozhang.examples.cli.sample;

import io.github.baozhang.adapter.json.EnterprisesDocument;
import io.github.baozhang.adapter.json.FundingCasesDocument;
import io.github.baozhang.adapter.json.IncidentsDocument;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.json.MonthlyReportsDocument;
import io.github.baozhang.adapter.spi.ReportSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sample as interchange documents (UTF-8 JSON bytes), written by the JSON adapter's sinks:
 * the same sample gives the same bytes.
 */
public final class SampleDocuments {

    private final Sample sample;

    private SampleDocuments(Sample sample) {
        this.sample = sample;
    }

    /**
     * Returns the documents of a sample.
     *
     * @param sample  the sample, not null
     * @return its documents, not null
     */
    public static SampleDocuments of(Sample sample) {
        return new SampleDocuments(sample);
    }

    /**
     * Returns the registry, {@code baozhang/enterprises@1}.
     *
     * @return the document, not null
     */
    public byte[] registry() {
        return write(InterchangeJson.enterprisesSink(), EnterprisesDocument.of(sample.registry()));
    }

    /**
     * Returns the reports of one month's batch, {@code baozhang/monthly-reports@1}.
     *
     * @param batch  the month
     * @return the document, not null
     */
    public byte[] reports(YearMonth batch) {
        return write(InterchangeJson.monthlyReportsSink(), MonthlyReportsDocument.of(sample.batch(batch)));
    }

    /**
     * Returns the funding cases of the year, {@code baozhang/funding-cases@1}.
     *
     * @return the document, not null
     */
    public byte[] fundingCases() {
        return write(InterchangeJson.fundingCasesSink(), FundingCasesDocument.of(sample.fundingCases()));
    }

    /**
     * Returns the incidents, {@code baozhang/incidents@1}.
     *
     * @return the document, not null
     */
    public byte[] incidents() {
        return write(InterchangeJson.incidentsSink(), IncidentsDocument.of(sample.incidents()));
    }

    /**
     * Returns the working-day calendar, {@code baozhang/calendar@1}.
     *
     * @return the document, not null
     */
    public byte[] calendar() {
        return write(InterchangeJson.calendarSink(), sample.calendar());
    }

    /**
     * Returns every document by the file name the demo gives it: {@code enterprises.json},
     * {@code reports-YYYY-MM.json} for each batch, {@code incidents.json}, {@code calendar.json},
     * {@code funding-cases.json}.
     *
     * @return the documents in that order, not null
     */
    public Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("enterprises.json", registry());
        for (YearMonth month : sample.periods()) {
            all.put("reports-" + month + ".json", reports(month));
        }
        all.put("incidents.json", incidents());
        all.put("calendar.json", calendar());
        all.put("funding-cases.json", fundingCases());
        return all;
    }

    private static <T> byte[] write(ReportSink<T> sink, T value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            sink.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
