package io.github.baozhang.adapter.xlsx.internal;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lays out the bulletin's workbook: the summaries sheet and the alerts sheet. */
public final class BulletinWorkbook {

    /** The summaries sheet's name. */
    public static final String SUMMARIES = "汇总 summaries";
    /** The alerts sheet's name. */
    public static final String ALERTS = "预警 alerts";

    /** The largest integer every double holds exactly: 2^53. */
    static final long EXACT_LIMIT = 1L << 53;

    /** Chinese and English header of each summaries column. */
    static final List<String[]> SUMMARY_COLUMNS = List.of(
            new String[] {"期间", "period"},
            new String[] {"层级", "section"},
            new String[] {"代码", "key"},
            new String[] {"监测企业", "monitored"},
            new String[] {"已报送", "reported"},
            new String[] {"按时报送", "on_time"},
            new String[] {"下岗职工", "laid_off_workers"},
            new String[] {"在中心", "in_centre"},
            new String[] {"签订协议", "agreements_signed"},
            new String[] {"再就业", "reemployed"},
            new String[] {"出中心", "left_centre"},
            new String[] {"突发事件", "incidents"},
            new String[] {"基本生活费应发（分）", "allowance_due_fen"},
            new String[] {"基本生活费实发（分）", "allowance_paid_fen"},
            new String[] {"社会保险费应缴（分）", "contributions_due_fen"},
            new String[] {"社会保险费实缴（分）", "contributions_paid_fen"},
            new String[] {"计划·企业（分）", "funds_plan_enterprise_fen"},
            new String[] {"计划·社会（分）", "funds_plan_social_fen"},
            new String[] {"计划·财政（分）", "funds_plan_fiscal_fen"},
            new String[] {"到位·企业（分）", "funds_received_enterprise_fen"},
            new String[] {"到位·社会（分）", "funds_received_social_fen"},
            new String[] {"到位·财政（分）", "funds_received_fiscal_fen"});

    /** Chinese and English header of each alerts column. */
    static final List<String[]> ALERT_COLUMNS = List.of(
            new String[] {"期间", "period"},
            new String[] {"预警代码", "alert_code"},
            new String[] {"级别", "alert_severity"},
            new String[] {"对象", "subject"},
            new String[] {"数据", "alert_arguments"});

    private BulletinWorkbook() {
    }

    /**
     * Writes the workbook of a bulletin as POI writes it (zip entries with the current time).
     *
     * @param bulletin  the bulletin, not null
     * @param out  where it goes, not closed, not null
     * @throws IOException if writing fails
     */
    public static void write(Bulletin bulletin, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(Optional.empty());
            Styles styles = new Styles(wb);
            String period = bulletin.period().toString();

            Sheet s = wb.createSheet(SUMMARIES);
            headers(s, SUMMARY_COLUMNS, styles.header);
            int r = 2;
            r = summary(s, r, period, "national", "", bulletin.national(), styles);
            for (Map.Entry<DivisionCode, ReportSummary> e : bulletin.provinces().entrySet()) {
                r = summary(s, r, period, "province", e.getKey().toString(), e.getValue(), styles);
            }
            for (Map.Entry<Industry, ReportSummary> e : bulletin.industries().entrySet()) {
                r = summary(s, r, period, "industry", e.getKey().name(), e.getValue(), styles);
            }
            widths(s, SUMMARY_COLUMNS.size(), 3, 14);

            Sheet a = wb.createSheet(ALERTS);
            headers(a, ALERT_COLUMNS, styles.header);
            r = 2;
            for (Finding alert : bulletin.alerts()) {
                Row row = a.createRow(r++);
                row.createCell(0).setCellValue(period);
                row.createCell(1).setCellValue(alert.code().code());
                row.createCell(2).setCellValue(alert.severity().name());
                row.createCell(3).setCellValue(alert.subject());
                row.createCell(4).setCellValue(arguments(alert));
            }
            widths(a, ALERT_COLUMNS.size(), 4, 14);
            a.setColumnWidth(4, 80 * 256);
            wb.write(out);
        }
    }

    /** Returns an alert's arguments as {@code name=value} joined by {@code "; "}, in its order. */
    static String arguments(Finding alert) {
        StringJoiner j = new StringJoiner("; ");
        alert.arguments().forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    private static void headers(Sheet s, List<String[]> columns, CellStyle style) {
        for (int lang = 0; lang < 2; lang++) {
            Row row = s.createRow(lang);
            for (int c = 0; c < columns.size(); c++) {
                row.createCell(c).setCellValue(columns.get(c)[lang]);
                row.getCell(c).setCellStyle(style);
            }
        }
        s.createFreezePane(0, 2);
    }

    private static void widths(Sheet s, int columns, int narrow, int chars) {
        for (int c = 0; c < columns; c++) {
            s.setColumnWidth(c, (c < narrow ? 12 : chars + 6) * 256);
        }
    }

    private static int summary(Sheet s, int r, String period, String section, String key, ReportSummary v,
            Styles styles) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue(period);
        row.createCell(1).setCellValue(section);
        row.createCell(2).setCellValue(key);
        long[] counts = {v.monitored(), v.reported(), v.onTime(), v.laidOffWorkers(), v.inCentre(),
            v.agreementsSigned(), v.reemployed(), v.leftCentre(), v.incidents()};
        int c = 3;
        for (long n : counts) {
            number(row, c++, n, styles.count);
        }
        for (Money m : List.of(v.allowanceDue(), v.allowancePaid(), v.contributionsDue(), v.contributionsPaid())) {
            number(row, c++, m.fen(), styles.fen);
        }
        for (SourceAmounts a : List.of(v.fundsPlan(), v.fundsReceived())) {
            number(row, c++, a.enterprise().fen(), styles.fen);
            number(row, c++, a.social().fen(), styles.fen);
            number(row, c++, a.fiscal().fen(), styles.fen);
        }
        return r + 1;
    }

    /** A numeric cell when the double holds the integer exactly; otherwise a text cell of its digits. */
    private static void number(Row row, int c, long value, CellStyle style) {
        if (Math.abs(value) <= EXACT_LIMIT) {
            row.createCell(c).setCellValue((double) value);
            row.getCell(c).setCellStyle(style);
        } else {
            row.createCell(c).setCellValue(Long.toString(value));
        }
    }

    /** The few styles of the workbook, made once. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle count;
        final CellStyle fen;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("0"));
            fen = wb.createCellStyle();
            fen.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        }
    }
}
