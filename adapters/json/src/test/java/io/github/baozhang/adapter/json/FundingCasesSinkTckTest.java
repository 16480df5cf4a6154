package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/funding-cases@1} sink. */
class FundingCasesSinkTckTest extends ReportSinkContract<FundingCasesDocument> {

    @Override
    protected ReportSink<FundingCasesDocument> sink() {
        return InterchangeJson.fundingCasesSink();
    }

    @Override
    protected Arbitrary<FundingCasesDocument> values() {
        return FundingArbitraries.fundingCases().list().ofMaxSize(6).map(FundingCasesDocument::of);
    }
}
