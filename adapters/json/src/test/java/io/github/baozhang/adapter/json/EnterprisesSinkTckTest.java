package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.EnterpriseArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/enterprises@1} sink. */
class EnterprisesSinkTckTest extends ReportSinkContract<EnterprisesDocument> {

    @Override
    protected ReportSink<EnterprisesDocument> sink() {
        return InterchangeJson.enterprisesSink();
    }

    @Override
    protected Arbitrary<EnterprisesDocument> values() {
        return EnterpriseArbitraries.registries(6).map(EnterprisesDocument::of);
    }
}
