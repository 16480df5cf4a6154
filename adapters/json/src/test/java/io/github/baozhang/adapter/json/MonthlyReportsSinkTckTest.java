package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.ReportArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/monthly-reports@1} sink. */
class MonthlyReportsSinkTckTest extends ReportSinkContract<MonthlyReportsDocument> {

    @Override
    protected ReportSink<MonthlyReportsDocument> sink() {
        return InterchangeJson.monthlyReportsSink();
    }

    @Override
    protected Arbitrary<MonthlyReportsDocument> values() {
        return ReportArbitraries.monthlyReports().list().ofMaxSize(5).map(MonthlyReportsDocument::of);
    }
}
