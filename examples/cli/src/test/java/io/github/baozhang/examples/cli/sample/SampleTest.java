package io.github.baozhang.examples.cli.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.enterprise.SelectionPolicy;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.reporting.RollUp;
import io.github.baozhang.reporting.RollUpResult;
import io.github.baozhang.validation.BaozhangValidator;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleTest {

    static final Sample SAMPLE = Sample.bundled();

    @Test
    void sameSeedSameBytes() {
        Map<String, byte[]> a = SampleDocuments.of(SAMPLE).all();
        Map<String, byte[]> b = SampleDocuments.of(Sample.generate(Sample.DEFAULT_SEED)).all();
        assertEquals(a.keySet(), b.keySet());
        assertEquals(16, a.size());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
    }

    @Test
    void anotherSeedAnotherSample() {
        Sample other = Sample.generate(42);
        assertFalse(SAMPLE.registry().equals(other.registry()));
        assertEquals(Sample.ENTERPRISES, other.registry().size());
    }

    @Test
    void theNoticesEnterprisesRegionsAndIndustries() {
        List<Enterprise> registry = SAMPLE.registry();
        assertEquals(151, registry.size());
        Set<DivisionCode> provinces = registry.stream().map(Enterprise::province).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(MonitoredRegions.notice1999().provinces(), provinces);
        assertEquals(15, provinces.size());
        Set<Industry> industries = registry.stream().map(Enterprise::industry).collect(Collectors.toSet());
        assertEquals(EnumSet.of(Industry.MILITARY, Industry.METALLURGY, Industry.NONFERROUS), industries);
        assertEquals(EnumSet.allOf(Affiliation.class), registry.stream().map(Enterprise::affiliation).collect(Collectors.toSet()));
        List<Enterprise> shougang = registry.stream().filter(Enterprise::shougangExternal).toList();
        assertEquals(4, shougang.size());
        shougang.forEach(e -> assertEquals(Affiliation.LOCAL, e.affiliation()));
        shougang.forEach(e -> assertEquals(Industry.METALLURGY, e.industry()));
        assertEquals(151, registry.stream().map(Enterprise::id).distinct().count());
        for (Enterprise e : registry) {
            assertEquals(e.id(), OrganizationCode.parse(e.id().toString()));
            assertTrue(e.laidOffWorkers() >= 200 && e.laidOffWorkers() <= 9000, e.toString());
            assertTrue(SelectionPolicy.notice1999().evaluate(e).selected(), e.toString());
        }
        assertTrue(registry.stream().anyMatch(e -> e.laidOffWorkers() < 1000));
        assertTrue(registry.stream().anyMatch(e -> e.laidOffWorkers() >= 4000));
    }

    @Test
    void everyDocumentPassesTheReadersAndTheValidator() throws java.io.IOException {
        SampleDocuments docs = SampleDocuments.of(SAMPLE);
        ReadResult<Enterprise> registry = read(InterchangeJson.enterpriseReader(), "enterprises.json", docs.registry());
        assertEquals(151, registry.values().size());
        BaozhangValidator validator = BaozhangValidator.shared();
        assertEquals(List.of(), validator.validateRegistry(registry.values()));
        long reports = 0;
        for (YearMonth month : SAMPLE.periods()) {
            ReadResult<MonthlyReport> read = read(InterchangeJson.monthlyReportReader(), "r.json", docs.reports(month));
            assertEquals(SAMPLE.batch(month), read.values());
            assertEquals(List.<Violation>of(), validator.validateReports(read.values(), registry.values()));
            reports += read.values().size();
        }
        assertEquals(SAMPLE.reports().size(), reports);
        assertEquals(151, read(InterchangeJson.fundingCaseReader(), "c.json", docs.fundingCases()).values().size());
        assertEquals(SAMPLE.incidents(), read(InterchangeJson.incidentReader(), "i.json", docs.incidents()).values());
        assertEquals(List.of(SAMPLE.calendar()), read(InterchangeJson.calendarReader(), "k.json", docs.calendar()).values());
        SAMPLE.fundingCases().forEach(c -> assertEquals(List.<Violation>of(), validator.validate(c)));
    }

    @Test
    void realisticFlawsAreThereAndCounted() {
        int enterpriseMonths = 151 * 12;
        int expected = enterpriseMonths - SAMPLE.missing().size() + SAMPLE.conflicts().size()
                + SAMPLE.amended().size() + SAMPLE.resent().size();
        assertEquals(expected, SAMPLE.reports().size());
        assertEquals(3, SAMPLE.conflicts().size());
        assertFalse(SAMPLE.missing().isEmpty());
        assertFalse(SAMPLE.late().isEmpty());
        assertFalse(SAMPLE.amended().isEmpty());
        assertFalse(SAMPLE.incidents().isEmpty());
        long revision2 = SAMPLE.reports().stream().filter(r -> r.revision() == 2).count();
        assertEquals(SAMPLE.amended().size(), revision2);
        long incidentsReported = SAMPLE.reports().stream().filter(r -> r.revision() == 1)
                .collect(Collectors.toMap(r -> r.enterpriseId() + "/" + r.period(), MonthlyReport::incidents, Math::max))
                .values().stream().mapToLong(Long::longValue).sum();
        assertTrue(incidentsReported <= SAMPLE.incidents().size());
    }

    @Test
    void theRollUpRejectsExactlyThePlantedConflicts() {
        Set<Sample.EnterprisePeriod> rejected = new HashSet<>();
        long missingAlerts = 0;
        for (YearMonth period : SAMPLE.periods()) {
            RollUpResult result = RollUp.run(period, SAMPLE.registry(), SAMPLE.reports(), SAMPLE.calendar(), p -> 5);
            for (Violation v : result.rejected()) {
                assertEquals(ProblemCode.REPORT_REVISION_CONFLICT, v.code(), v.toString());
                rejected.add(new Sample.EnterprisePeriod(OrganizationCode.parse(v.arguments().get("enterpriseId")), period));
            }
            assertEquals(151, result.bulletin().national().monitored());
            missingAlerts += result.bulletin().alerts().stream().filter(a -> a.code() == ProblemCode.REPORT_MISSING).count();
        }
        assertEquals(Set.copyOf(SAMPLE.conflicts()), rejected);
        assertEquals(SAMPLE.missing().size() + SAMPLE.conflicts().size(), missingAlerts);
    }

    private static <T> ReadResult<T> read(FeedReader<T> reader, String name, byte[] bytes) throws java.io.IOException {
        ReadResult<T> result = reader.readAll(Source.of(name, bytes));
        assertTrue(result.summary().isClean(), () -> name + ": " + result.summary());
        assertEquals(List.of(), result.rejected());
        return result;
    }
}
