package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.BulletinArbitraries;
import io.github.baozhang.report.Bulletin;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/bulletin@1} sink, in format {@code json}. */
class BulletinSinkTckTest extends ReportSinkContract<Bulletin> {

    @Override
    protected ReportSink<Bulletin> sink() {
        return InterchangeJson.bulletinSink();
    }

    @Override
    protected Arbitrary<Bulletin> values() {
        return BulletinArbitraries.bulletins();
    }
}
