package io.github.baozhang.adapter.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.BulletinArbitraries;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The conformance kit on the bulletin XLSX sink, with the kit's bulletins (amounts above
 * 2<sup>53</sup> fen among them, and alert texts a spreadsheet would run as formulas), and a
 * check of this sink's own: read back with POI, every figure of every level is exact and no
 * cell is a formula.
 */
class BulletinXlsxSinkTckTest extends ReportSinkContract<Bulletin> {

    private static final BulletinXlsxSink SINK = new BulletinXlsxSink();
    /** The first figure's column on the summaries sheet: after period, section and key. */
    private static final int FIRST_FIGURE = 3;
    /** The largest integer a double holds exactly. */
    private static final long EXACT = 1L << 53;

    @Override
    protected ReportSink<Bulletin> sink() {
        return SINK;
    }

    @Override
    protected Arbitrary<Bulletin> values() {
        return BulletinArbitraries.bulletins();
    }

    @Property(tries = 30)
    void theWorkbookHoldsEveryFigureExactlyAndNoFormula(@ForAll("tckValues") Bulletin b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SINK.write(b, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summaries = wb.getSheet(BulletinXlsxSink.SUMMARIES_SHEET);
            List<ReportSummary> levels = new ArrayList<>();
            levels.add(b.national());
            levels.addAll(b.provinces().values());
            levels.addAll(b.industries().values());
            assertEquals(2 + levels.size(), summaries.getPhysicalNumberOfRows());
            for (int i = 0; i < levels.size(); i++) {
                Row row = summaries.getRow(2 + i);
                List<Long> expected = figures(levels.get(i));
                for (int c = 0; c < expected.size(); c++) {
                    assertEquals(expected.get(c), figure(row.getCell(FIRST_FIGURE + c)), "row " + (2 + i) + ", column " + c);
                }
            }
            Sheet alerts = wb.getSheet(BulletinXlsxSink.ALERTS_SHEET);
            assertEquals(2 + b.alerts().size(), alerts.getPhysicalNumberOfRows());
            for (Sheet sheet : List.of(summaries, alerts)) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), () -> "a formula at " + cell.getAddress());
                    }
                }
            }
            for (int i = 0; i < b.alerts().size(); i++) {
                Finding a = b.alerts().get(i);
                Row row = alerts.getRow(2 + i);
                assertEquals(a.code().code(), row.getCell(1).getStringCellValue());
            }
        }
    }

    /** A figure as written: a numeric cell up to 2^53, above it a text cell of its digits. */
    private static long figure(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            double d = cell.getNumericCellValue();
            long v = (long) d;
            assertEquals(d, (double) v, "an integer");
            if (v > EXACT) {
                throw new AssertionError("a figure above 2^53 was written as a number: " + v);
            }
            return v;
        }
        return Long.parseLong(cell.getStringCellValue());
    }

    private static List<Long> figures(ReportSummary s) {
        List<Long> f = new ArrayList<>(List.of(s.monitored(), s.reported(), s.onTime(), s.laidOffWorkers(),
                s.inCentre(), s.agreementsSigned(), s.reemployed(), s.leftCentre(), s.incidents(),
                s.allowanceDue().fen(), s.allowancePaid().fen(), s.contributionsDue().fen(),
                s.contributionsPaid().fen()));
        for (SourceAmounts a : List.of(s.fundsPlan(), s.fundsReceived())) {
            f.add(a.enterprise().fen());
            f.add(a.social().fen());
            f.add(a.fiscal().fen());
        }
        return f;
    }
}
