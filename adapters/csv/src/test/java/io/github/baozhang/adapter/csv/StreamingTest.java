package io.github.baozhang.adapter.csv;

import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.adapter.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The reader streams: a generated feed, never held in memory as a whole, is read row by row. */
class StreamingTest {

    static final int ROWS = 200_000;

    /** Generates the header and then ROWS rows on demand; every 100th row has a negative amount. */
    static final class Generator extends InputStream {
        private byte[] current = (Fixtures.HEADER + "\r\n").getBytes(StandardCharsets.US_ASCII);
        private int pos;
        private int row;

        @Override
        public int read() {
            if (pos == current.length) {
                if (row == ROWS) {
                    return -1;
                }
                row++;
                String due = row % 100 == 0 ? "-1" : "24000";
                current = ("1999-07,110000,110100," + Fixtures.E1 + "," + Fixtures.ID1 + "," + due
                        + ",24000,9000,9000,1999-07-10\n").getBytes(StandardCharsets.US_ASCII);
                pos = 0;
            }
            return current[pos++];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }

    @Test
    void aLongFeedStreamsThrough() throws IOException {
        Source source = new Source() {
            @Override
            public String name() {
                return "generated";
            }

            @Override
            public InputStream open() {
                return new Generator();
            }
        };
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(YearMonth.of(1999, 7)).summarize(source);
        assertEquals(ROWS, s.rows().read());
        assertEquals(ROWS / 100, s.rows().rejected());
        assertEquals(ROWS - ROWS / 100, s.national().rows());
        assertEquals(1, s.enterprises().size());
    }
}
