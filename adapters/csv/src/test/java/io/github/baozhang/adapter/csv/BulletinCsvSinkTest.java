package io.github.baozhang.adapter.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BulletinCsvSinkTest {

    static ReportSummary summary(long n) {
        return ReportSummary.builder().monitored(n).reported(n - 1).onTime(n - 2).laidOffWorkers(100 * n)
                .inCentre(90 * n).agreementsSigned(80 * n).reemployed(n + 3).leftCentre(n + 4).incidents(n + 5)
                .allowance(Money.ofFen(1000 * n), Money.ofFen(999 * n))
                .contributions(Money.ofFen(500 * n), Money.ofFen(499 * n))
                .funds(SourceAmounts.ofFen(1, 2, 3 * n), SourceAmounts.ofFen(4, 5, 6 * n)).build();
    }

    static Finding alert(String subject, String region) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("region", region);
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

    static byte[] write(BulletinCsvSink sink, Bulletin b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sink.write(b, out);
        return out.toByteArray();
    }

    /** RFC 4180, as a spreadsheet reads it: quoted fields, doubled quotes, CRLF rows. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
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
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "the last row ends with CRLF");
        return rows;
    }

    static List<List<String>> rows(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a BOM for spreadsheets");
        return parse(text.substring(1));
    }

    @Test
    void oneRowPerLevelInBulletinOrderThenTheAlerts() throws IOException {
        Bulletin b = bulletin(List.of(alert("110000", "110000")));
        List<List<String>> rows = rows(write(BulletinCsvSink.create(), b));
        assertEquals(Arrays.asList(BulletinCsvSink.HEADER.split(",")), rows.get(0));
        assertEquals(25, rows.get(0).size());
        List<String> sections = rows.stream().skip(1).map(r -> r.get(1) + " " + r.get(2)).toList();
        assertEquals(List.of("national ", "province 110000", "province 210000", "industry MILITARY", "industry OTHER",
                "alert 110000"), sections);
        rows.forEach(r -> assertEquals(25, r.size(), r::toString));
        rows.stream().skip(1).forEach(r -> assertEquals("1999-07", r.get(0)));
        assertEquals(List.of("1999-07", "national", "", "10", "9", "8", "1000", "900", "800", "13", "14", "15",
                "10000", "9990", "5000", "4990", "1", "2", "30", "4", "5", "60", "", "", ""), rows.get(1));
        List<String> alert = rows.get(6);
        assertEquals(List.of("A9603", b.alerts().get(0).severity().name(),
                "region=110000; period=1999-07; reported=3; monitored=5"), alert.subList(22, 25));
        assertTrue(alert.subList(3, 22).stream().allMatch(String::isEmpty));
    }

    @Test
    void aHostileSubjectOrRegionCannotInject() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx",
                "=cmd|' /C calc'!A0");
        List<Finding> alerts = new ArrayList<>();
        for (String h : hostile) {
            alerts.add(alert(h, h));
        }
        List<List<String>> rows = rows(write(BulletinCsvSink.create(), bulletin(alerts)));
        for (List<String> r : rows) {
            for (String cell : r) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, () -> "unsafe cell " + cell);
            }
        }
        for (int i = 0; i < hostile.size(); i++) {
            List<String> r = rows.get(6 + i);
            assertEquals("'" + hostile.get(i), r.get(2), "the subject, shown as text");
            assertEquals("region=" + hostile.get(i) + "; period=1999-07; reported=3; monitored=5", r.get(24));
        }
    }

    @Test
    void withoutBomForPrograms() throws IOException {
        byte[] bytes = write(BulletinCsvSink.withoutBom(), bulletin(List.of()));
        assertEquals('p', bytes[0]);
        assertEquals(6, parse(new String(bytes, StandardCharsets.UTF_8)).size());
        assertTrue(BulletinCsvSink.withoutBom().toString().contains("no BOM"));
        assertTrue(BulletinCsvSink.create().toString().contains("BOM"));
    }

    @Property(tries = 50)
    void amountsAreExactFenWhateverTheirSize(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen)
            throws IOException {
        ReportSummary big = ReportSummary.builder().allowance(Money.ofFen(fen), Money.ofFen(fen))
                .funds(SourceAmounts.ofFen(fen, 0, 0), SourceAmounts.zero()).build();
        Bulletin b = Bulletin.of(YearMonth.of(2000, 1), big, Map.of(), Map.of(), List.of());
        List<String> national = rows(write(BulletinCsvSink.create(), b)).get(1);
        assertEquals(Long.toString(fen), national.get(12));
        assertEquals(Long.toString(fen), national.get(16));
    }

    @Test
    void isOfferedByTheProvider() {
        Adapters adapters = Adapters.of(List.of(new CsvAdapterProvider()));
        assertTrue(adapters.sink(BulletinCsvSink.KIND, "csv", Bulletin.class).isPresent());
        BulletinCsvSink sink = BulletinCsvSink.create();
        assertEquals("csv", sink.format());
        assertEquals(Bulletin.class, sink.valueType());
        assertEquals("baozhang/bulletin@1", sink.kind().name());
    }
}
