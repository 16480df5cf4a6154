package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.beijing;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SubmissionLedgerTest {

    private static SubmissionLedger ledger() {
        return SubmissionLedger.of(List.of(enterprise(1, "130000", Industry.METALLURGY),
                enterprise(2, "210000", Industry.OTHER)));
    }

    @Test
    void theFirstReportIsAccepted() {
        SubmissionLedger l = ledger();
        MonthlyReport r = report(1).build();
        assertEquals(SubmissionStatus.ACCEPTED, l.submit(r));
        LedgerEntry e = l.entry(id(1), PERIOD).orElseThrow();
        assertEquals(Optional.of(r), e.counting());
        assertFalse(e.isInConflict());
        assertEquals(Optional.of(r.submittedAt()), e.earliestSubmittedAt());
        assertEquals(List.of(), e.replacements());
        assertEquals(List.of(e), l.entries(PERIOD));
        assertEquals(Optional.empty(), l.entry(id(2), PERIOD));
        assertEquals(List.of(), l.violations());
    }

    @Test
    void aHigherRevisionReplacesAndTheReplacementIsRecorded() {
        SubmissionLedger l = ledger();
        MonthlyReport r1 = report(1).build();
        MonthlyReport r2 = report(1).revision(2).laidOffWorkers(2100).incidents(1)
                .submittedAt(beijing(2000, 1, 8, 10, 0, 0)).submittedBy(DivisionCode.parse("130100")).build();
        l.submit(r1);
        assertEquals(SubmissionStatus.REPLACED, l.submit(r2));
        LedgerEntry e = l.entry(id(1), PERIOD).orElseThrow();
        assertEquals(Optional.of(r2), e.counting());
        assertEquals(Optional.of(r1.submittedAt()), e.earliestSubmittedAt());
        Replacement rep = e.replacements().get(0);
        assertEquals(1, rep.fromRevision());
        assertEquals(2, rep.toRevision());
        assertEquals(r2.submittedAt(), rep.submittedAt());
        assertEquals(Optional.of(DivisionCode.parse("130100")), rep.submittedBy());
        assertEquals(List.of("laidOffWorkers", "incidents"), rep.changed());
        assertEquals(id(1), rep.enterpriseId());
        assertEquals(PERIOD, rep.period());
        assertTrue(rep.toString().contains("1→2"));
    }

    @Test
    void aLowerRevisionIsRefusedOnceAHigherIsIn() {
        SubmissionLedger l = ledger();
        MonthlyReport r2 = report(1).revision(2).laidOffWorkers(2100).submittedAt(beijing(2000, 1, 8, 0, 0, 0)).build();
        MonthlyReport r1 = report(1).build();
        l.submit(r2);
        assertEquals(SubmissionStatus.SUPERSEDED, l.submit(r1));
        LedgerEntry e = l.entry(id(1), PERIOD).orElseThrow();
        assertEquals(Optional.of(r2), e.counting());
        Violation v = l.violations().get(0);
        assertEquals(ProblemCode.REPORT_REVISION_SUPERSEDED, v.code());
        assertEquals("1", v.arguments().get("revision"));
        assertEquals("2", v.arguments().get("current"));
        // Kept as evidence: the state is that of the other order.
        SubmissionLedger other = ledger();
        other.submit(r1);
        other.submit(r2);
        assertEquals(other.entry(id(1), PERIOD), l.entry(id(1), PERIOD));
    }

    @Test
    void anIdenticalResendCountsOnceAndKeepsTheEarliest() {
        SubmissionLedger l = ledger();
        MonthlyReport late = report(1).submittedAt(beijing(2000, 1, 9, 0, 0, 0)).build();
        MonthlyReport early = report(1).submittedAt(beijing(2000, 1, 3, 0, 0, 0)).build();
        l.submit(late);
        assertEquals(SubmissionStatus.DUPLICATE, l.submit(early));
        assertEquals(SubmissionStatus.DUPLICATE, l.submit(late));
        LedgerEntry e = l.entry(id(1), PERIOD).orElseThrow();
        assertEquals(Optional.of(early.submittedAt()), e.earliestSubmittedAt());
        assertEquals(List.of(), e.replacements());
        assertEquals(List.of(), l.violations());
    }

    @Test
    void twoDifferentReportsWithOneRevisionAreAConflict() {
        SubmissionLedger l = ledger();
        l.submit(report(1).build());
        assertEquals(SubmissionStatus.CONFLICT, l.submit(report(1).inCentre(1).build()));
        LedgerEntry e = l.entry(id(1), PERIOD).orElseThrow();
        assertTrue(e.isInConflict());
        assertEquals(Optional.empty(), e.counting());
        assertEquals(Optional.empty(), e.earliestSubmittedAt());
        assertEquals(List.of(1), new ArrayList<>(e.conflictingRevisions()));
        Violation v = l.violations().get(0);
        assertEquals(ProblemCode.REPORT_REVISION_CONFLICT, v.code());
        assertEquals(id(1).toString(), v.arguments().get("enterpriseId"));
        // A higher revision settles it; the conflicting revision stays out of the accepted ones.
        MonthlyReport r2 = report(1).revision(2).submittedAt(beijing(2000, 1, 10, 0, 0, 0)).build();
        assertEquals(SubmissionStatus.REPLACED, l.submit(r2));
        LedgerEntry settled = l.entry(id(1), PERIOD).orElseThrow();
        assertEquals(Optional.of(r2), settled.counting());
        assertEquals(Optional.of(r2.submittedAt()), settled.earliestSubmittedAt());
        assertTrue(settled.toString().contains("counting=2"));
    }

    @Test
    void aReportOfAnUnknownEnterpriseIsRejected() {
        SubmissionLedger l = ledger();
        assertEquals(SubmissionStatus.UNKNOWN_ENTERPRISE, l.submit(report(99).build()));
        assertEquals(Optional.empty(), l.entry(id(99), PERIOD));
        assertEquals(ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY, l.violations().get(0).code());
        assertEquals(List.of(), l.entries(PERIOD));
    }

    @Test
    void amendingARolledUpMonthMarksTheLevelsAboveStale() {
        SubmissionLedger l = ledger();
        l.submit(report(1).build());
        l.markRolledUp(PERIOD);
        assertEquals(List.of(), l.stale(PERIOD));
        l.submit(report(1).build().withSubmittedAt(beijing(2000, 1, 4, 10, 0, 0)));
        assertEquals(List.of(), l.stale(PERIOD), "an identical later re-send changes nothing");
        l.submit(report(1).revision(2).laidOffWorkers(1).build());
        List<Finding> stale = l.stale(PERIOD);
        assertEquals(List.of("industry:METALLURGY", "nation", "province:130000"),
                stale.stream().map(Finding::subject).collect(java.util.stream.Collectors.toList()));
        assertEquals(ProblemCode.ROLLUP_STALE, stale.get(0).code());
        assertEquals(PERIOD.toString(), stale.get(0).arguments().get("period"));
        assertEquals(List.of(), l.stale(PERIOD.plusMonths(1)));
        l.markRolledUp(PERIOD);
        assertEquals(List.of(), l.stale(PERIOD));
    }

    @Test
    void theRegistryKeepsTheFirstOfAnId() {
        SubmissionLedger l = SubmissionLedger.of(List.of(enterprise(1, "130000", Industry.METALLURGY),
                enterprise(1, "210000", Industry.OTHER)));
        assertEquals(1, l.registry().size());
        assertEquals(DivisionCode.parse("130000"), l.registry().get(0).province());
    }

    /** Random revisions, re-sends and conflicts of one enterprise; every arrival order gives one state. */
    @Property
    void anyArrivalOrderGivesTheSameState(@ForAll @IntRange(min = 1, max = 12) int count,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<MonthlyReport> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int revision = 1 + random.nextInt(4);
            reports.add(report(1).revision(revision).laidOffWorkers(random.nextInt(2))
                    .submittedAt(beijing(2000, 1, 1 + random.nextInt(10), random.nextInt(24), 0, 0)).build());
        }
        SubmissionLedger first = ledger().submitAll(reports);
        List<MonthlyReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        SubmissionLedger second = ledger().submitAll(shuffled);
        assertEquals(first.entry(id(1), PERIOD), second.entry(id(1), PERIOD));
        assertEquals(first.entries(PERIOD), second.entries(PERIOD));
        // The highest revision counts unless it is in conflict.
        int highest = reports.stream().mapToInt(MonthlyReport::revision).max().orElseThrow();
        LedgerEntry e = first.entry(id(1), PERIOD).orElseThrow();
        long contents = reports.stream().filter(r -> r.revision() == highest).map(r -> r.laidOffWorkers())
                .distinct().count();
        assertEquals(contents > 1, e.isInConflict());
        e.counting().ifPresent(c -> assertEquals(highest, c.revision()));
        // Sending everything twice changes nothing.
        SubmissionLedger twice = ledger().submitAll(reports).submitAll(shuffled);
        assertEquals(first.entries(PERIOD), twice.entries(PERIOD));
    }
}
