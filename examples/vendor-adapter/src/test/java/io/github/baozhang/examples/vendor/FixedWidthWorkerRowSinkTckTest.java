package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import net.jqwik.api.Arbitrary;

/** ACME's sink certified by the conformance kit. */
class FixedWidthWorkerRowSinkTckTest extends ReportSinkContract<LegacyExport> {

    @Override
    protected ReportSink<LegacyExport> sink() {
        return new FixedWidthWorkerRowSink();
    }

    @Override
    protected Arbitrary<LegacyExport> values() {
        return AcmeArbitraries.exports().filter(rows -> !rows.isEmpty()).map(LegacyExport::of);
    }
}
