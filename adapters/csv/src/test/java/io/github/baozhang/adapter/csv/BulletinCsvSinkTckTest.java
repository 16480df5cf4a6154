package io.github.baozhang.adapter.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.tck.ReportSinkContract;
import io.github.baozhang.adapter.tck.arbitraries.BulletinArbitraries;
import io.github.baozhang.report.Bulletin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The conformance kit on the bulletin CSV sink, with the kit's bulletins (whose alerts carry
 * texts a spreadsheet would run as formulas), and two checks of this sink's own: one row per
 * level and alert, each as wide as the header, and no cell a spreadsheet would run.
 */
class BulletinCsvSinkTckTest extends ReportSinkContract<Bulletin> {

    private static final BulletinCsvSink SINK = BulletinCsvSink.create();

    @Override
    protected ReportSink<Bulletin> sink() {
        return SINK;
    }

    @Override
    protected Arbitrary<Bulletin> values() {
        return BulletinArbitraries.bulletins();
    }

    @Property(tries = 50)
    void everyLevelAndAlertIsOneRowAsWideAsTheHeader(@ForAll("tckValues") Bulletin b) throws IOException {
        List<List<String>> rows = parse(written(b));
        int width = BulletinCsvSink.HEADER.split(",", -1).length;
        assertEquals(1 + 1 + b.provinces().size() + b.industries().size() + b.alerts().size(), rows.size());
        for (List<String> row : rows) {
            assertEquals(width, row.size(), row::toString);
        }
    }

    @Property(tries = 50)
    void noCellIsAFormula(@ForAll("tckValues") Bulletin b) throws IOException {
        for (List<String> row : parse(written(b))) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> "a formula cell: " + cell);
            }
        }
    }

    private static String written(Bulletin b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SINK.write(b, out);
        String text = out.toString(StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** RFC 4180 with CRLF records: quoted cells may hold commas, quotes doubled, CR and LF. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertEquals(0, cell.length() + row.size(), "the document ends with CRLF");
        return rows;
    }
}
