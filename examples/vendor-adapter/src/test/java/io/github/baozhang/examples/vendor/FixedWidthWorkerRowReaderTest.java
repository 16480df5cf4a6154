package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ACME's reader on hand-made records: every error path, located by line and byte column. */
class FixedWidthWorkerRowReaderTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String ID = "110105196503041235";
    private static final FixedWidthWorkerRowReader READER = new FixedWidthWorkerRowReader();

    /** A valid record: 1999-07, D2143569X, 王建国, 240.00 yuan of allowance and 90.00 of contributions, paid on the 10th. */
    private static String record() {
        return "199907" + "D2143569X" + ID + "王建国" + " ".repeat(14) + "000000024000" + "000000024000" + "000000009000"
                + "000000009000" + "19990710";
    }

    /** The record with the field replaced by text of the same width in bytes. */
    private static String with(FixedWidthLayout field, String text) {
        byte[] r = record().getBytes(GBK);
        byte[] t = text.getBytes(GBK);
        assertEquals(field.length(), t.length, "the replacement fills the field");
        System.arraycopy(t, 0, r, field.offset(), t.length);
        return new String(r, GBK);
    }

    private static ReadResult<LegacyWorkerRow> read(String... lines) throws IOException {
        return read(String.join("\r\n", lines).getBytes(GBK));
    }

    private static ReadResult<LegacyWorkerRow> read(byte[] bytes) throws IOException {
        return READER.readAll(Source.of("acme.txt", bytes));
    }

    private static Violation onlyViolation(ReadResult<LegacyWorkerRow> r) {
        assertEquals(1, r.rejected().size(), r.rejected()::toString);
        assertEquals(1, r.rejected().get(0).violations().size(), r.rejected()::toString);
        return r.rejected().get(0).violations().get(0);
    }

    private static void rejects(String line, ProblemCode code, FixedWidthLayout field, Map<String, String> arguments)
            throws IOException {
        Violation v = onlyViolation(read(record(), line));
        assertEquals(code, v.code());
        assertEquals(Location.builder().document("acme.txt").line(2).column(field.column()).field(field.fieldName()).build(),
                v.location());
        assertEquals(arguments, v.arguments());
    }

    @Test
    void aValidRecordReadsIntoItsValue() throws IOException {
        ReadResult<LegacyWorkerRow> r = read(record());
        assertEquals(List.of(LegacyWorkerRow.of(YearMonth.of(1999, 7), OrganizationCode.parse("D2143569X"), CitizenId.parse(ID),
                "王建国", Money.ofFen(24000), Money.ofFen(24000), Money.ofFen(9000), Money.ofFen(9000),
                Optional.of(LocalDate.of(1999, 7, 10)))), r.values());
        assertEquals(Location.builder().document("acme.txt").line(1).column(1).build(), r.locations().get(0));
    }

    @Test
    void theSampleExportReadsTwoRecordsAndRejectsTheThirdAtItsAmount() throws IOException {
        ReadResult<LegacyWorkerRow> r = READER.readAll(Source.of(Path.of("src/test/resources/samples/acme-199907.txt")));
        assertEquals(2, r.summary().accepted());
        assertEquals(1, r.summary().rejected());
        Violation v = r.rejected().get(0).violations().get(0);
        assertEquals(ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, v.code());
        assertEquals(3, v.location().line().getAsLong());
        assertEquals(54, v.location().column().getAsLong());
        assertEquals(Map.of("value", "0002400O0000", "pattern", "9(12)"), v.arguments());
        assertEquals(Map.of("E9702", 1L), r.summary().rejectedByCode());
    }

    @Test
    void lineFeedsAloneAndAFinalLineEndAreRead() throws IOException {
        assertEquals(2, read((record() + "\n" + record()).getBytes(GBK)).summary().accepted());
        assertEquals(2, read((record() + "\r\n" + record() + "\r\n").getBytes(GBK)).summary().accepted());
        assertEquals(0, read(new byte[0]).summary().read());
    }

    @Test
    void aRecordOfTheWrongLengthIsRejectedAtTheFirstByteOutsideTheLayout() throws IOException {
        Violation shorter = onlyViolation(read(record().substring(0, 33)));
        assertEquals(ProblemCode.FIXED_WIDTH_RECORD_LENGTH, shorter.code());
        assertEquals(Map.of("length", "33", "expected", "109"), shorter.arguments());
        assertEquals(34, shorter.location().column().getAsLong());
        Violation longer = onlyViolation(read(record() + "X"));
        assertEquals(Map.of("length", "110", "expected", "109"), longer.arguments());
        assertEquals(110, longer.location().column().getAsLong());
        Violation blank = onlyViolation(read("\r\n".getBytes(GBK)));
        assertEquals(Map.of("length", "0", "expected", "109"), blank.arguments());
    }

    @Test
    void aVeryLongLineIsMeasuredNotKept() throws IOException {
        byte[] line = new byte[1_000_000];
        Arrays.fill(line, (byte) '9');
        Violation v = onlyViolation(read(line));
        assertEquals(Map.of("length", "1000000", "expected", "109"), v.arguments());
    }

    @Test
    void theDosEndOfFileMarkEndsTheFile() throws IOException {
        assertEquals(1, read((record() + "\r\n\u001a").getBytes(GBK)).summary().read());
    }

    @Test
    void aMalformedPeriodIsRejectedAtColumn1() throws IOException {
        rejects(with(FixedWidthLayout.PERIOD, "199913"), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, FixedWidthLayout.PERIOD,
                Map.of("value", "199913", "pattern", "YYYYMM"));
        rejects(with(FixedWidthLayout.PERIOD, "000007"), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, FixedWidthLayout.PERIOD,
                Map.of("value", "000007", "pattern", "YYYYMM"));
    }

    @Test
    void theOrganisationCodeIsCheckedWithItsCheckCharacter() throws IOException {
        rejects(with(FixedWidthLayout.ENTERPRISE, "D21435690"), ProblemCode.ORGANIZATION_CODE_CHECK, FixedWidthLayout.ENTERPRISE,
                Map.of("expected", "X", "actual", "0"));
        rejects(with(FixedWidthLayout.ENTERPRISE, "D\t143569X"), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED,
                FixedWidthLayout.ENTERPRISE, Map.of("value", "D\t143569X", "pattern", "X(9)"));
    }

    @Test
    void theCitizenIdIsCheckedWithItsCheckCharacter() throws IOException {
        Violation v = onlyViolation(read(record(), with(FixedWidthLayout.WORKER, ID.substring(0, 17) + "6")));
        assertEquals(ProblemCode.CITIZEN_ID_CHECK, v.code());
        assertEquals(16, v.location().column().getAsLong());
        assertEquals("workerId", v.location().field().orElseThrow());
    }

    @Test
    void aNameNotInGbkOrBlankIsRejected() throws IOException {
        byte[] bad = (record() + "\r\n" + record()).getBytes(GBK);
        bad[FixedWidthLayout.RECORD_LENGTH + 2 + FixedWidthLayout.NAME.offset()] = (byte) 0xFF;
        ReadResult<LegacyWorkerRow> r = read(bad);
        assertEquals(1, r.summary().accepted());
        Violation v = r.rejected().get(0).violations().get(0);
        assertEquals(ProblemCode.CSV_ENCODING_MALFORMED, v.code());
        assertEquals(Map.of("charset", "GBK"), v.arguments());
        assertEquals(2, v.location().line().getAsLong());
        assertEquals(34, v.location().column().getAsLong());
        rejects(with(FixedWidthLayout.NAME, " ".repeat(20)), ProblemCode.WORKER_NAME_BLANK, FixedWidthLayout.NAME, Map.of());
    }

    @Test
    void anAmountThatIsNotTwelveDigitsIsRejectedAtItsColumn() throws IOException {
        rejects(with(FixedWidthLayout.CONTRIBUTIONS_PAID, "       9000 "), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED,
                FixedWidthLayout.CONTRIBUTIONS_PAID, Map.of("value", "       9000 ", "pattern", "9(12)"));
        rejects(with(FixedWidthLayout.ALLOWANCE_DUE, "-00000024000"), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED,
                FixedWidthLayout.ALLOWANCE_DUE, Map.of("value", "-00000024000", "pattern", "9(12)"));
    }

    @Test
    void aPaidDateThatIsNotARealDayIsRejected() throws IOException {
        rejects(with(FixedWidthLayout.PAID_ON, "19990230"), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, FixedWidthLayout.PAID_ON,
                Map.of("value", "19990230", "pattern", "YYYYMMDD"));
        rejects(with(FixedWidthLayout.PAID_ON, "1999071 "), ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, FixedWidthLayout.PAID_ON,
                Map.of("value", "1999071 ", "pattern", "YYYYMMDD"));
    }

    @Test
    void somethingPaidWithoutADateIsRejected() throws IOException {
        rejects(with(FixedWidthLayout.PAID_ON, " ".repeat(8)), ProblemCode.PAID_ON_MISSING, FixedWidthLayout.PAID_ON,
                Map.of("paidFen", "24000"));
        byte[] r = with(FixedWidthLayout.ALLOWANCE_PAID, "0".repeat(12)).getBytes(GBK);
        System.arraycopy("000000000000".getBytes(GBK), 0, r, FixedWidthLayout.CONTRIBUTIONS_PAID.offset(), 12);
        System.arraycopy("        ".getBytes(GBK), 0, r, FixedWidthLayout.PAID_ON.offset(), 8);
        assertEquals(Optional.empty(), read(r).values().get(0).paidOn());
    }

    @Test
    void everyProblemOfARecordIsReportedInColumnOrder() throws IOException {
        byte[] r = record().getBytes(GBK);
        System.arraycopy("199900".getBytes(GBK), 0, r, 0, 6);
        System.arraycopy("00000002400X".getBytes(GBK), 0, r, FixedWidthLayout.ALLOWANCE_DUE.offset(), 12);
        System.arraycopy("19990732".getBytes(GBK), 0, r, FixedWidthLayout.PAID_ON.offset(), 8);
        ReadResult<LegacyWorkerRow> result = read(r);
        List<Long> columns = result.rejected().get(0).violations().stream().map(v -> v.location().column().getAsLong())
                .collect(Collectors.toList());
        assertEquals(List.of(1L, 54L, 102L), columns);
        assertEquals(Map.of("E9702", 1L), result.summary().rejectedByCode());
    }

    @Test
    void aSourceThatCannotBeReadIsAnIOException() {
        Source missing = Source.of(Path.of("no-such-export.txt"));
        assertThrows(IOException.class, () -> READER.readAll(missing));
        Source failing = new Source() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("disk");
            }
        };
        assertThrows(IOException.class, () -> READER.read(failing, new Ignore()));
    }

    /** A listener that ignores everything. */
    private static final class Ignore implements io.github.baozhang.adapter.spi.FeedListener<LegacyWorkerRow> {
        @Override
        public void accepted(LegacyWorkerRow value, Location location) {
        }

        @Override
        public void rejected(io.github.baozhang.adapter.spi.RejectedRecord record) {
        }
    }
}
