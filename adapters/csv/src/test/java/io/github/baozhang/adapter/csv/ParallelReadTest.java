package io.github.baozhang.adapter.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading on several threads: the cuts, the fall-back to one thread, lines and errors. */
class ParallelReadTest {

    static final YearMonth PERIOD = YearMonth.of(1999, 7);

    /** A source that counts how often it is opened, and may claim a size of its choice. */
    static final class Counting implements Source {
        final byte[] bytes;
        final long size;
        final AtomicInteger opens = new AtomicInteger();
        volatile boolean fail;

        Counting(String text, long size) {
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        Counting(String text) {
            this(text, text.getBytes(StandardCharsets.UTF_8).length);
        }

        @Override
        public String name() {
            return "p.csv";
        }

        @Override
        public InputStream open() throws IOException {
            if (fail && opens.get() > 0) {
                throw new IOException("gone");
            }
            opens.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public long size() {
            return size;
        }
    }

    static String row(String note, boolean good) {
        return "1999-07,110000,110100," + Fixtures.E1 + "," + (good ? Fixtures.ID1 : "110105196503041234") + ",100,100,50,50,1999-07-10,"
                + note + "\n";
    }

    static String file(int rows, String note) {
        StringBuilder b = new StringBuilder(Fixtures.HEADER).append(",note\r\n");
        for (int i = 0; i < rows; i++) {
            b.append(row(note, i % 7 != 3));
        }
        return b.toString();
    }

    static List<Long> lines(List<RejectedRecord> rejects) {
        return rejects.stream().map(r -> r.location().line().orElseThrow()).collect(Collectors.toList());
    }

    @Test
    void cleanCutsAreReadInParallelWithTrueLines() throws IOException {
        Counting source = new Counting(file(100, "x"));
        List<RejectedRecord> rejects = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(3)
                .summarize(source, r -> {
                    rejects.add(r);
                    threads.add(Thread.currentThread());
                });
        // the header, two cuts, three parts: no read again
        assertEquals(6, source.opens.get());
        assertEquals(100, s.rows().read());
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            if (i % 7 == 3) {
                expected.add(i + 2L);
            }
        }
        assertEquals(expected, lines(rejects));
        assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()), "rejects reach the calling thread");
        assertEquals(NationalWorkerRowReader.of(PERIOD).summarize(Source.of("p.csv", source.bytes)), s);
    }

    @Test
    void aCutInsideQuotesFallsBackToOneThread() throws IOException {
        // every row's note holds line breaks: most cuts land inside quotes
        Counting source = new Counting(file(60, "\"a\nb\nc\nd\ne\nf\""));
        List<RejectedRecord> rejects = new ArrayList<>();
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(2).summarize(source, rejects::add);
        assertEquals(2 + 2 + 1, source.opens.get(), "header, cut, two parts, then once more on one thread");
        List<RejectedRecord> expected = new ArrayList<>();
        PeriodDisbursementSummary one = NationalWorkerRowReader.of(PERIOD).summarize(Source.of("p.csv", source.bytes), expected::add);
        assertEquals(one, s);
        assertEquals(expected, rejects, "each rejected row exactly once, in order");
        assertEquals(2 + 3 * 6, rejects.get(0).location().line().orElseThrow(), "lines count the breaks inside quotes");
    }

    @Test
    void aSourceOfUnknownSizeIsReadOnOneThread() throws IOException {
        Counting source = new Counting(file(50, "x"), -1);
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(4).summarize(source);
        assertEquals(1, source.opens.get());
        assertEquals(50, s.rows().read());
    }

    @Test
    void moreThreadsThanRowsStillAgree() throws IOException {
        Counting source = new Counting(file(2, "x"));
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(8).summarize(source);
        assertEquals(NationalWorkerRowReader.of(PERIOD).summarize(Source.of("p.csv", source.bytes)), s);
        Counting headerOnly = new Counting(Fixtures.HEADER + "\n");
        assertEquals(0, NationalWorkerRowReader.of(PERIOD).withThreads(2).summarize(headerOnly).rows().read());
    }

    @Test
    void aRejectedDocumentIsReportedOnSeveralThreadsToo() throws IOException {
        PeriodDisbursementSummary s = NationalWorkerRowReader.of(PERIOD).withThreads(2)
                .summarize(new Counting("period,province_code\n1999-07,110000\n"));
        assertTrue(s.isDocumentRejected());
        assertEquals("E9502", s.documentViolations().get(0).code().code());
    }

    @Test
    void aSizeLargerThanTheFileStillReadsTheWholeFile() throws IOException {
        Counting source = new Counting(file(20, "x"), 1 << 20);
        assertEquals(NationalWorkerRowReader.of(PERIOD).summarize(Source.of("p.csv", source.bytes)),
                NationalWorkerRowReader.of(PERIOD).withThreads(2).summarize(source));
    }

    @Test
    void anUnreadablePartIsAnIoError() {
        Counting source = new Counting(file(20, "x"));
        source.fail = true;
        assertThrows(IOException.class, () -> NationalWorkerRowReader.of(PERIOD).withThreads(2).summarize(source));
    }

    @Test
    void threadsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> NationalWorkerRowReader.of(PERIOD).withThreads(0));
        assertEquals(3, NationalWorkerRowReader.of(PERIOD).withThreads(3).threads());
    }
}
