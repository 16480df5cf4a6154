package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.IncidentArbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/incidents@1} sink. */
class IncidentsSinkTckTest extends ReportSinkContract<IncidentsDocument> {

    @Override
    protected ReportSink<IncidentsDocument> sink() {
        return InterchangeJson.incidentsSink();
    }

    @Override
    protected Arbitrary<IncidentsDocument> values() {
        return IncidentArbitraries.incidentLists(6).map(IncidentsDocument::of);
    }
}
