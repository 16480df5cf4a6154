package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the disbursement-summary CSV sink, with summaries of generated rows. */
class DisbursementSummaryCsvSinkTckTest extends ReportSinkContract<PeriodDisbursementSummary> {

    private static final NationalWorkerRowReader READER = NationalWorkerRowReader.of(TckRows.PERIOD);

    @Override
    protected ReportSink<PeriodDisbursementSummary> sink() {
        return DisbursementSummaryCsvSink.create();
    }

    @Override
    protected Arbitrary<PeriodDisbursementSummary> values() {
        return TckRows.rows(READER.payDate()).list().ofMaxSize(12).map(rows -> {
            try {
                return READER.summarize(Source.of("rows.csv", TckRows.csv(rows).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
