package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/funding-results@1} sink. */
class FundingResultsSinkTckTest extends ReportSinkContract<FundingResultsDocument> {

    @Override
    protected ReportSink<FundingResultsDocument> sink() {
        return InterchangeJson.fundingResultsSink();
    }

    @Override
    protected Arbitrary<FundingResultsDocument> values() {
        return FundingArbitraries.fundingCases().list().ofMaxSize(6).map(InterchangeJson::fund);
    }
}
