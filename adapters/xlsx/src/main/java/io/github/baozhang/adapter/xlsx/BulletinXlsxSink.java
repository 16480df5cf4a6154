package io.github.baozhang.adapter.xlsx;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.xlsx.internal.BulletinWorkbook;
import io.github.baozhang.adapter.xlsx.internal.Zips;
import io.github.baozhang.report.Bulletin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes the bulletin, {@code baozhang/bulletin@1}, as an Excel workbook (Office Open XML,
 * {@code .xlsx}) with two sheets: {@value #SUMMARIES_SHEET} — a row per level (national, each
 * province in code order, each industry in the order of
 * {@link io.github.baozhang.enterprise.Industry}) with every summary field — and
 * {@value #ALERTS_SHEET} — a row per alert. Each sheet has two header rows, Chinese then English
 * (the English names are the columns of the bulletin CSV), frozen above the data.
 *
 * <p>Counts and amounts are numeric cells. Amounts stay <b>integers of fen</b>, shown
 * {@code #,##0}: a spreadsheet number is a double, exact for every integer up to 2<sup>53</sup>
 * (about 90 trillion yuan), while a yuan value with two decimals (0.10) is not exact as a double.
 * An amount beyond 2<sup>53</sup> fen is written as a text cell of its digits, so no figure is
 * ever rounded. Text from the data (an alert's subject and arguments) is always a string cell,
 * never a formula, so a subject such as {@code =HYPERLINK(…)} cannot run.
 *
 * <p>The bytes are reproducible: the same bulletin gives the same file, whenever it is written
 * (the document's creation date is left out and every zip entry carries the fixed time
 * 1980-01-01 00:00).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulletinXlsxSink implements ReportSink<Bulletin> {

    /** The kind written. */
    public static final DocumentKind KIND = DocumentKind.of("baozhang/bulletin@1");
    /** The format name. */
    public static final String FORMAT = "xlsx";
    /** The name of the summaries sheet. */
    public static final String SUMMARIES_SHEET = BulletinWorkbook.SUMMARIES;
    /** The name of the alerts sheet. */
    public static final String ALERTS_SHEET = BulletinWorkbook.ALERTS;

    /** Creates the sink. */
    public BulletinXlsxSink() {
        // stateless
    }

    @Override
    public DocumentKind kind() {
        return KIND;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Class<Bulletin> valueType() {
        return Bulletin.class;
    }

    /**
     * Writes the workbook. The stream is not closed.
     *
     * @param value  the bulletin, not null
     * @param out  where the workbook goes, not null
     * @throws IOException if writing fails
     */
    @Override
    public void write(Bulletin value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        BulletinWorkbook.write(value, workbook);
        Zips.normalise(workbook.toByteArray(), out);
        out.flush();
    }

    @Override
    public String toString() {
        return "BulletinXlsxSink";
    }
}
