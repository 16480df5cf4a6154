package io.github.baozhang.examples.benchmarks;

import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded national worker-row CSV of period 1999-07: the real prefecture codes of the
 * December 1999 GB/T 2260 table, 20,000 enterprises each in one prefecture, rows grouped by
 * enterprise in runs (as a provincial export is), about 0.5 % of worker IDs with a wrong check
 * character. The same seed and row count give the same bytes.
 *
 * <pre>{@code java -cp ... io.github.baozhang.examples.benchmarks.NationalCsvGenerator FILE [ROWS] [SEED]}</pre>
 */
public final class NationalCsvGenerator {

    /** The header of the national worker-row CSV. */
    public static final String HEADER = "period,province_code,city_code,enterprise_code,worker_id,allowance_due_fen,"
            + "allowance_paid_fen,contributions_due_fen,contributions_paid_fen,paid_date\n";

    static final int ENTERPRISES = 20_000;

    private NationalCsvGenerator() {
    }

    /**
     * Writes the file.
     *
     * @param args  FILE, then optionally ROWS (default 10,000,000) and SEED (default 1999)
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: NationalCsvGenerator FILE [ROWS] [SEED]");
            System.exit(2);
        }
        long rows = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 10_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1999L;
        long started = System.nanoTime();
        long[] bad = write(Path.of(args[0]), rows, seed);
        System.err.printf("%s: %,d rows, %,d bytes, %,d wrong check characters, %.1f s%n", args[0], rows,
                Files.size(Path.of(args[0])), bad[0], (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes the file.
     *
     * @param file  where, not null
     * @param rows  how many rows
     * @param seed  the seed
     * @return the number of rows with a wrong check character, in a one-element array
     * @throws IOException if the file cannot be written
     */
    public static long[] write(Path file, long rows, long seed) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        List<AdminDivision> prefectures = new ArrayList<>();
        for (AdminDivision d : Gb2260.of(Gb2260Revision.R1999).divisions()) {
            if (d.level() == DivisionLevel.PREFECTURE) {
                prefectures.add(d);
            }
        }
        String[] enterprise = new String[ENTERPRISES];
        String[] city = new String[ENTERPRISES];
        for (int e = 0; e < ENTERPRISES; e++) {
            String body = String.format("%08d", 10_000_000 + e * 37);
            enterprise[e] = body + OrganizationCode.checkCharacter(body);
            city[e] = prefectures.get(r.nextInt(prefectures.size())).code().toString();
        }
        long wrong = 0;
        byte[] line = new byte[256];
        StringBuilder id = new StringBuilder(18);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
            int e = 0;
            long runLeft = 0;
            for (long i = 0; i < rows; i++) {
                if (runLeft == 0) {
                    e = r.nextInt(ENTERPRISES);
                    runLeft = 1 + r.nextInt(1000);
                }
                runLeft--;
                String c = city[e];
                id.setLength(0);
                id.append(c, 0, 4).append("01").append(1940 + r.nextInt(36));
                two(id, 1 + r.nextInt(12));
                two(id, 1 + r.nextInt(28));
                int seq = r.nextInt(1000);
                id.append((char) ('0' + seq / 100)).append((char) ('0' + seq / 10 % 10)).append((char) ('0' + seq % 10));
                char check = CitizenId.checkCharacter(id);
                if (r.nextInt(200) == 0) {
                    check = check == '0' ? '1' : '0';
                    wrong++;
                }
                id.append(check);
                long aDue = 10_000 + r.nextInt(20_000);
                long cDue = 5_000 + r.nextInt(4_000);
                long aPaid = r.nextInt(10) == 0 ? aDue - r.nextInt(5_000) : aDue;
                long cPaid = r.nextInt(5) == 0 ? 0 : cDue;
                boolean nothingPaid = r.nextInt(100) == 0;
                if (nothingPaid) {
                    aPaid = 0;
                    cPaid = 0;
                }
                int n = 0;
                n = put(line, n, "1999-07,");
                n = put(line, n, c.substring(0, 2));
                n = put(line, n, "0000,");
                n = put(line, n, c);
                line[n++] = ',';
                n = put(line, n, enterprise[e]);
                line[n++] = ',';
                n = put(line, n, id);
                line[n++] = ',';
                n = num(line, n, aDue);
                line[n++] = ',';
                n = num(line, n, aPaid);
                line[n++] = ',';
                n = num(line, n, cDue);
                line[n++] = ',';
                n = num(line, n, cPaid);
                line[n++] = ',';
                if (!nothingPaid) {
                    int day = 1 + r.nextInt(20);
                    n = put(line, n, "1999-07-");
                    line[n++] = (byte) ('0' + day / 10);
                    line[n++] = (byte) ('0' + day % 10);
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
        return new long[] {wrong};
    }

    private static void two(StringBuilder b, int v) {
        b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    private static int put(byte[] b, int n, CharSequence s) {
        int k = n;
        for (int i = 0; i < s.length(); i++) {
            b[k++] = (byte) s.charAt(i);
        }
        return k;
    }

    private static int num(byte[] b, int n, long v) {
        if (v == 0) {
            b[n] = '0';
            return n + 1;
        }
        int digits = 0;
        for (long x = v; x > 0; x /= 10) {
            digits++;
        }
        long x = v;
        for (int i = n + digits - 1; i >= n; i--) {
            b[i] = (byte) ('0' + x % 10);
            x /= 10;
        }
        return n + digits;
    }
}
