package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.IncidentArbitraries;
import io.github.baozhang.incident.Incident;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/incidents@1} reader, with the incidents sink. */
class IncidentsReaderTckTest extends FeedReaderContract<Incident> {

    @Override
    protected FeedReader<Incident> reader() {
        return InterchangeJson.incidentReader();
    }

    @Override
    protected Arbitrary<List<Incident>> valueLists() {
        return IncidentArbitraries.incidentLists(6);
    }

    @Override
    protected byte[] encode(List<Incident> values) throws IOException {
        return write(InterchangeJson.incidentsSink(), IncidentsDocument.of(values));
    }

    @Override
    protected List<Corruptor<Incident>> corruptors() {
        return JsonTck.corruptors("incidents", "cause");
    }
}
