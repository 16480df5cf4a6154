package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.DisbursementArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/disbursements@1} sink. */
class DisbursementsSinkTckTest extends ReportSinkContract<DisbursementsDocument> {

    @Override
    protected ReportSink<DisbursementsDocument> sink() {
        return InterchangeJson.disbursementsSink();
    }

    @Override
    protected Arbitrary<DisbursementsDocument> values() {
        return DisbursementArbitraries.disbursementFeeds(6).map(DisbursementsDocument::of);
    }
}
