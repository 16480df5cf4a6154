package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Writes the bulletin, {@code baozhang/bulletin@1}, as one CSV table a ministry analyst opens in a
 * spreadsheet, through {@link CsvWriter} (formula injection neutralised, RFC 4180 quoting, CRLF).
 *
 * <p>The columns are {@value #HEADER}. One row per level, in the order of the JSON bulletin:
 * {@code national} (key empty), each {@code province} in code order (key = the six-digit code),
 * each {@code industry} in the order of {@link Industry} (key = the constant), with every summary
 * field; then one {@code alert} row per alert in the bulletin's order: key = the subject (the
 * enterprise id or region), {@code alert_code}, {@code alert_severity}, and
 * {@code alert_arguments} as {@code name=value} pairs joined by {@code "; "} in the alert's order.
 * The summary cells of an alert row and the alert cells of a summary row are empty. Every row
 * begins with the period, so that the bulletins of several months can be stacked in one sheet.
 * Amounts are exact integers of fen.
 *
 * <p>By default the text is UTF-8 <b>with</b> a byte order mark, so that a spreadsheet program
 * recognises UTF-8 on opening the file; {@link #withoutBom()} leaves it out for programs.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BulletinCsvSink implements ReportSink<Bulletin> {

    /** The kind written. */
    public static final DocumentKind KIND = DocumentKind.of("baozhang/bulletin@1");

    /** The header row. */
    public static final String HEADER = "period,section,key,monitored,reported,on_time,laid_off_workers,in_centre,"
            + "agreements_signed,reemployed,left_centre,incidents,allowance_due_fen,allowance_paid_fen,"
            + "contributions_due_fen,contributions_paid_fen,funds_plan_enterprise_fen,funds_plan_social_fen,"
            + "funds_plan_fiscal_fen,funds_received_enterprise_fen,funds_received_social_fen,"
            + "funds_received_fiscal_fen,alert_code,alert_severity,alert_arguments";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));
    /** The summary columns: between the key and the alert columns. */
    private static final int SUMMARY_COLUMNS = COLUMNS.size() - 6;

    private final boolean bom;

    private BulletinCsvSink(boolean bom) {
        this.bom = bom;
    }

    /**
     * Returns the sink for spreadsheets: UTF-8 with a byte order mark.
     *
     * @return the sink, not null
     */
    public static BulletinCsvSink create() {
        return new BulletinCsvSink(true);
    }

    /**
     * Returns a sink writing UTF-8 without a byte order mark.
     *
     * @return the sink, not null
     */
    public static BulletinCsvSink withoutBom() {
        return new BulletinCsvSink(false);
    }

    @Override
    public DocumentKind kind() {
        return KIND;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Class<Bulletin> valueType() {
        return Bulletin.class;
    }

    @Override
    public void write(Bulletin value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        CsvWriter w = CsvWriter.to(out, bom);
        w.row(COLUMNS);
        String period = value.period().toString();
        summary(w, period, "national", "", value.national());
        for (Map.Entry<DivisionCode, ReportSummary> e : value.provinces().entrySet()) {
            summary(w, period, "province", e.getKey().toString(), e.getValue());
        }
        for (Map.Entry<Industry, ReportSummary> e : value.industries().entrySet()) {
            summary(w, period, "industry", e.getKey().name(), e.getValue());
        }
        for (Finding alert : value.alerts()) {
            w.text(period).text("alert").text(alert.subject());
            for (int i = 0; i < SUMMARY_COLUMNS; i++) {
                w.text("");
            }
            w.text(alert.code().code()).text(alert.severity().name()).text(arguments(alert)).endRow();
        }
        w.flush();
    }

    /**
     * Returns an alert's arguments as one cell's text: {@code name=value} joined by {@code "; "}.
     *
     * @param alert  the alert, not null
     * @return the text, before neutralisation, not null
     */
    static String arguments(Finding alert) {
        StringJoiner j = new StringJoiner("; ");
        alert.arguments().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static void summary(CsvWriter w, String period, String section, String key, ReportSummary s)
            throws IOException {
        w.text(period).text(section).text(key)
                .number(s.monitored()).number(s.reported()).number(s.onTime())
                .number(s.laidOffWorkers()).number(s.inCentre()).number(s.agreementsSigned())
                .number(s.reemployed()).number(s.leftCentre()).number(s.incidents())
                .number(s.allowanceDue().fen()).number(s.allowancePaid().fen())
                .number(s.contributionsDue().fen()).number(s.contributionsPaid().fen());
        sources(w, s.fundsPlan());
        sources(w, s.fundsReceived());
        w.text("").text("").text("").endRow();
    }

    private static void sources(CsvWriter w, SourceAmounts a) throws IOException {
        w.number(a.enterprise().fen()).number(a.social().fen()).number(a.fiscal().fen());
    }

    @Override
    public String toString() {
        return "BulletinCsvSink[" + (bom ? "BOM" : "no BOM") + "]";
    }
}
