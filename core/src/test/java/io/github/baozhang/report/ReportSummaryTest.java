package io.github.baozhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    @Provide
    Arbitrary<ReportSummary> summaries() {
        Arbitrary<Long> n = Arbitraries.longs().between(0, 1_000_000_000L);
        Arbitrary<ReportSummary.Builder> counts = Combinators.combine(n, n, n, n, n, n, n, n)
                .as((a, b, c, d, e, f, g, h) -> ReportSummary.builder().monitored(a).reported(b).onTime(c)
                        .laidOffWorkers(d).inCentre(e).agreementsSigned(f).reemployed(g).leftCentre(h));
        return Combinators.combine(counts, n, n, n, n, n, n, n)
                .as((bld, a, b, c, d, e, f, g) -> bld.incidents(a)
                        .allowance(Money.ofFen(b), Money.ofFen(c)).contributions(Money.ofFen(d), Money.ofFen(e))
                        .funds(SourceAmounts.ofFen(f, g, a), SourceAmounts.ofFen(g, f, b)).build());
    }

    @Property
    void mergeIsCommutative(@ForAll("summaries") ReportSummary a, @ForAll("summaries") ReportSummary b) {
        assertEquals(a.merge(b), b.merge(a));
    }

    @Property
    void mergeIsAssociative(@ForAll("summaries") ReportSummary a, @ForAll("summaries") ReportSummary b,
            @ForAll("summaries") ReportSummary c) {
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    }

    @Property
    void identityIsNeutral(@ForAll("summaries") ReportSummary a) {
        assertEquals(a, a.merge(ReportSummary.identity()));
        assertEquals(a, ReportSummary.identity().merge(a));
        assertEquals(a.hashCode(), ReportSummary.builder().monitored(a.monitored()).reported(a.reported())
                .onTime(a.onTime()).laidOffWorkers(a.laidOffWorkers()).inCentre(a.inCentre())
                .agreementsSigned(a.agreementsSigned()).reemployed(a.reemployed()).leftCentre(a.leftCentre())
                .incidents(a.incidents()).allowance(a.allowanceDue(), a.allowancePaid())
                .contributions(a.contributionsDue(), a.contributionsPaid())
                .funds(a.fundsPlan(), a.fundsReceived()).build().hashCode());
    }

    @Test
    void ofReportCarriesEveryFigure() {
        MonthlyReport r = MonthlyReportTest.sample().build();
        ReportSummary s = ReportSummary.ofReport(r, true);
        assertEquals(1, s.monitored());
        assertEquals(1, s.reported());
        assertEquals(1, s.onTime());
        assertEquals(2000, s.laidOffWorkers());
        assertEquals(1900, s.inCentre());
        assertEquals(1850, s.agreementsSigned());
        assertEquals(12, s.reemployed());
        assertEquals(15, s.leftCentre());
        assertEquals(0, s.incidents());
        assertEquals(Money.ofFen(66_785_000), s.allowanceDue());
        assertEquals(Money.ofFen(66_785_000), s.allowancePaid());
        assertEquals(Money.ofFen(28_889_600), s.contributionsDue());
        assertEquals(Money.ofFen(20_000_000), s.contributionsPaid());
        assertEquals(r.funds().plan(), s.fundsPlan());
        assertEquals(r.funds().received(), s.fundsReceived());
        assertEquals(0, ReportSummary.ofReport(r, false).onTime());
        assertTrue(s.toString().contains("monitored=1"));
    }

    @Test
    void missingIsMonitoredOnly() {
        ReportSummary m = ReportSummary.ofMissing();
        assertEquals(1, m.monitored());
        assertEquals(0, m.reported());
        assertEquals(ReportSummary.builder().monitored(1).build(), m);
        assertNotEquals(m, ReportSummary.identity());
        assertSame(m, m.merge(ReportSummary.identity()));
    }

    @Test
    void overflowThrowsInsteadOfWrapping() {
        ReportSummary big = ReportSummary.builder().laidOffWorkers(Long.MAX_VALUE).build();
        assertThrows(ArithmeticException.class, () -> big.merge(ReportSummary.builder().laidOffWorkers(1).build()));
        ReportSummary rich = ReportSummary.builder().allowance(Money.ofFen(Long.MAX_VALUE), Money.zero()).build();
        assertThrows(ArithmeticException.class, () -> rich.merge(rich));
    }

    @Test
    void negativeFiguresAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ReportSummary.builder().monitored(-1));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertThrows(InvalidValueException.class,
                () -> ReportSummary.builder().allowance(Money.ofFen(-1), Money.zero()));
        assertThrows(InvalidValueException.class,
                () -> ReportSummary.builder().funds(SourceAmounts.ofFen(0, -1, 0), SourceAmounts.zero()));
    }

    @Test
    void bulletinOrdersProvincesByCodeAndIndustriesByEnum() {
        Map<DivisionCode, ReportSummary> provinces = new LinkedHashMap<>();
        provinces.put(DivisionCode.parse("650000"), ReportSummary.ofMissing());
        provinces.put(DivisionCode.parse("110000"), ReportSummary.ofMissing());
        Map<Industry, ReportSummary> industries = new LinkedHashMap<>();
        industries.put(Industry.OTHER, ReportSummary.ofMissing());
        industries.put(Industry.MILITARY, ReportSummary.ofMissing());
        List<Finding> alerts = new ArrayList<>();
        alerts.add(Finding.of(ProblemCode.REPORT_MISSING, "x", Map.of()));
        ReportSummary national = ReportSummary.ofMissing().merge(ReportSummary.ofMissing());
        Bulletin b = Bulletin.of(YearMonth.of(2000, 1), national, provinces, industries, alerts);
        assertEquals(List.of(DivisionCode.parse("110000"), DivisionCode.parse("650000")),
                new ArrayList<>(b.provinces().keySet()));
        assertEquals(List.of(Industry.MILITARY, Industry.OTHER), new ArrayList<>(b.industries().keySet()));
        assertEquals(YearMonth.of(2000, 1), b.period());
        assertEquals(2, b.national().monitored());
        assertEquals(1, b.alerts().size());
        alerts.clear();
        assertEquals(1, b.alerts().size());
        assertThrows(UnsupportedOperationException.class, () -> b.provinces().clear());
        assertEquals(b, Bulletin.of(YearMonth.of(2000, 1), national, provinces, industries, b.alerts()));
        assertEquals(b.hashCode(), Bulletin.of(YearMonth.of(2000, 1), national, provinces, industries,
                b.alerts()).hashCode());
        assertNotEquals(b, Bulletin.of(YearMonth.of(2000, 2), national, provinces, industries, b.alerts()));
        assertTrue(b.toString().contains("2000-01"));
    }
}
