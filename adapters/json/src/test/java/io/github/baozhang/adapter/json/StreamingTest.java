package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.problem.Location;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Reads a generated document of 1,000,000 funding cases — about 190 MB of JSON, generated as it
 * is read and never held — and funds it, in a JVM with a small heap: the build runs this class
 * alone in its own forked JVM with {@code -Xmx32m} (execution {@code streaming-small-heap} of
 * this module's pom). No timing is asserted.
 */
class StreamingTest {

    static final int CASES = 1_000_000;
    /** Every this many cases one is invalid (a negative requirement). */
    static final int EVERY = 100_000;

    /** {@code funding-cases@1} with {@code n} cases, produced as it is read. */
    static final class GeneratedCases extends InputStream {
        private final int n;
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int pos;

        GeneratedCases(int n) {
            this.n = n;
        }

        private boolean advance() {
            if (next > n) {
                return false;
            }
            String text;
            if (next == -1) {
                text = "{\"format\": \"baozhang/funding-cases@1\", \"cases\": [\n";
            } else if (next == n) {
                text = "]}\n";
            } else {
                long requirement = next % EVERY == EVERY - 1 ? -1 : 1000 + next;
                text = (next == 0 ? "" : ",\n") + "{\"id\": \"case-" + next + "\", \"affiliation\": \""
                        + (next % 2 == 0 ? "LOCAL" : "CENTRAL") + "\", \"period\": \"2000-01\", \"requirementFen\": "
                        + requirement + ", \"enterpriseRatio\": \"1/3\", \"received\": {\"enterpriseFen\": " + (next % 500)
                        + ", \"socialFen\": 100, \"fiscalFen\": 0}, \"uiArrearsFen\": 0}";
            }
            chunk = text.getBytes(StandardCharsets.UTF_8);
            pos = 0;
            next++;
            return true;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (pos >= chunk.length) {
                if (!advance()) {
                    return -1;
                }
            }
            int k = Math.min(len, chunk.length - pos);
            System.arraycopy(chunk, pos, b, off, k);
            pos += k;
            return k;
        }
    }

    static Source source() {
        return new Source() {
            @Override
            public String name() {
                return "generated-1000000.json";
            }

            @Override
            public InputStream open() {
                return new GeneratedCases(CASES);
            }
        };
    }

    /** Counts what it is given and keeps nothing. */
    static final class CountingOut extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    @Test
    void theHeapIsSmall() {
        assertTrue(Runtime.getRuntime().maxMemory() <= 64L * 1024 * 1024,
                "run with -Xmx32m (execution streaming-small-heap): " + Runtime.getRuntime().maxMemory());
    }

    @Test
    void readsAMillionCasesInConstantMemory() throws Exception {
        long[] seen = {0, 0};
        ReadSummary summary = InterchangeJson.fundingCaseReader().read(source(), new FeedListener<FundingCase>() {
            @Override
            public void accepted(FundingCase value, Location location) {
                seen[0]++;
            }

            @Override
            public void rejected(RejectedRecord record) {
                seen[1]++;
            }
        });
        assertEquals(CASES, summary.read());
        assertEquals(CASES / EVERY, summary.rejected());
        assertEquals(summary.accepted(), seen[0]);
        assertEquals(summary.rejected(), seen[1]);
    }

    @Test
    void fundsAMillionCasesInConstantMemory() throws Exception {
        CountingOut out = new CountingOut();
        ReadSummary summary = InterchangeJson.fund(source(), out);
        assertEquals(CASES, summary.read());
        assertEquals(CASES / EVERY, summary.rejected());
        assertTrue(out.bytes > 500L * CASES, "about 900 bytes of results a case: " + out.bytes);
    }
}
