package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Write then read gives equal values, for every kind with a reader and a sink. */
class RoundTripProperties {

    @Provide
    Arbitrary<List<Enterprise>> registries() {
        return Generators.registries();
    }

    @Provide
    Arbitrary<List<FundingCase>> cases() {
        return Generators.fundingCases().list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<MonthlyReport>> reports() {
        return Generators.monthlyReports().list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<BaozhangJsonModule> modules() {
        return Arbitraries.of(new BaozhangJsonModule(),
                new BaozhangJsonModule().enable(BaozhangJsonFeature.WRITE_HYPHENATED_ORGANIZATION_CODES),
                new BaozhangJsonModule().disable(BaozhangJsonFeature.WRITE_DEFAULT_VALUES));
    }

    @Property(tries = 200)
    void enterprisesRoundTrip(@ForAll("registries") List<Enterprise> registry, @ForAll("modules") BaozhangJsonModule module)
            throws Exception {
        String text = InterchangeJson.mapper(module).writeValueAsString(EnterprisesDocument.of(registry));
        Json.Read<Enterprise> read = Json.read(InterchangeJson.enterpriseReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(registry, read.values);
    }

    @Property(tries = 200)
    void fundingCasesRoundTrip(@ForAll("cases") List<FundingCase> cases, @ForAll("modules") BaozhangJsonModule module) {
        String text = InterchangeJson.mapper(module).writeValueAsString(FundingCasesDocument.of(cases));
        Json.Read<FundingCase> read = Json.read(InterchangeJson.fundingCaseReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(cases, read.values);
    }

    @Property(tries = 200)
    void monthlyReportsRoundTrip(@ForAll("reports") List<MonthlyReport> reports) {
        String text = Json.write(InterchangeJson.monthlyReportsSink(), MonthlyReportsDocument.of(reports));
        Json.Read<MonthlyReport> read = Json.read(InterchangeJson.monthlyReportReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(reports, read.values);
    }

    @Property(tries = 100)
    void theMapperReadsWhatItWrites(@ForAll("registries") List<Enterprise> registry, @ForAll("cases") List<FundingCase> cases,
            @ForAll("reports") List<MonthlyReport> reports) {
        var mapper = InterchangeJson.mapper();
        for (Enterprise e : registry) {
            assertEquals(e, mapper.readValue(mapper.writeValueAsString(e), Enterprise.class));
        }
        for (FundingCase c : cases) {
            assertEquals(c, mapper.readValue(mapper.writeValueAsString(c), FundingCase.class));
        }
        for (MonthlyReport r : reports) {
            assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), MonthlyReport.class));
        }
    }

    @Provide
    Arbitrary<List<DisbursementRecord>> disbursements() {
        return Generators.disbursementFeeds();
    }

    @Provide
    Arbitrary<List<Incident>> incidents() {
        return Generators.incidentLists();
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        return Generators.calendars();
    }

    @Provide
    Arbitrary<Bulletin> bulletins() {
        return Generators.bulletins();
    }

    @Property(tries = 200)
    void disbursementsRoundTrip(@ForAll("disbursements") List<DisbursementRecord> records,
            @ForAll("modules") BaozhangJsonModule module) {
        String text = InterchangeJson.mapper(module).writeValueAsString(DisbursementsDocument.of(records));
        Json.Read<DisbursementRecord> read = Json.read(InterchangeJson.disbursementReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(records, read.values);
        assertEquals(text, InterchangeJson.mapper(module).writeValueAsString(DisbursementsDocument.of(read.values)));
    }

    @Property(tries = 200)
    void incidentsRoundTrip(@ForAll("incidents") List<Incident> incidents) {
        String text = Json.write(InterchangeJson.incidentsSink(), IncidentsDocument.of(incidents));
        Json.Read<Incident> read = Json.read(InterchangeJson.incidentReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(incidents, read.values);
        var mapper = InterchangeJson.mapper();
        for (Incident i : incidents) {
            assertEquals(i, mapper.readValue(mapper.writeValueAsString(i), Incident.class));
        }
    }

    @Property(tries = 200)
    void calendarsRoundTrip(@ForAll("calendars") HolidayCalendar calendar) {
        String text = Json.write(InterchangeJson.calendarSink(), calendar);
        Json.Read<HolidayCalendar> read = Json.read(InterchangeJson.calendarReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(List.of(calendar), read.values);
    }

    @Property(tries = 200)
    void bulletinsRoundTrip(@ForAll("bulletins") Bulletin bulletin) {
        String text = Json.write(InterchangeJson.bulletinSink(), bulletin);
        Json.Read<Bulletin> read = Json.read(InterchangeJson.bulletinReader(), text);
        assertTrue(read.rejected.isEmpty() && read.document.isEmpty(), () -> read.rejected + " " + read.document + "\n" + text);
        assertEquals(List.of(bulletin), read.values);
        assertEquals(text, Json.write(InterchangeJson.bulletinSink(), read.values.get(0)));
    }

    @Property(tries = 100)
    void aDisbursementRecordAloneThroughTheMapper(@ForAll("disbursements") List<DisbursementRecord> records) {
        var mapper = InterchangeJson.mapper();
        for (DisbursementRecord r : records) {
            assertEquals(r, mapper.readValue(mapper.writeValueAsString(r), DisbursementRecord.class));
        }
    }

    @Property(tries = 50)
    void writingIsDeterministic(@ForAll("cases") List<FundingCase> cases) {
        FundingResultsDocument results = InterchangeJson.fund(cases);
        assertEquals(Json.write(InterchangeJson.fundingResultsSink(), results),
                Json.write(InterchangeJson.fundingResultsSink(), results));
    }
}
