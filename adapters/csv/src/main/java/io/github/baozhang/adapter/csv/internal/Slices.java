package io.github.baozhang.adapter.csv.internal;

import io.github.baozhang.adapter.spi.Source;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts the rows of a document into byte ranges that each end just after a line feed, and opens
 * one range as a stream. Whether a cut falls inside a quoted field cannot be known without
 * reading everything before it; the range before the cut finds out when it ends inside quotes
 * ({@link CsvTokenizer#endedInQuotes()}), and the reader then reads the document on one thread.
 */
public final class Slices {

    private Slices() {
    }

    /**
     * Returns the cuts: {@code from}, then for each further part the offset just after the first
     * line feed at or after its even share, then {@code size}. Fewer parts when the rows are too
     * short to cut.
     *
     * @param source  the document, not null
     * @param from  where the rows start
     * @param size  the document's size
     * @param parts  the number of parts wanted, 1 or more
     * @return the offsets, increasing, at least {@code from} and {@code size}
     * @throws IOException if the source cannot be read
     */
    public static long[] cut(Source source, long from, long size, int parts) throws IOException {
        long[] cuts = new long[parts + 1];
        int n = 0;
        cuts[n++] = from;
        byte[] buffer = new byte[8192];
        for (int k = 1; k < parts; k++) {
            long nominal = from + (size - from) * k / parts;
            if (nominal <= cuts[n - 1]) {
                continue;
            }
            long cut = -1;
            try (InputStream in = source.open()) {
                skipFully(in, nominal);
                long at = nominal;
                int r;
                search:
                while ((r = in.read(buffer)) > 0) {
                    for (int i = 0; i < r; i++) {
                        if (buffer[i] == '\n') {
                            cut = at + i + 1;
                            break search;
                        }
                    }
                    at += r;
                }
            } catch (EOFException e) {
                cut = -1;
            }
            if (cut < 0 || cut >= size) {
                break;
            }
            if (cut > cuts[n - 1]) {
                cuts[n++] = cut;
            }
        }
        cuts[n++] = size;
        return Arrays.copyOf(cuts, n);
    }

    /**
     * Opens the range of a document from an offset.
     *
     * @param source  the document, not null
     * @param offset  where the range starts
     * @param length  its length, or -1 for the rest of the document
     * @return the stream, to be closed by the caller, not null
     * @throws IOException if the source cannot be read
     */
    public static InputStream open(Source source, long offset, long length) throws IOException {
        InputStream in = source.open();
        try {
            skipFully(in, offset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return length < 0 ? in : new Bounded(in, length);
    }

    private static void skipFully(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("the document is shorter than its size");
                }
                s = 1;
            }
            left -= s;
        }
    }

    /** A stream that ends after a number of bytes; closing it closes the stream under it. */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return len == 0 ? 0 : -1;
            }
            int r = in.read(b, off, (int) Math.min(len, left));
            if (r > 0) {
                left -= r;
            }
            return r;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
