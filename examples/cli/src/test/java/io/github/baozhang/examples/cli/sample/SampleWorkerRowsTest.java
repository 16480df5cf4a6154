package io.github.baozhang.examples.cli.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.csv.WorkerRow;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.examples.cli.sample.Sample.EnterprisePeriod;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.reporting.CrossChecks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkerRowsTest {

    static final Sample SAMPLE = SampleTest.SAMPLE;
    static final SampleWorkerRows ROWS = SampleWorkerRows.of(SAMPLE);

    @TempDir
    Path dir;

    static byte[] digest(SampleWorkerRows rows, YearMonth month) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (OutputStream o = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            rows.write(month, o);
        }
        return sha.digest();
    }

    @Test
    void sameSeedSameBytesAnotherSeedOthers() throws Exception {
        YearMonth may = YearMonth.of(2000, 5);
        byte[] a = digest(ROWS, may);
        assertArrayEquals(a, digest(SampleWorkerRows.of(Sample.generate(Sample.DEFAULT_SEED)), may));
        assertFalse(java.util.Arrays.equals(a, digest(SampleWorkerRows.of(Sample.generate(42)), may)));
        assertFalse(java.util.Arrays.equals(a, digest(ROWS, YearMonth.of(2000, 6))));
    }

    @Test
    void aMonthOutsideTheSampleIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ROWS.write(YearMonth.of(2001, 1), OutputStream.nullOutputStream()));
    }

    /** The reports of a month, the latest revision of each (its amendments travel with the next batch). */
    static Map<OrganizationCode, MonthlyReport> reports(YearMonth month) {
        Map<OrganizationCode, MonthlyReport> latest = new LinkedHashMap<>();
        for (YearMonth batch : List.of(month, month.plusMonths(1))) {
            for (MonthlyReport r : SAMPLE.batch(batch)) {
                if (r.period().equals(month)) {
                    latest.merge(r.enterpriseId(), r, (a, b) -> b.revision() > a.revision() ? b : a);
                }
            }
        }
        return latest;
    }

    @Test
    void rowsSumToTheReportsExceptThePlantedMismatchesAndThePlantedBadRowsAreTheRejected() throws IOException {
        // December: amendments of November travel in its batch; March: a planted revision conflict.
        for (YearMonth month : List.of(YearMonth.of(2000, 12), YearMonth.of(2000, 3))) {
            Path file = dir.resolve("rows-" + month + ".csv");
            long written;
            try (OutputStream o = Files.newOutputStream(file)) {
                written = ROWS.write(month, o);
            }
            List<RejectedRecord> rejected = new ArrayList<>();
            PeriodDisbursementSummary summary = NationalWorkerRowReader.of(month).withThreads(2)
                    .summarize(Source.of(file), rejected::add);
            assertEquals(written, summary.rows().read());
            long workers = SAMPLE.figures(month).stream().mapToLong(Sample.Figures::inCentre).sum();
            assertTrue(workers > 200_000, "about 360,000 workers in the centre: " + workers);
            assertEquals(workers, summary.rows().accepted());
            assertEquals(SampleWorkerRows.BAD_ROWS_PER_MONTH, summary.rows().rejected());
            assertEquals(Map.of(ProblemCode.CITIZEN_ID_CHECK.code(), (long) SampleWorkerRows.BAD_ROWS_PER_MONTH),
                    summary.rows().rejectedByCode());
            assertEquals(ROWS.badRows(month).stream().map(SampleWorkerRows.BadRow::line).toList(),
                    rejected.stream().map(r -> r.location().line().orElseThrow()).toList());
            for (RejectedRecord r : rejected) {
                assertEquals(List.of(ProblemCode.CITIZEN_ID_CHECK), r.violations().stream().map(Violation::code).toList());
            }

            Map<OrganizationCode, DisbursementSummary> byEnterprise = new HashMap<>();
            summary.enterprises().forEach(e -> byEnterprise.put(e.enterpriseId(), e.summary()));
            Set<EnterprisePeriod> mismatched = new HashSet<>();
            List<Finding> findings = new ArrayList<>();
            Map<OrganizationCode, MonthlyReport> reports = reports(month);
            assertTrue(reports.size() > 140, "most enterprises report: " + reports.size());
            for (MonthlyReport report : reports.values()) {
                List<Finding> found = CrossChecks.againstRows(report, EnterpriseMonthSummary.of(report.enterpriseId(), month,
                        byEnterprise.getOrDefault(report.enterpriseId(), DisbursementSummary.identity())));
                if (!found.isEmpty()) {
                    mismatched.add(new EnterprisePeriod(report.enterpriseId(), month));
                }
                findings.addAll(found);
            }
            assertEquals(Set.copyOf(ROWS.mismatches(month)), mismatched);
            assertEquals(SampleWorkerRows.MISMATCHES_PER_MONTH, mismatched.size());
            for (Finding f : findings) {
                assertEquals(ProblemCode.REPORT_CONTROL_TOTAL_DIFFERS, f.code());
                assertEquals("allowance.dueFen", f.arguments().get("figure"));
                assertEquals(SampleWorkerRows.MISMATCH_FEN,
                        Long.parseLong(f.arguments().get("computed")) - Long.parseLong(f.arguments().get("declared")));
            }
            // every enterprise has its rows, reported or not
            assertEquals(SAMPLE.figures(month).stream().filter(f -> f.inCentre() > 0).count(), summary.enterprises().size());
        }
    }

    @Test
    void workersHaveValidUniqueIdsOfTheirPrefectureBornInTheirYearsPaidAroundThePayDay() throws IOException {
        YearMonth month = YearMonth.of(2000, 8);
        Path file = dir.resolve("rows.csv");
        try (OutputStream o = Files.newOutputStream(file)) {
            ROWS.write(month, o);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals("period,province_code,city_code,enterprise_code,worker_id,allowance_due_fen,allowance_paid_fen,"
                    + "contributions_due_fen,contributions_paid_fen,paid_date", in.readLine());
            String first = in.readLine();
            assertEquals(10, first.split(",", -1).length, first);
            assertTrue(first.startsWith("2000-08,"), first);
        }
        Map<OrganizationCode, Enterprise> registry = new HashMap<>();
        SAMPLE.registry().forEach(e -> registry.put(e.id(), e));
        Set<CitizenId> ids = new HashSet<>();
        TreeSet<LocalDate> paidDays = new TreeSet<>();
        long[] counts = new long[3];
        NationalWorkerRowReader.of(month).read(Source.of(file), new FeedListener<WorkerRow>() {
            @Override
            public void accepted(WorkerRow row, Location location) {
                Enterprise e = registry.get(row.enterpriseId());
                CitizenId id = row.workerId();
                assertTrue(ids.add(id), "unique");
                assertEquals(e.city().toString().substring(0, 4), id.areaCode().substring(0, 4), id.masked());
                int year = id.birthDate().getYear();
                assertTrue(year >= 1940 && year <= 1975, id.masked());
                assertEquals(e.province(), row.province());
                assertEquals(e.city(), row.city());
                row.paidOn().ifPresent(paidDays::add);
                counts[row.isPaidInFull() ? 0 : 1]++;
                counts[2] += row.isOnTime() ? 1 : 0;
            }

            @Override
            public void rejected(RejectedRecord record) {
            }

            @Override
            public void documentRejected(Violation violation) {
                throw new AssertionError(violation.toString());
            }
        });
        assertTrue(counts[1] > 0 && counts[0] > counts[1], "some arrears, most paid in full: " + counts[0] + "/" + counts[1]);
        assertTrue(counts[2] > 0 && counts[2] < counts[0] + counts[1], "some late: " + counts[2]);
        assertTrue(paidDays.first().isAfter(month.atDay(1).minusDays(1)), paidDays.toString());
        // September: the amended August months paid in full on the 1st
        assertTrue(paidDays.last().isBefore(month.plusMonths(1).atDay(2)), paidDays.toString());

        // the same workers next month keep their IDs
        Path next = dir.resolve("next.csv");
        try (OutputStream o = Files.newOutputStream(next)) {
            ROWS.write(month.plusMonths(1), o);
        }
        long[] kept = {0};
        NationalWorkerRowReader.of(month.plusMonths(1)).read(Source.of(next), new FeedListener<WorkerRow>() {
            @Override
            public void accepted(WorkerRow row, Location location) {
                kept[0] += ids.contains(row.workerId()) ? 1 : 0;
            }

            @Override
            public void rejected(RejectedRecord record) {
            }

            @Override
            public void documentRejected(Violation violation) {
                throw new AssertionError(violation.toString());
            }
        });
        assertTrue(kept[0] > ids.size() * 9 / 10, kept[0] + " of " + ids.size());
    }
}
