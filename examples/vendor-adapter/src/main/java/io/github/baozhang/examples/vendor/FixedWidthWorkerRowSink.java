package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.money.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * Writes a {@link LegacyExport} in the ACME fixed-width layout ({@link FixedWidthLayout}), one
 * record per line ending in CR LF, in GBK: what the legacy system itself exports.
 *
 * <p>This class is immutable and thread-safe; the same export gives the same bytes.
 */
public final class FixedWidthWorkerRowSink implements ReportSink<LegacyExport> {

    /** The format written: {@code "txt"}. */
    public static final String FORMAT = "txt";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** Creates the sink. */
    public FixedWidthWorkerRowSink() {
        // stateless
    }

    @Override
    public DocumentKind kind() {
        return FixedWidthWorkerRowReader.KIND;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<LegacyExport> valueType() {
        return LegacyExport.class;
    }

    @Override
    public void write(LegacyExport value, OutputStream out) throws IOException {
        byte[] record = new byte[FixedWidthLayout.RECORD_LENGTH + 2];
        for (LegacyWorkerRow row : value.rows()) {
            Arrays.fill(record, (byte) ' ');
            put(record, FixedWidthLayout.PERIOD, String.format("%04d%02d", row.period().getYear(), row.period().getMonthValue()));
            put(record, FixedWidthLayout.ENTERPRISE, row.enterpriseId().toString());
            put(record, FixedWidthLayout.WORKER, row.workerId().toString());
            byte[] name = FixedWidthLayout.encodeName(row.name());
            System.arraycopy(name, 0, record, FixedWidthLayout.NAME.offset(), name.length);
            put(record, FixedWidthLayout.ALLOWANCE_DUE, fen(row.allowanceDue()));
            put(record, FixedWidthLayout.ALLOWANCE_PAID, fen(row.allowancePaid()));
            put(record, FixedWidthLayout.CONTRIBUTIONS_DUE, fen(row.contributionsDue()));
            put(record, FixedWidthLayout.CONTRIBUTIONS_PAID, fen(row.contributionsPaid()));
            row.paidOn().ifPresent(d -> put(record, FixedWidthLayout.PAID_ON, DAY.format(d)));
            record[FixedWidthLayout.RECORD_LENGTH] = '\r';
            record[FixedWidthLayout.RECORD_LENGTH + 1] = '\n';
            out.write(record);
        }
    }

    private static String fen(Money amount) {
        return String.format("%012d", amount.fen());
    }

    private static void put(byte[] record, FixedWidthLayout field, String ascii) {
        byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, record, field.offset(), Math.min(b.length, field.length()));
    }
}
