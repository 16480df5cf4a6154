package io.github.baozhang.adapter.csv;

import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.csv.internal.CsvTokenizer;
import io.github.baozhang.adapter.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvSinkTest {

    static List<List<String>> parse(byte[] bytes) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), 1 << 20);
        List<List<String>> rows = new ArrayList<>();
        while (t.nextRecord()) {
            List<String> cells = new ArrayList<>();
            for (int f = 0; f < t.fieldCount(); f++) {
                cells.add(new String(t.buffer(), t.start(f), t.end(f) - t.start(f), StandardCharsets.UTF_8));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void formulaCellsAreNeutralised() {
        assertEquals("'=SUM(A1:A9)", CsvWriter.cell("=SUM(A1:A9)"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-1", CsvWriter.cell("-1"));
        assertEquals("'@cmd", CsvWriter.cell("@cmd"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvWriter.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("plain", CsvWriter.cell("plain"));
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("\" pad\"", CsvWriter.cell(" pad"));
        assertEquals("", CsvWriter.cell(""));
    }

    @Property
    void noCellEverStartsWithAFormulaCharacter(@ForAll List<String> texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = CsvWriter.to(out, true);
        w.row(texts.isEmpty() ? List.of("x") : texts);
        w.flush();
        List<List<String>> rows = parse(out.toByteArray());
        List<String> cells = rows.get(0);
        List<String> expected = texts.isEmpty() ? List.of("x") : texts;
        assertEquals(expected.size(), cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            assertTrue(c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0, c);
            assertEquals(CsvWriter.neutralise(expected.get(i)), c, "round trip");
        }
    }

    @Test
    void summarySinkWritesEverySection() throws IOException {
        PeriodDisbursementSummary s;
        try (InputStream in = CsvSinkTest.class.getResourceAsStream("/samples/national-utf8-english.csv")) {
            s = NationalWorkerRowReader.of(YearMonth.of(1999, 7)).summarize(Source.of("s", in.readAllBytes()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DisbursementSummaryCsvSink.create().write(s, out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0], "BOM");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nperiod,1999-07,"));
        assertTrue(text.contains("\r\nread,,,5,"));
        assertTrue(text.contains("\r\nrejected_by_code,E2005,,1,"));
        assertTrue(text.contains("\r\nnational,,,3,1,1,72000,44000,27000,18000\r\n"), text);
        assertTrue(text.contains("\r\nenterprise,100000016,110000,1,1,1,24000,24000,9000,9000\r\n"), text);
        for (List<String> row : parse(bytes)) {
            assertEquals(10, row.size());
            for (String c : row) {
                assertTrue(c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0, c);
            }
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        DisbursementSummaryCsvSink.create().write(s, again);
        assertEquals(text, new String(again.toByteArray(), StandardCharsets.UTF_8), "deterministic");
        assertEquals("csv", DisbursementSummaryCsvSink.create().format());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        DisbursementSummaryCsvSink.withoutBom().write(s, plain);
        byte[] plainBytes = plain.toByteArray();
        assertTrue(new String(plainBytes, StandardCharsets.UTF_8).startsWith("section,key,"), "no BOM");
        assertEquals(text.substring(1), new String(plainBytes, StandardCharsets.UTF_8), "the same table without the BOM");
    }
}
