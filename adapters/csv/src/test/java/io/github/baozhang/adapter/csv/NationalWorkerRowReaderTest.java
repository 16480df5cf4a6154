package io.github.baozhang.adapter.csv;

import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import static io.github.baozhang.adapter.csv.Fixtures.E1;
import static io.github.baozhang.adapter.csv.Fixtures.E2;
import static io.github.baozhang.adapter.csv.Fixtures.HEADER;
import static io.github.baozhang.adapter.csv.Fixtures.ID1;
import static io.github.baozhang.adapter.csv.Fixtures.ID2;
import static io.github.baozhang.adapter.csv.Fixtures.read;
import static io.github.baozhang.adapter.csv.Fixtures.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalWorkerRowReaderTest {

    static final YearMonth JULY = YearMonth.of(1999, 7);
    static final NationalWorkerRowReader READER = NationalWorkerRowReader.of(JULY);
    static final String GOOD = "1999-07,110000,110100," + E1 + "," + ID1 + ",24000,24000,9000,9000,1999-07-10";

    static Fixtures.Collected one(String row) throws IOException {
        return read(READER, utf8(HEADER + "\n" + GOOD + "\n" + row + "\n"));
    }

    /** The single violation of the single rejected row, checked to be on line 3. */
    static Violation rejected(String row) throws IOException {
        Fixtures.Collected c = one(row);
        assertEquals(1, c.rows.size(), "the good row is accepted");
        assertEquals(1, c.rejected.size(), "the bad row is rejected");
        RejectedRecord r = c.rejected.get(0);
        assertEquals(3, r.location().line().orElseThrow());
        assertEquals("test.csv", r.location().document().orElseThrow());
        assertEquals(1, r.violations().size(), r.toString());
        assertEquals(2, c.summary.read());
        Violation v = r.violations().get(0);
        assertEquals(3, v.location().line().orElseThrow());
        return v;
    }

    static String replace(int column, String value) {
        String[] f = GOOD.split(",", -1);
        f[column] = value;
        return String.join(",", f);
    }

    @Test
    void aGoodRowIsAcceptedWithItsValues() throws IOException {
        Fixtures.Collected c = read(READER, utf8(HEADER + "\r\n" + GOOD + "\r\n"));
        assertTrue(c.summary.isClean());
        WorkerRow row = c.rows.get(0);
        assertEquals(2, c.lines.get(0));
        assertEquals(ID1, row.workerId().toString());
        assertEquals(E1, row.enterpriseId().toString());
        assertEquals(DivisionCode.parse("110100"), row.city());
        assertEquals(LocalDate.of(1999, 7, 10), row.paidOn().orElseThrow());
        assertTrue(row.isOnTime());
        assertTrue(row.isPaidInFull());
        assertFalse(row.toString().contains(ID1), "toString masks the ID");
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "period|1999-7|E9508",
        "period|1999-08|E9509",
        "period|''|E9507",
        "province_code|110100|E2033",
        "province_code|99|E2031",
        "city_code|110000|E2033",
        "city_code|310100|E9511",
        "city_code|abc|E2031",
        "enterprise_code|100000017|E2013",
        "enterprise_code|1000|E2011",
        "worker_id|110105196503041236|E2005",
        "worker_id|1101051965|E2001",
        "worker_id|''|E9507",
        "allowance_due_fen|-1|E1001",
        "allowance_paid_fen|12.50|E1003",
        "contributions_due_fen|99999999999999999999|E1003",
        "contributions_paid_fen|''|E9507",
        "paid_date|1999-02-30|E9510",
        "paid_date|19990710|E9510",
        "paid_date|''|E5011",
    })
    void eachBadValueIsRejectedWithItsLineColumnAndCode(String column, String value, String code) throws IOException {
        int index = ColumnMapping.NATIONAL_COLUMNS.indexOf(column);
        Violation v = rejected(replace(index, value));
        assertEquals(code, v.code().code(), v.toString());
        assertEquals(column, v.location().field().orElseThrow());
    }

    @Test
    void theBadIdIsNeverCarriedUnmasked() throws IOException {
        Violation v = rejected(replace(4, "110105196503041236"));
        assertEquals("110105********1236", v.offendingValue().orElseThrow());
        assertFalse(v.toString().contains("110105196503041236"));
    }

    @Test
    void everyViolationOfARowIsReported() throws IOException {
        Fixtures.Collected c = one("1999-08,110000,110100," + E1 + ",x,-1,2,3,4,");
        List<String> codes = c.rejected.get(0).violations().stream().map(v -> v.code().code()).collect(Collectors.toList());
        assertEquals(List.of("E9509", "E2001", "E1001", "E5011"), codes);
        Map<String, Long> byCode = c.summary.rejectedByCode();
        assertEquals(1L, byCode.get("E1001"));
    }

    @Test
    void malformedQuotingIsARejectedRow() throws IOException {
        Violation v = rejected(GOOD.replace("24000,24000", "24\"000,24000"));
        assertEquals(ProblemCode.CSV_QUOTING_MALFORMED, v.code());
    }

    @Test
    void wrongFieldCountIsARejectedRow() throws IOException {
        Violation v = rejected(GOOD + ",extra");
        assertEquals(ProblemCode.CSV_FIELD_COUNT, v.code());
        assertEquals("11", v.arguments().get("count"));
    }

    @Test
    void aTooLongRowIsRejected() throws IOException {
        Violation v = rejected(GOOD.replace("1999-07-10", "\"" + "x".repeat(70_000) + "\""));
        assertEquals(ProblemCode.CSV_ROW_TOO_LONG, v.code());
    }

    @Test
    void quotedFieldsOverSeveralLinesKeepLineNumbers() throws IOException {
        String text = HEADER + ",note\n" + GOOD + ",\"a\nb\nc\"\r\n" + GOOD.replace(ID1, ID2) + ",x\n"
                + replace(5, "-5") + ",\"\"\n";
        Fixtures.Collected c = read(READER, utf8(text));
        assertEquals(List.of(2L, 5L), c.lines);
        assertEquals(6, c.rejected.get(0).location().line().orElseThrow());
    }

    @Test
    void nothingPaidNeedsNoDateButIsLateWhenSomethingWasDue() throws IOException {
        Fixtures.Collected c = read(READER, utf8(HEADER + "\n" + replace(6, "0").replace(",9000,9000,1999-07-10", ",9000,0,")
                + "\n" + replace(5, "0").replace("24000,9000,9000,1999-07-10", "0,0,0,") + "\n"));
        assertEquals(2, c.rows.size(), c.rejected.toString());
        assertFalse(c.rows.get(0).isOnTime());
        assertTrue(c.rows.get(1).isOnTime(), "nothing due is on time");
    }

    @Test
    void thePayDayComesFromTheProvinceProfile() throws IOException {
        String late = replace(9, "1999-07-16");
        NationalWorkerRowReader pay20 = NationalWorkerRowReader.of(JULY, ProvinceProfile.national().withPayDay(20),
                CsvProfile.national());
        assertFalse(read(READER, utf8(HEADER + "\n" + late)).rows.get(0).isOnTime());
        assertTrue(read(pay20, utf8(HEADER + "\n" + late)).rows.get(0).isOnTime());
        assertEquals(LocalDate.of(1999, 7, 15), READER.payDate());
    }

    @Test
    void documentViolations() throws IOException {
        Fixtures.Collected empty = read(READER, utf8(""));
        assertEquals(ProblemCode.CSV_HEADER_MISSING, empty.document.get(0).code());
        assertTrue(empty.summary.isDocumentRejected());

        Fixtures.Collected missing = read(READER, utf8(HEADER.replace(",paid_date", "") + "\n" + GOOD));
        assertEquals(ProblemCode.CSV_COLUMN_MISSING, missing.document.get(0).code());
        assertEquals("paid_date", missing.document.get(0).arguments().get("column"));
        assertEquals(0, missing.summary.read(), "no row after a document violation");

        Fixtures.Collected twice = read(READER, utf8(HEADER + ",Worker_ID\n"));
        assertEquals(ProblemCode.CSV_COLUMN_DUPLICATE, twice.document.get(0).code());

        NationalWorkerRowReader strict = NationalWorkerRowReader.of(JULY, ProvinceProfile.national(), CsvProfile.gbkChinese());
        Fixtures.Collected unknown = read(strict, Source.of("x.csv",
                (HEADER + ",备注\n").getBytes(java.nio.charset.Charset.forName("GBK"))));
        assertEquals(ProblemCode.CSV_COLUMN_UNKNOWN, unknown.document.get(0).code());
        assertEquals("备注", unknown.document.get(0).arguments().get("header"));

        Fixtures.Collected badBytes = read(READER, Source.of("x.csv", new byte[] {'a', (byte) 0xFF, '\n'}));
        assertEquals(ProblemCode.CSV_ENCODING_MALFORMED, badBytes.document.get(0).code());
    }

    @Test
    void headersMatchInAnyOrderAndCaseAndExtraColumnsAreIgnored() throws IOException {
        String text = " Worker_ID ,note,period,province_code,city_code,enterprise_code,allowance_due_fen,allowance_paid_fen,"
                + "contributions_due_fen,contributions_paid_fen,paid_date\n"
                + ID1 + ",\"hello, world\",1999-07,110000,110100," + E1 + ",1,1,0,0,1999-07-01\n";
        Fixtures.Collected c = read(READER, utf8(text));
        assertTrue(c.summary.isClean(), c.rejected.toString());
        assertEquals(1, c.rows.size());
    }

    static Source sample(String name) throws IOException {
        try (InputStream in = NationalWorkerRowReaderTest.class.getResourceAsStream("/samples/" + name)) {
            return Source.of(name, in.readAllBytes());
        }
    }

    @Test
    void utf8EnglishSample() throws IOException {
        PeriodDisbursementSummary s = READER.summarize(sample("national-utf8-english.csv"));
        assertEquals(5, s.rows().read());
        assertEquals(3, s.rows().accepted());
        assertEquals(Map.of("E2005", 1L, "E9509", 1L), s.rows().rejectedByCode());
        DisbursementSummary n = s.national();
        assertEquals(3, n.rows());
        assertEquals(1, n.paidInFull());
        assertEquals(1, n.onTime());
        assertEquals(DueAndPaid.ofFen(72000, 44000), n.allowance());
        assertEquals(DueAndPaid.ofFen(27000, 18000), n.contributions());
        assertEquals(3, s.provinces().size());
        assertEquals(3, s.enterprises().size());
        Fixtures.Collected c = read(READER, sample("national-utf8-english.csv"));
        assertEquals(List.of(2L, 3L, 5L), c.lines);
        assertEquals(List.of(6L, 7L), c.rejected.stream().map(r -> r.location().line().orElseThrow()).collect(Collectors.toList()));
    }

    @Test
    void gbkChineseSample() throws IOException {
        NationalWorkerRowReader gbk = NationalWorkerRowReader.of(JULY, ProvinceProfile.national(), CsvProfile.gbkChinese());
        Fixtures.Collected c = read(gbk, sample("gbk-chinese.csv"));
        assertEquals(2, c.rows.size());
        assertEquals(1, c.rejected.size());
        Violation v = c.rejected.get(0).violations().get(0);
        assertEquals(ProblemCode.VALUE_NEGATIVE, v.code());
        assertEquals("allowance_due_fen", v.location().field().orElseThrow());
        assertEquals(4, v.location().line().orElseThrow());
        PeriodDisbursementSummary s = gbk.summarize(sample("gbk-chinese.csv"));
        assertEquals(1, s.enterprises().size());
        assertEquals(2, s.national().rows());
        assertEquals(1, s.national().onTime());
        assertEquals(DivisionCode.parse("440000"), s.enterprises().get(0).province());
    }

    @Test
    void theReaderAndTheSummaryAgree() throws IOException {
        Source src = sample("national-utf8-english.csv");
        Fixtures.Collected c = read(READER, src);
        PeriodDisbursementSummary s = READER.summarize(src);
        assertEquals(Fixtures.rowsOf(c.summary), s.rows());
        DisbursementSummary fromRows = DisbursementSummary.identity();
        for (WorkerRow r : c.rows) {
            fromRows = fromRows.merge(DisbursementSummary.ofRow(r.allowanceDueFen(), r.allowancePaidFen(),
                    r.contributionsDueFen(), r.contributionsPaidFen(), r.isOnTime()));
        }
        assertEquals(fromRows, s.national());
    }

    @Test
    void providerIsDiscoverable() {
        try (InputStream in = CsvAdapterProvider.class.getResourceAsStream(
                "/META-INF/services/io.github.baozhang.adapter.spi.AdapterProvider")) {
            assertEquals(CsvAdapterProvider.class.getName(), new String(in.readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals("1.0", new CsvAdapterProvider().spiVersion());
        CsvAdapterProvider p = new CsvAdapterProvider();
        assertEquals("csv", p.name());
        assertEquals(DisbursementSummaryCsvSink.KIND, p.sinks().get(0).kind());
    }
}
