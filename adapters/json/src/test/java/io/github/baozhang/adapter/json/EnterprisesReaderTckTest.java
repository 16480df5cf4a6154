package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.EnterpriseArbitraries;
import io.github.baozhang.enterprise.Enterprise;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The conformance kit on the {@code baozhang/enterprises@1} reader, with the enterprises sink. */
class EnterprisesReaderTckTest extends FeedReaderContract<Enterprise> {

    @Override
    protected FeedReader<Enterprise> reader() {
        return InterchangeJson.enterpriseReader();
    }

    @Override
    protected Arbitrary<List<Enterprise>> valueLists() {
        return Arbitraries.oneOf(Arbitraries.just(List.of()), EnterpriseArbitraries.registries(6));
    }

    @Override
    protected byte[] encode(List<Enterprise> values) throws IOException {
        return write(InterchangeJson.enterprisesSink(), EnterprisesDocument.of(values));
    }

    @Override
    protected List<Corruptor<Enterprise>> corruptors() {
        return JsonTck.corruptors("enterprises", "name");
    }
}
