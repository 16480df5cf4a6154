package io.github.baozhang.adapter.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Rewrites a zip with a fixed time on every entry, so that the same content gives the same bytes. */
public final class Zips {

    /** The time every entry carries: 1980-01-01 00:00, the first a zip can hold, in no time zone. */
    public static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Zips() {
    }

    /**
     * Copies the entries of a zip in their order, each deflated, with {@link #FIXED_TIME} and no
     * other metadata.
     *
     * @param zip  the zip's bytes, not null
     * @param out  where the copy goes; finished, not closed, not null
     * @throws IOException if the bytes are not a zip or writing fails
     */
    public static void normalise(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream z = new ZipOutputStream(new NonClosing(out));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED_TIME);
                copy.setMethod(ZipEntry.DEFLATED);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        z.finish();
        z.flush();
    }

    /** Keeps the caller's stream open when the zip stream is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
