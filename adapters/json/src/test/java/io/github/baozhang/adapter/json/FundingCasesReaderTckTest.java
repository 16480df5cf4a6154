package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.FundingArbitraries;
import io.github.baozhang.funding.FundingCase;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/funding-cases@1} reader, with the funding-cases sink. */
class FundingCasesReaderTckTest extends FeedReaderContract<FundingCase> {

    @Override
    protected FeedReader<FundingCase> reader() {
        return InterchangeJson.fundingCaseReader();
    }

    @Override
    protected Arbitrary<List<FundingCase>> valueLists() {
        return FundingArbitraries.fundingCases().list().ofMaxSize(6);
    }

    @Override
    protected byte[] encode(List<FundingCase> values) throws IOException {
        return write(InterchangeJson.fundingCasesSink(), FundingCasesDocument.of(values));
    }

    @Override
    protected List<Corruptor<FundingCase>> corruptors() {
        return JsonTck.corruptors("cases", "id");
    }
}
