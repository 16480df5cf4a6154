package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes {@code baozhang/disbursement-summary@1} as one CSV table for spreadsheets, through
 * {@link CsvWriter} (formula injection neutralised, CRLF, UTF-8 with a BOM unless {@link #withoutBom()}).
 *
 * <p>The columns are {@value #HEADER}. Rows, in this order: {@code period} (key = the period);
 * {@code read}, {@code accepted}, {@code rejected} (the count in {@code rows});
 * {@code rejected_by_code} (key = the code, the count in {@code rows}); {@code enterprise}
 * (key = the organisation code, {@code province} its province); {@code province} (key = the
 * code); {@code national}. Unused cells are empty. Amounts are exact integers of fen.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DisbursementSummaryCsvSink implements ReportSink<PeriodDisbursementSummary> {

    /** The kind written. */
    public static final DocumentKind KIND = DocumentKind.of("baozhang/disbursement-summary@1");

    /** The header row. */
    public static final String HEADER = "section,key,province,rows,paid_in_full,on_time,allowance_due_fen,"
            + "allowance_paid_fen,contributions_due_fen,contributions_paid_fen";

    private final boolean bom;

    private DisbursementSummaryCsvSink(boolean bom) {
        this.bom = bom;
    }

    /**
     * Returns the sink for spreadsheets: UTF-8 with a byte order mark (as {@link BulletinCsvSink#create()};
     * without it a spreadsheet program on a Chinese system reads the file as GBK).
     *
     * @return the sink, not null
     */
    public static DisbursementSummaryCsvSink create() {
        return new DisbursementSummaryCsvSink(true);
    }

    /**
     * Returns a sink writing UTF-8 without a byte order mark, for programs.
     *
     * @return the sink, not null
     */
    public static DisbursementSummaryCsvSink withoutBom() {
        return new DisbursementSummaryCsvSink(false);
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
    public Class<PeriodDisbursementSummary> valueType() {
        return PeriodDisbursementSummary.class;
    }

    @Override
    public void write(PeriodDisbursementSummary value, OutputStream out) throws IOException {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        CsvWriter w = CsvWriter.to(out, bom);
        w.row(List.of(HEADER.split(",")));
        w.text("period").text(value.period().toString()).text("").text("").text("").text("").text("").text("").text("")
                .text("").endRow();
        count(w, "read", "", value.rows().read());
        count(w, "accepted", "", value.rows().accepted());
        count(w, "rejected", "", value.rows().rejected());
        for (Map.Entry<String, Long> e : value.rows().rejectedByCode().entrySet()) {
            count(w, "rejected_by_code", e.getKey(), e.getValue());
        }
        for (PeriodDisbursementSummary.Enterprise e : value.enterprises()) {
            summary(w, "enterprise", e.enterpriseId().toString(), e.province().toString(), e.summary());
        }
        for (Map.Entry<io.github.baozhang.id.DivisionCode, DisbursementSummary> e : value.provinces().entrySet()) {
            summary(w, "province", e.getKey().toString(), "", e.getValue());
        }
        summary(w, "national", "", "", value.national());
        w.flush();
    }

    private static void count(CsvWriter w, String section, String key, long n) throws IOException {
        w.text(section).text(key).text("").number(n).text("").text("").text("").text("").text("").text("").endRow();
    }

    private static void summary(CsvWriter w, String section, String key, String province, DisbursementSummary s)
            throws IOException {
        w.text(section).text(key).text(province).number(s.rows()).number(s.paidInFull()).number(s.onTime())
                .number(s.allowance().dueFen().toString()).number(s.allowance().paidFen().toString())
                .number(s.contributions().dueFen().toString()).number(s.contributions().paidFen().toString()).endRow();
    }

    @Override
    public String toString() {
        return "DisbursementSummaryCsvSink[" + (bom ? "BOM" : "no BOM") + "]";
    }
}
