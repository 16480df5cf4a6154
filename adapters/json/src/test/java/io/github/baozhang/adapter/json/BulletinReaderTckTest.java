package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import io.github.baozhang.adapter.tck.arbitraries.BulletinArbitraries;
import io.github.baozhang.report.Bulletin;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;

/**
 * The conformance kit on the {@code baozhang/bulletin@1} reader, with the bulletin sink. A
 * bulletin document is one record, at pointer {@code ""}.
 */
class BulletinReaderTckTest extends FeedReaderContract<Bulletin> {

    @Override
    protected FeedReader<Bulletin> reader() {
        return InterchangeJson.bulletinReader();
    }

    @Override
    protected Arbitrary<List<Bulletin>> valueLists() {
        return BulletinArbitraries.bulletins().map(List::of);
    }

    @Override
    protected byte[] encode(List<Bulletin> values) throws IOException {
        return write(InterchangeJson.bulletinSink(), values.get(0));
    }

    @Override
    protected List<Corruptor<Bulletin>> corruptors() {
        return JsonRootTck.corruptors(List.of("period", "national", "provinces", "industries", "alerts"));
    }
}
