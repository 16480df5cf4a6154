package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.id.CitizenId;
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

    static final int RECORDS = 300_000;
    static final int DISTINCT_IDS = 5_000;
    /** Every this many records one draws at a second enterprise. */
    static final int ELSEWHERE = 1_000;

    /** {@code disbursements@1} with {@link #RECORDS} records over {@link #DISTINCT_IDS} citizen IDs, produced as read. */
    static final class GeneratedRecords extends InputStream {
        private final String[] ids = new String[DISTINCT_IDS];
        private int next = -1;
        private byte[] chunk = new byte[0];
        private int pos;

        GeneratedRecords() {
            for (int i = 0; i < DISTINCT_IDS; i++) {
                String first17 = "11" + String.format("%04d", i) + "19600101" + "123";
                ids[i] = first17 + CitizenId.checkCharacter(first17);
            }
        }

        private boolean advance() {
            if (next > RECORDS) {
                return false;
            }
            String text;
            if (next == -1) {
                text = "{\"format\": \"baozhang/disbursements@1\", \"records\": [\n";
            } else if (next == RECORDS) {
                text = "]}\n";
            } else {
                // Every ELSEWHERE-th row: the first worker, who draws at D2143569X from row 0, at another enterprise.
                boolean elsewhere = next % ELSEWHERE == ELSEWHERE - 1;
                String enterprise = elsewhere ? "M000100Y4" : "D2143569X";
                String id = ids[elsewhere ? 0 : next % DISTINCT_IDS];
                text = (next == 0 ? "" : ",\n") + "{\"citizenId\": \"" + id
                        + "\", \"name\": \"王建国\", \"enterpriseId\": \"" + enterprise + "\", \"period\": \"2000-01\","
                        + " \"allowance\": {\"dueFen\": 36100, \"paidFen\": 36100, \"paidOn\": \"2000-01-10\"},"
                        + " \"contributions\": {\"dueFen\": 12000, \"paidFen\": 0}, \"centreEnteredOn\": \"1999-07-01\"}";
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

    /**
     * The search for duplicate recipients costs memory by distinct citizen ID and period, not by
     * row: 300,000 rows over 5,000 IDs read in the small heap, and every row at a second
     * enterprise is rejected.
     */
    @Test
    void readsDisbursementsWithDuplicatesInMemoryByDistinctIds() throws Exception {
        Source source = new Source() {
            @Override
            public String name() {
                return "generated-disbursements.json";
            }

            @Override
            public InputStream open() {
                return new GeneratedRecords();
            }
        };
        long[] seen = {0, 0};
        ReadSummary summary = InterchangeJson.disbursementReader().read(source, new FeedListener<DisbursementRecord>() {
            @Override
            public void accepted(DisbursementRecord value, Location location) {
                seen[0]++;
            }

            @Override
            public void rejected(RejectedRecord record) {
                seen[1]++;
            }
        });
        assertEquals(RECORDS, summary.read());
        assertEquals(RECORDS / ELSEWHERE, summary.rejected());
        assertEquals(summary.accepted(), seen[0]);
        ReadSummary plain = InterchangeJson.disbursementReader(false).read(source, new FeedListener<DisbursementRecord>() {
            @Override
            public void accepted(DisbursementRecord value, Location location) {
                // kept nowhere
            }

            @Override
            public void rejected(RejectedRecord record) {
                // kept nowhere
            }
        });
        assertTrue(plain.isClean());
        assertEquals(RECORDS, plain.accepted());
    }
}
