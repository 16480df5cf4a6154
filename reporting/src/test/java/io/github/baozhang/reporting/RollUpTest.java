package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.beijing;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.report.ReportSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RollUpTest {

    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsOnly();
    private static final String[] PROVINCES = {"110000", "130000", "210000", "460000", "520000", "650000"};

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(f -> f.code().code()).collect(Collectors.toList());
    }

    @Test
    void missingOnTimeAndLateEnterprises() {
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY),
                enterprise(2, "130000", Industry.OTHER), enterprise(3, "210000", Industry.METALLURGY));
        MonthlyReport onTime = report(1).submittedAt(beijing(2000, 1, 5, 23, 59, 59)).build();
        MonthlyReport late = report(3).submittedAt(OffsetDateTime.of(2000, 1, 5, 16, 0, 0, 0, ZoneOffset.UTC)).build();
        Bulletin b = RollUp.buildBulletin(PERIOD, registry, List.of(late, onTime), WEEKENDS);
        ReportSummary n = b.national();
        assertEquals(3, n.monitored());
        assertEquals(2, n.reported());
        assertEquals(1, n.onTime());
        assertEquals(4000, n.laidOffWorkers());
        assertEquals(List.of(DivisionCode.parse("130000"), DivisionCode.parse("210000")),
                new ArrayList<>(b.provinces().keySet()));
        assertEquals(2, b.provinces().get(DivisionCode.parse("130000")).monitored());
        assertEquals(1, b.provinces().get(DivisionCode.parse("130000")).onTime());
        assertEquals(0, b.provinces().get(DivisionCode.parse("210000")).onTime());
        assertEquals(List.of(Industry.METALLURGY, Industry.OTHER), new ArrayList<>(b.industries().keySet()));
        assertEquals(2, b.industries().get(Industry.METALLURGY).reported());

        assertEquals(List.of("A9601", "A9602"), codes(b.alerts()));
        Finding missing = b.alerts().get(0);
        assertEquals(ProblemCode.REPORT_MISSING, missing.code());
        assertEquals(id(2).toString(), missing.subject());
        assertEquals(Map.of("enterpriseId", id(2).toString(), "province", "130000", "period", "1999-12",
                "dueOn", "2000-01-05", "reason", "none"), missing.arguments());
        Finding lateAlert = b.alerts().get(1);
        assertEquals(ProblemCode.REPORT_LATE, lateAlert.code());
        assertEquals(id(3).toString(), lateAlert.subject());
        assertEquals("2000-01-05T16:00Z", lateAlert.arguments().get("submittedAt"));
        assertEquals("210000", lateAlert.arguments().get("province"));
    }

    @Test
    void aConflictCountsAsNotReported() {
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY));
        RollUpResult r = RollUp.run(PERIOD, registry, List.of(report(1).build(), report(1).inCentre(3).build()),
                WEEKENDS, p -> 5);
        assertEquals(0, r.bulletin().national().reported());
        assertEquals("conflict", r.bulletin().alerts().get(0).arguments().get("reason"));
        assertEquals(ProblemCode.REPORT_REVISION_CONFLICT, r.rejected().get(0).code());
    }

    @Test
    void timelinessIsJudgedByTheEarliestAcceptedSubmission() {
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY));
        MonthlyReport r1 = report(1).submittedAt(beijing(2000, 1, 5, 12, 0, 0)).build();
        MonthlyReport r2 = report(1).revision(2).laidOffWorkers(1).submittedAt(beijing(2000, 1, 20, 12, 0, 0)).build();
        Bulletin b = RollUp.buildBulletin(PERIOD, registry, List.of(r2, r1), WEEKENDS);
        assertEquals(1, b.national().onTime());
        assertEquals(1, b.national().laidOffWorkers());
        assertEquals(List.of(), b.alerts());
    }

    @Test
    void otherPeriodsAreSkippedAndUnknownEnterprisesRejected() {
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY));
        MonthlyReport other = report(1).period(YearMonth.of(1999, 11)).build();
        RollUpResult r = RollUp.run(PERIOD, registry, List.of(other, report(7).build(), report(1).build()), WEEKENDS,
                p -> 5);
        assertEquals(1, r.skipped().size());
        Finding skipped = r.skipped().get(0);
        assertEquals(ProblemCode.REPORT_OTHER_PERIOD, skipped.code());
        assertEquals("1999-11", skipped.arguments().get("period"));
        assertEquals("1999-12", skipped.arguments().get("expected"));
        assertEquals(List.of(ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY),
                r.rejected().stream().map(v -> v.code()).collect(Collectors.toList()));
        assertEquals(1, r.bulletin().national().monitored());
        assertEquals(2000, r.bulletin().national().laidOffWorkers());
        assertTrue(r.toString().contains("skipped=1"));
        assertEquals(r, RollUp.run(PERIOD, registry, List.of(other, report(7).build(), report(1).build()), WEEKENDS,
                p -> 5));
    }

    @Test
    void theProfileDueDayAndTheCalendarApply() {
        ProvinceProfile hebei = ProvinceProfile.national().withName("hebei")
                .withProvince(DivisionCode.parse("130000")).withReportDueDay(10);
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY),
                enterprise(2, "210000", Industry.METALLURGY));
        // Submitted on 7 January: late in 辽宁 (due the 5th), on time in 河北 (due the 10th).
        List<MonthlyReport> reports = List.of(report(1).submittedAt(beijing(2000, 1, 7, 9, 0, 0)).build(),
                report(2).submittedAt(beijing(2000, 1, 7, 9, 0, 0)).build());
        RollUpResult r = RollUp.run(PERIOD, registry, reports, WEEKENDS, RollUp.dueDays(List.of(hebei)));
        assertEquals(1, r.bulletin().provinces().get(DivisionCode.parse("130000")).onTime());
        assertEquals(0, r.bulletin().provinces().get(DivisionCode.parse("210000")).onTime());
        assertEquals("2000-01-05", r.bulletin().alerts().get(0).arguments().get("dueOn"));
        // A holiday on the 5th moves 辽宁's due day to the 6th; the 7th is still late, the 6th not.
        HolidayCalendar holiday = HolidayCalendar.of(Set.of(LocalDate.of(2000, 1, 5)), Set.of());
        List<MonthlyReport> onSixth = List.of(report(2).submittedAt(beijing(2000, 1, 6, 23, 59, 59)).build());
        assertEquals(1, RollUp.buildBulletin(PERIOD, registry.subList(1, 2), onSixth, holiday).national().onTime());
    }

    @Test
    void rollingUpALedgerMarksItAndAmendmentsMakeItStale() {
        SubmissionLedger ledger = SubmissionLedger.of(List.of(enterprise(1, "130000", Industry.METALLURGY)));
        ledger.submit(report(1).build());
        Bulletin b = RollUp.rollUp(PERIOD, ledger, WEEKENDS, p -> 5);
        assertEquals(1, b.national().reported());
        ledger.submit(report(1).revision(2).inCentre(10).build());
        assertEquals(3, ledger.stale(PERIOD).size());
        RollUp.rollUp(PERIOD, ledger, WEEKENDS, p -> 5);
        assertEquals(List.of(), ledger.stale(PERIOD));
    }

    /** A random registry and random reports (some missing, some late, some revised). */
    private static List<Object> scenario(long seed, int size) {
        Random random = new Random(seed);
        List<Enterprise> registry = new ArrayList<>();
        List<MonthlyReport> reports = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            Enterprise e = Enterprise.builder().from(enterprise(i, PROVINCES[random.nextInt(PROVINCES.length)],
                    Industry.values()[random.nextInt(Industry.values().length)]))
                    .affiliation(Affiliation.values()[random.nextInt(Affiliation.values().length)]).build();
            registry.add(e);
            int revisions = random.nextInt(3);
            for (int rev = 1; rev <= revisions; rev++) {
                reports.add(randomReport(random, i, rev));
            }
        }
        return List.of(registry, reports);
    }

    private static MonthlyReport randomReport(Random random, int n, int revision) {
        long paid = random.nextInt(1_000_000);
        return report(n).revision(revision)
                .submittedAt(beijing(2000, 1, 1, 0, 0, 0).plusHours(random.nextInt(24 * 10)))
                .laidOffWorkers(random.nextInt(5000)).inCentre(random.nextInt(4000))
                .agreementsSigned(random.nextInt(3000)).reemployed(random.nextInt(50))
                .leftCentre(random.nextInt(60)).incidents(random.nextInt(3))
                .allowance(Payment.of(Money.ofFen(paid + random.nextInt(1000)), Money.ofFen(paid)))
                .contributions(Payment.of(Money.ofFen(random.nextInt(1_000_000)), Money.ofFen(random.nextInt(1_000_000))))
                .funds(FundsReport.of(SourceAmounts.ofFen(random.nextInt(1000), random.nextInt(1000), random.nextInt(1000)),
                        SourceAmounts.ofFen(random.nextInt(1000), random.nextInt(1000), random.nextInt(1000))))
                .build();
    }

    /** The naive sum, written without ReportSummary.merge. */
    private static long[] naive(List<Enterprise> registry, List<MonthlyReport> reports, LocalDate due,
            java.util.function.Predicate<Enterprise> in) {
        long[] t = new long[20];
        for (Enterprise e : registry) {
            if (!in.test(e)) {
                continue;
            }
            t[0]++;
            MonthlyReport best = null;
            OffsetDateTime earliest = null;
            for (MonthlyReport r : reports) {
                if (r.enterpriseId().equals(e.id())) {
                    if (best == null || r.revision() > best.revision()) {
                        best = r;
                    }
                    if (earliest == null || r.submittedAt().isBefore(earliest)) {
                        earliest = r.submittedAt();
                    }
                }
            }
            if (best == null) {
                continue;
            }
            t[1]++;
            t[2] += earliest.isBefore(due.plusDays(1).atStartOfDay().atOffset(ZoneOffset.ofHours(8))) ? 1 : 0;
            t[3] += best.laidOffWorkers();
            t[4] += best.inCentre();
            t[5] += best.agreementsSigned();
            t[6] += best.reemployed();
            t[7] += best.leftCentre();
            t[8] += best.incidents();
            t[9] += best.allowance().due().fen();
            t[10] += best.allowance().paid().fen();
            t[11] += best.contributions().due().fen();
            t[12] += best.contributions().paid().fen();
            t[13] += best.funds().plan().enterprise().fen();
            t[14] += best.funds().plan().social().fen();
            t[15] += best.funds().plan().fiscal().fen();
            t[16] += best.funds().received().enterprise().fen();
            t[17] += best.funds().received().social().fen();
            t[18] += best.funds().received().fiscal().fen();
        }
        return t;
    }

    private static long[] flat(ReportSummary s) {
        return new long[] {s.monitored(), s.reported(), s.onTime(), s.laidOffWorkers(), s.inCentre(),
            s.agreementsSigned(), s.reemployed(), s.leftCentre(), s.incidents(), s.allowanceDue().fen(),
            s.allowancePaid().fen(), s.contributionsDue().fen(), s.contributionsPaid().fen(),
            s.fundsPlan().enterprise().fen(), s.fundsPlan().social().fen(), s.fundsPlan().fiscal().fen(),
            s.fundsReceived().enterprise().fen(), s.fundsReceived().social().fen(), s.fundsReceived().fiscal().fen(), 0};
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void theRollUpEqualsANaiveSum(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int size) {
        List<Object> s = scenario(seed, size);
        List<Enterprise> registry = (List<Enterprise>) s.get(0);
        List<MonthlyReport> reports = (List<MonthlyReport>) s.get(1);
        Bulletin b = RollUp.buildBulletin(PERIOD, registry, reports, WEEKENDS);
        LocalDate due = LocalDate.of(2000, 1, 5);
        org.junit.jupiter.api.Assertions.assertArrayEquals(naive(registry, reports, due, e -> true), flat(b.national()));
        for (Map.Entry<DivisionCode, ReportSummary> p : b.provinces().entrySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    naive(registry, reports, due, e -> e.province().equals(p.getKey())), flat(p.getValue()));
        }
        for (Map.Entry<Industry, ReportSummary> i : b.industries().entrySet()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(
                    naive(registry, reports, due, e -> e.industry() == i.getKey()), flat(i.getValue()));
        }
        assertEquals(registry.stream().map(Enterprise::province).distinct().count(), b.provinces().size());
        ReportSummary byProvince = b.provinces().values().stream().reduce(ReportSummary.identity(), ReportSummary::merge);
        ReportSummary byIndustry = b.industries().values().stream().reduce(ReportSummary.identity(), ReportSummary::merge);
        assertEquals(b.national(), byProvince);
        assertEquals(b.national(), byIndustry);
        assertEquals(b.national().monitored() - b.national().reported(),
                b.alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_MISSING).count());
        assertEquals(b.national().reported() - b.national().onTime(),
                b.alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_LATE).count());
    }

    @Property(tries = 200)
    @SuppressWarnings("unchecked")
    void theOrderOfRegistryAndReportsNeverChangesTheBulletin(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 30) int size) {
        List<Object> s = scenario(seed, size);
        List<Enterprise> registry = new ArrayList<>((List<Enterprise>) s.get(0));
        List<MonthlyReport> reports = new ArrayList<>((List<MonthlyReport>) s.get(1));
        Bulletin b = RollUp.buildBulletin(PERIOD, registry, reports, WEEKENDS);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Collections.shuffle(registry, random);
        Collections.shuffle(reports, random);
        assertEquals(b, RollUp.buildBulletin(PERIOD, registry, reports, WEEKENDS));
        // Merging per-enterprise summaries in a random tree shape gives the national summary.
        List<ReportSummary> parts = new ArrayList<>();
        SubmissionLedger ledger = SubmissionLedger.of(registry).submitAll(reports);
        for (Enterprise e : registry) {
            parts.add(ledger.entry(e.id(), PERIOD).flatMap(LedgerEntry::counting)
                    .map(r -> ReportSummary.ofReport(r, Deadlines.isOnTime(
                            ledger.entry(e.id(), PERIOD).orElseThrow().earliestSubmittedAt().orElseThrow(),
                            LocalDate.of(2000, 1, 5))))
                    .orElse(ReportSummary.ofMissing()));
        }
        while (parts.size() > 1) {
            int i = random.nextInt(parts.size() - 1);
            parts.set(i, parts.get(i).merge(parts.remove(i + 1)));
        }
        assertEquals(b.national(), parts.isEmpty() ? ReportSummary.identity() : parts.get(0));
    }

    @Test
    void incompleteRegionsAreAlerted() {
        List<Enterprise> registry = List.of(enterprise(1, "130000", Industry.METALLURGY),
                enterprise(2, "130000", Industry.OTHER), enterprise(3, "210000", Industry.METALLURGY));
        Bulletin b = RollUp.buildBulletin(PERIOD, registry, List.of(report(1).build(), report(3).build()), WEEKENDS);
        List<Finding> all = RollUp.incomplete(b, Ratio.ONE);
        assertEquals(List.of("nation", "province:130000", "industry:OTHER"),
                all.stream().map(Finding::subject).collect(Collectors.toList()));
        Finding nation = all.get(0);
        assertEquals(ProblemCode.REPORTING_INCOMPLETE, nation.code());
        assertEquals(Map.of("region", "nation", "period", "1999-12", "reported", "2", "monitored", "3"),
                nation.arguments());
        assertEquals(List.of("industry:OTHER"), RollUp.incomplete(b, Ratio.of(1, 2)).stream()
                .map(Finding::subject).collect(Collectors.toList()));
        assertEquals(List.of(), RollUp.incomplete(RollUp.buildBulletin(PERIOD, List.of(), List.of(), WEEKENDS),
                Ratio.ONE));
    }

    @Property(tries = 100)
    @SuppressWarnings("unchecked")
    void citiesAndAffiliationsAddUpToTheNation(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
        List<Object> s = scenario(seed, size);
        List<Enterprise> registry = (List<Enterprise>) s.get(0);
        SubmissionLedger ledger = SubmissionLedger.of(registry).submitAll((List<MonthlyReport>) s.get(1));
        Bulletin b = RollUp.rollUp(PERIOD, ledger, WEEKENDS, p -> 5);
        java.util.SortedMap<DivisionCode, ReportSummary> cities = RollUp.byCity(PERIOD, ledger, WEEKENDS, p -> 5);
        assertEquals(b.national(), cities.values().stream().reduce(ReportSummary.identity(), ReportSummary::merge));
        for (Map.Entry<DivisionCode, ReportSummary> p : b.provinces().entrySet()) {
            String prefix = p.getKey().toString().substring(0, 2);
            assertEquals(p.getValue(), cities.entrySet().stream().filter(c -> c.getKey().toString().startsWith(prefix))
                    .map(Map.Entry::getValue).reduce(ReportSummary.identity(), ReportSummary::merge));
        }
        Map<Affiliation, ReportSummary> byAffiliation =
                RollUp.byAffiliation(PERIOD, ledger, WEEKENDS, p -> 5);
        assertEquals(b.national(),
                byAffiliation.values().stream().reduce(ReportSummary.identity(), ReportSummary::merge));
        assertEquals(registry.stream().map(Enterprise::affiliation).distinct().count(), byAffiliation.size());
    }
}
