package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.ReportArbitraries;
import io.github.baozhang.report.MonthlyReport;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/monthly-reports@1} reader, with the monthly-reports sink. */
class MonthlyReportsReaderTckTest extends FeedReaderContract<MonthlyReport> {

    @Override
    protected FeedReader<MonthlyReport> reader() {
        return InterchangeJson.monthlyReportReader();
    }

    @Override
    protected Arbitrary<List<MonthlyReport>> valueLists() {
        return ReportArbitraries.monthlyReports().list().ofMaxSize(5);
    }

    @Override
    protected byte[] encode(List<MonthlyReport> values) throws IOException {
        return write(InterchangeJson.monthlyReportsSink(), MonthlyReportsDocument.of(values));
    }

    @Override
    protected List<Corruptor<MonthlyReport>> corruptors() {
        return JsonTck.corruptors("reports", "enterpriseId");
    }
}
