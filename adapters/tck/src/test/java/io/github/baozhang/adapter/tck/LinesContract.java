package io.github.baozhang.adapter.tck;

import io.github.baozhang.adapter.spi.FeedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The kit on the toy reader with a flaw, or none: {@link LinesReaderContractTest} runs it for none. */
class LinesContract extends FeedReaderContract<Integer> {

    private final FeedReader<Integer> reader;

    LinesContract(LinesReader.Flaw flaw) {
        this.reader = new LinesReader(flaw);
    }

    @Override
    protected FeedReader<Integer> reader() {
        return reader;
    }

    @Override
    protected Arbitrary<List<Integer>> valueLists() {
        return Arbitraries.integers().between(0, 999_999_999).list().ofMaxSize(10);
    }

    @Override
    protected byte[] encode(List<Integer> values) throws IOException {
        return write(new LinesReader.Sink(false), values);
    }

    @Override
    protected List<Corruptor<Integer>> corruptors() {
        return List.of((values, bytes, index) -> {
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.US_ASCII).split("\n")));
            lines.set(index, lines.get(index) + "x");
            return Optional.of(Corrupted.recordAtLine(String.join("\n", lines).getBytes(StandardCharsets.US_ASCII), index + 1));
        });
    }
}
