package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corrupted;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;

/**
 * The conformance kit on the national worker-row reader. The CSV adapter has no sink of worker
 * rows, so the documents are written here ({@link TckRows#csv}); the round trip checks the reader
 * against that writer.
 */
class NationalWorkerRowReaderTckTest extends FeedReaderContract<WorkerRow> {

    private static final NationalWorkerRowReader READER = NationalWorkerRowReader.of(TckRows.PERIOD);

    @Override
    protected FeedReader<WorkerRow> reader() {
        return READER;
    }

    @Override
    protected Arbitrary<List<WorkerRow>> valueLists() {
        return TckRows.rows(READER.payDate()).list().ofMaxSize(12);
    }

    @Override
    protected byte[] encode(List<WorkerRow> values) {
        return TckRows.csv(values).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected List<Corruptor<WorkerRow>> corruptors() {
        return List.of(
                cell(TckRows.WORKER_ID, id -> id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')),
                cell(TckRows.ALLOWANCE_DUE, fen -> fen + "x"),
                cell(TckRows.PERIOD_COLUMN, p -> "1999-13"),
                cell(TckRows.ENTERPRISE, code -> code.substring(0, 8)),
                row(line -> line + ",extra"));
    }

    /** Breaks one cell of a row; the header is line 1, so row {@code i} is on line {@code i + 2}. */
    private static Corruptor<WorkerRow> cell(int column, UnaryOperator<String> breaker) {
        return row(line -> {
            String[] cells = line.split(",", -1);
            cells[column] = breaker.apply(cells[column]);
            return String.join(",", cells);
        });
    }

    private static Corruptor<WorkerRow> row(UnaryOperator<String> breaker) {
        return (values, document, index) -> {
            List<String> lines = new ArrayList<>(List.of(new String(document, StandardCharsets.UTF_8).split("\n", -1)));
            lines.set(index + 1, breaker.apply(lines.get(index + 1)));
            return Optional.of(Corrupted.recordAtLine(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), index + 2));
        };
    }
}
