package io.github.baozhang.adapter.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.adapter.xlsx.internal.Zips;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The bulletin workbook, read back with POI. */
class BulletinXlsxSinkTest {

    private static final BulletinXlsxSink SINK = new BulletinXlsxSink();

    static ReportSummary summary(long n) {
        return ReportSummary.builder().monitored(n).reported(n - 1).onTime(n - 2).laidOffWorkers(100 * n)
                .inCentre(90 * n).agreementsSigned(80 * n).reemployed(n + 3).leftCentre(n + 4).incidents(n + 5)
                .allowance(Money.ofFen(1000 * n), Money.ofFen(999 * n))
                .contributions(Money.ofFen(500 * n), Money.ofFen(499 * n))
                .funds(SourceAmounts.ofFen(1, 2, 3 * n), SourceAmounts.ofFen(4, 5, 6 * n)).build();
    }

    static Finding alert(String subject) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("region", subject);
        args.put("period", "1999-07");
        args.put("reported", "3");
        args.put("monitored", "5");
        return Finding.of(ProblemCode.REPORTING_INCOMPLETE, subject, args);
    }

    static Bulletin bulletin(List<Finding> alerts) {
        Map<DivisionCode, ReportSummary> provinces = new LinkedHashMap<>();
        provinces.put(DivisionCode.parse("210000"), summary(7));
        provinces.put(DivisionCode.parse("110000"), summary(3));
        Map<Industry, ReportSummary> industries = new EnumMap<>(Industry.class);
        industries.put(Industry.OTHER, summary(4));
        industries.put(Industry.MILITARY, summary(6));
        return Bulletin.of(YearMonth.of(1999, 7), summary(10), provinces, industries, alerts);
    }

    static byte[] write(Bulletin b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SINK.write(b, out);
        return out.toByteArray();
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (Cell c : row) {
            cells.add(c.getCellType() == CellType.NUMERIC ? Long.toString((long) c.getNumericCellValue())
                    : c.getStringCellValue());
        }
        return cells;
    }

    @Test
    void summariesSheetHasARowPerLevelWithNumbersAsNumbers() throws IOException {
        try (XSSFWorkbook wb = read(write(bulletin(List.of(alert("110000")))))) {
            assertEquals(2, wb.getNumberOfSheets());
            Sheet s = wb.getSheet(BulletinXlsxSink.SUMMARIES_SHEET);
            assertEquals(0, wb.getSheetIndex(s));
            assertEquals("期间", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("基本生活费应发（分）", s.getRow(0).getCell(12).getStringCellValue());
            assertEquals(List.of("period", "section", "key", "monitored", "reported", "on_time", "laid_off_workers",
                    "in_centre", "agreements_signed", "reemployed", "left_centre", "incidents", "allowance_due_fen",
                    "allowance_paid_fen", "contributions_due_fen", "contributions_paid_fen",
                    "funds_plan_enterprise_fen", "funds_plan_social_fen", "funds_plan_fiscal_fen",
                    "funds_received_enterprise_fen", "funds_received_social_fen", "funds_received_fiscal_fen"),
                    texts(s.getRow(1)));
            List<String> levels = new ArrayList<>();
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                levels.add(s.getRow(r).getCell(1).getStringCellValue() + " " + s.getRow(r).getCell(2).getStringCellValue());
            }
            assertEquals(List.of("national ", "province 110000", "province 210000", "industry MILITARY",
                    "industry OTHER"), levels);
            Row national = s.getRow(2);
            assertEquals(List.of("1999-07", "national", "", "10", "9", "8", "1000", "900", "800", "13", "14", "15",
                    "10000", "9990", "5000", "4990", "1", "2", "30", "4", "5", "60"), texts(national));
            for (int c = 3; c < 22; c++) {
                assertEquals(CellType.NUMERIC, national.getCell(c).getCellType(), "column " + c);
            }
            assertEquals("#,##0", national.getCell(12).getCellStyle().getDataFormatString());
            assertEquals(2, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void alertsSheetHasARowPerAlertAndTextIsNeverAFormula() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)",
                "=cmd|' /C calc'!A0", "110000");
        List<Finding> alerts = new ArrayList<>();
        hostile.forEach(h -> alerts.add(alert(h)));
        try (XSSFWorkbook wb = read(write(bulletin(alerts)))) {
            Sheet a = wb.getSheet(BulletinXlsxSink.ALERTS_SHEET);
            assertEquals(List.of("期间", "预警代码", "级别", "对象", "数据"), texts(a.getRow(0)));
            assertEquals(List.of("period", "alert_code", "alert_severity", "subject", "alert_arguments"),
                    texts(a.getRow(1)));
            assertEquals(2 + hostile.size() - 1, a.getLastRowNum());
            for (int i = 0; i < hostile.size(); i++) {
                Row row = a.getRow(2 + i);
                for (Cell c : row) {
                    assertEquals(CellType.STRING, c.getCellType());
                }
                assertEquals(List.of("1999-07", "A9603", alerts.get(i).severity().name(), hostile.get(i),
                        "region=" + hostile.get(i) + "; period=1999-07; reported=3; monitored=5"), texts(row));
            }
        }
    }

    @Test
    void anAmountBeyondWhatADoubleHoldsIsWrittenAsItsDigits() throws IOException {
        long exact = 1L << 53;
        ReportSummary big = ReportSummary.builder().allowance(Money.ofFen(exact), Money.ofFen(exact + 1))
                .contributions(Money.ofFen(Long.MAX_VALUE), Money.zero()).build();
        Bulletin b = Bulletin.of(YearMonth.of(2000, 1), big, Map.of(), Map.of(), List.of());
        try (XSSFWorkbook wb = read(write(b))) {
            Row national = wb.getSheet(BulletinXlsxSink.SUMMARIES_SHEET).getRow(2);
            assertEquals(CellType.NUMERIC, national.getCell(12).getCellType());
            assertEquals((double) exact, national.getCell(12).getNumericCellValue());
            assertEquals(CellType.STRING, national.getCell(13).getCellType());
            assertEquals(Long.toString(exact + 1), national.getCell(13).getStringCellValue());
            assertEquals(Long.toString(Long.MAX_VALUE), national.getCell(14).getStringCellValue());
            assertEquals(0.0, national.getCell(15).getNumericCellValue());
            assertEquals(2, wb.getSheet(BulletinXlsxSink.ALERTS_SHEET).getPhysicalNumberOfRows());
        }
    }

    @Property(tries = 30)
    void everyAmountUpToTwoToThe53IsReadBackExactly(@ForAll @LongRange(min = 0, max = 1L << 53) long fen)
            throws IOException {
        ReportSummary s = ReportSummary.builder().allowance(Money.ofFen(fen), Money.ofFen(fen / 3))
                .funds(SourceAmounts.ofFen(fen, 0, 1), SourceAmounts.zero()).build();
        Bulletin b = Bulletin.of(YearMonth.of(2000, 1), s, Map.of(), Map.of(), List.of());
        try (XSSFWorkbook wb = read(write(b))) {
            Row national = wb.getSheet(BulletinXlsxSink.SUMMARIES_SHEET).getRow(2);
            assertEquals(fen, (long) national.getCell(12).getNumericCellValue());
            assertEquals(fen / 3, (long) national.getCell(13).getNumericCellValue());
            assertEquals(fen, (long) national.getCell(16).getNumericCellValue());
        }
    }

    @Test
    void theBytesAreReproducible() throws IOException {
        Bulletin b = bulletin(List.of(alert("110000")));
        byte[] first = write(b);
        assertArrayEquals(first, write(b));
        assertFalse(java.util.Arrays.equals(first, write(bulletin(List.of()))));
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry e;
            int entries = 0;
            while ((e = z.getNextEntry()) != null) {
                entries++;
                assertEquals(Zips.FIXED_TIME, e.getTimeLocal(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(core.contains("dcterms:created"), core);
                }
            }
            assertTrue(entries > 5);
        }
    }

    @Test
    void isOfferedByTheProviderAndDiscovered() {
        XlsxAdapterProvider p = new XlsxAdapterProvider();
        assertEquals("xlsx", p.name());
        assertEquals(List.of(), p.readers());
        Adapters explicit = Adapters.of(List.of(p));
        assertTrue(explicit.problems().isEmpty(), explicit.problems()::toString);
        assertTrue(explicit.sink(BulletinXlsxSink.KIND, "xlsx", Bulletin.class).isPresent());
        Adapters found = Adapters.discover();
        assertTrue(found.providers().stream().anyMatch(x -> x.name().equals("xlsx")), found.providers()::toString);
        assertTrue(found.sink(BulletinXlsxSink.KIND, "xlsx", Bulletin.class).isPresent());
        assertEquals("xlsx", SINK.format());
        assertEquals(Bulletin.class, SINK.valueType());
        assertEquals("BulletinXlsxSink", SINK.toString());
    }
}
