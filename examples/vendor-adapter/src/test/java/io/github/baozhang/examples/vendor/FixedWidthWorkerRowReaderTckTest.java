package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.tck.Corrupted;
import io.github.baozhang.adapter.tck.Corruptor;
import io.github.baozhang.adapter.tck.FeedReaderContract;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;

/** ACME's reader certified by the conformance kit: round trip with its sink, and five ways to break a record. */
class FixedWidthWorkerRowReaderTckTest extends FeedReaderContract<LegacyWorkerRow> {

    /** A record with its line end, as the sink writes it. */
    private static final int STRIDE = FixedWidthLayout.RECORD_LENGTH + 2;

    @Override
    protected FeedReader<LegacyWorkerRow> reader() {
        return new FixedWidthWorkerRowReader();
    }

    @Override
    protected Arbitrary<List<LegacyWorkerRow>> valueLists() {
        return AcmeArbitraries.exports();
    }

    @Override
    protected byte[] encode(List<LegacyWorkerRow> rows) throws IOException {
        return write(new FixedWidthWorkerRowSink(), LegacyExport.of(rows));
    }

    @Override
    protected List<Corruptor<LegacyWorkerRow>> corruptors() {
        return List.of(
                overwrite(FixedWidthLayout.WORKER.offset() + 17, (byte) 'Z'),           // the check character
                overwrite(FixedWidthLayout.ALLOWANCE_DUE.offset() + 3, (byte) 'O'),     // a letter O for a zero
                overwrite(FixedWidthLayout.PERIOD.offset() + 4, (byte) '1', (byte) '3'), // month 13
                overwrite(FixedWidthLayout.NAME.offset(), (byte) 0xFF),                 // not GBK
                (rows, bytes, i) -> {                                                   // one byte short
                    byte[] b = new byte[bytes.length - 1];
                    int cut = i * STRIDE + FixedWidthLayout.NAME.offset() + FixedWidthLayout.NAME.length() - 1;
                    System.arraycopy(bytes, 0, b, 0, cut);
                    System.arraycopy(bytes, cut + 1, b, cut, bytes.length - cut - 1);
                    return Optional.of(Corrupted.recordAtLine(b, i + 1));
                });
    }

    private static Corruptor<LegacyWorkerRow> overwrite(int offset, byte... values) {
        return (rows, bytes, i) -> {
            byte[] b = bytes.clone();
            System.arraycopy(values, 0, b, i * STRIDE + offset, values.length);
            return Optional.of(Corrupted.recordAtLine(b, i + 1));
        };
    }
}
