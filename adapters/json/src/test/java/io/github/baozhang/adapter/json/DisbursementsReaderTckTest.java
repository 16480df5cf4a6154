package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.DisbursementArbitraries;
import io.github.baozhang.disbursement.DisbursementRecord;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/disbursements@1} reader, with the disbursements sink. */
class DisbursementsReaderTckTest extends FeedReaderContract<DisbursementRecord> {

    @Override
    protected FeedReader<DisbursementRecord> reader() {
        return InterchangeJson.disbursementReader();
    }

    @Override
    protected Arbitrary<List<DisbursementRecord>> valueLists() {
        return DisbursementArbitraries.disbursementFeeds(6);
    }

    @Override
    protected byte[] encode(List<DisbursementRecord> values) throws IOException {
        return write(InterchangeJson.disbursementsSink(), DisbursementsDocument.of(values));
    }

    @Override
    protected List<Corruptor<DisbursementRecord>> corruptors() {
        return JsonTck.corruptors("records", "citizenId");
    }
}
