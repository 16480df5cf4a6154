package io.github.baozhang.adapter.tck.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.EnterpriseRules;
import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentRules;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemKind;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.ReportSummary;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

/** The kit's arbitraries yield what they promise: valid values, by core's own checks. */
class ArbitrariesProperties {

    private static final Gb2260 R1999 = Gb2260.of(Gb2260Revision.R1999);

    @Property
    void citizenIdsParseBackAndWereBornBefore1982(@ForAll("citizenIds") CitizenId id) {
        assertEquals(id, CitizenId.parse(id.toString()));
        assertTrue(id.birthDate().getYear() <= 1981);
    }

    @Property
    void legacyNumbersReadAsEighteenCharacters(@ForAll("legacy") String text) {
        assertEquals(15, text.length());
        assertTrue(CitizenId.checkAllowingLegacy(text).isValid(), text);
    }

    @Property
    void creditCodesEmbedAValidOrganisationCode(@ForAll("creditCodes") CreditCode code) {
        assertEquals(code, CreditCode.parse(code.toString()));
        assertTrue(OrganizationCode.check(code.organizationCode().toString()).isValid());
    }

    @Property
    void prefecturesAreRealPrefecturesOf1999(@ForAll("prefectures") DivisionCode code) {
        assertEquals(DivisionLevel.PREFECTURE, code.level());
        assertTrue(R1999.find(code).isPresent());
    }

    @Property
    void enterprisesBreakNoRuleAndLieInAMonitoredRegion(@ForAll("enterprises") Enterprise e) {
        assertEquals(List.of(), EnterpriseRules.check(e, R1999));
        assertTrue(MonitoredRegions.notice1999().contains(e.province()));
        if (e.shougangExternal()) {
            assertEquals(Affiliation.LOCAL, e.affiliation());
        }
    }

    @Property(tries = 200)
    void registriesListEachIdOnce(@ForAll("registries") List<Enterprise> registry) {
        assertEquals(List.of(), EnterpriseRules.checkRegistry(registry));
        assertTrue(registry.size() >= 1 && registry.size() <= 12);
    }

    @Property
    void fundingCasesPassTheFundingRules(@ForAll("fundingCases") FundingCase c) {
        assertEquals(List.of(), ThreeThirds.check(c));
    }

    @Property
    void reportsFitTheirEnterprise(@ForAll("reports") Tuple2<Enterprise, MonthlyReport> t) {
        Enterprise e = t.get1();
        MonthlyReport r = t.get2();
        assertEquals(e.id(), r.enterpriseId());
        assertTrue(r.laidOffWorkers() <= e.employees());
        assertTrue(r.inCentre() <= r.laidOffWorkers());
        assertTrue(r.agreementsSigned() <= r.inCentre());
        assertTrue(!r.period().atDay(1).isAfter(r.submittedAt().atZoneSameInstant(ZoneOffset.ofHours(8)).toLocalDate()));
        SourceAmounts plan = r.funds().plan();
        Money total = plan.total();
        assertEquals(total, r.allowance().due().plus(r.contributions().due()));
        assertEquals(ThreeThirds.plan(total, Ratio.ONE_THIRD).social(), plan.social());
        // only what monthly-reports@1 can carry: no paidOn for contributions, allowance dated when paid
        assertEquals(Optional.empty(), r.contributions().paidOn());
        assertEquals(r.allowance().paid().isPositive(), r.allowance().paidOn().isPresent());
    }

    @Property(tries = 200)
    void documentsPairReportsWithTheirRegistry(@ForAll("documents") Tuple2<List<Enterprise>, List<MonthlyReport>> d) {
        Set<OrganizationCode> ids = new HashSet<>();
        d.get1().forEach(e -> ids.add(e.id()));
        Set<OrganizationCode> reported = new HashSet<>();
        for (MonthlyReport r : d.get2()) {
            assertTrue(ids.contains(r.enterpriseId()));
            assertTrue(reported.add(r.enterpriseId()));
        }
    }

    @Property
    void enterpriseRatiosLieInTheirRange(@ForAll("ratios") Ratio r) {
        assertTrue(r.isBetween(Ratio.ZERO, Ratio.TWO_THIRDS), r::toString);
    }

    @Property
    void disbursementRecordsAreValidAndCarriable(@ForAll("feeds") List<DisbursementRecord> feed) {
        Set<String> drawing = new HashSet<>();
        for (DisbursementRecord r : feed) {
            assertEquals(List.of(), r.check());
            assertEquals(Optional.empty(), r.contributions().paidOn());
            assertEquals(r.allowance().paid().isPositive(), r.allowance().paidOn().isPresent());
            assertTrue(drawing.add(r.worker().citizenId() + "/" + r.period()));
            assertTrue(!r.centreEnteredOn().isAfter(r.period().atEndOfMonth()));
        }
    }

    @Property
    void incidentsBreakNoRule(@ForAll("incidents") List<Incident> incidents) {
        assertEquals(List.of(), IncidentRules.checkAll(incidents));
        for (Incident i : incidents) {
            assertEquals(List.of(), IncidentRules.check(i));
        }
    }

    @Property
    void calendarWorkdaysAreWeekendDaysAndNoHolidays(@ForAll("calendars") HolidayCalendar calendar) {
        for (LocalDate d : calendar.workdays()) {
            assertTrue(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY, d::toString);
            assertTrue(!calendar.holidays().contains(d), d::toString);
        }
    }

    @Property
    void bulletinsHaveConsistentSummariesAndDeclaredAlerts(@ForAll("bulletins") Bulletin b) {
        List<ReportSummary> all = new ArrayList<>(b.provinces().values());
        all.addAll(b.industries().values());
        all.add(b.national());
        for (ReportSummary s : all) {
            assertTrue(s.onTime() <= s.reported() && s.reported() <= s.monitored());
            assertTrue(s.agreementsSigned() <= s.inCentre() && s.inCentre() <= s.laidOffWorkers());
            s.fundsPlan().total();
            s.fundsReceived().total();
        }
        for (Finding a : b.alerts()) {
            assertEquals(ProblemKind.ALERT, a.code().kind());
            assertEquals(a.code().argumentNames(), List.copyOf(a.arguments().keySet()));
            if (a.code().argumentNames().contains("enterpriseId")) {
                assertTrue(OrganizationCode.check(a.subject()).isValid(), a.subject());
            }
        }
    }

    @Example
    void aCreditCodeIsRefusedForAnIdItCannotHold() {
        String body = "ABCDEFGI";
        OrganizationCode id = OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
        assertThrows(IllegalArgumentException.class, () -> IdArbitraries.creditCodeFor(id));
    }

    @Provide
    Arbitrary<CitizenId> citizenIds() {
        return IdArbitraries.citizenIds();
    }

    @Provide
    Arbitrary<String> legacy() {
        return IdArbitraries.legacyCitizenIdTexts();
    }

    @Provide
    Arbitrary<CreditCode> creditCodes() {
        return IdArbitraries.creditCodes();
    }

    @Provide
    Arbitrary<DivisionCode> prefectures() {
        return IdArbitraries.prefecturesIn(MonitoredRegions.notice1999());
    }

    @Provide
    Arbitrary<Enterprise> enterprises() {
        return EnterpriseArbitraries.enterprises();
    }

    @Provide
    Arbitrary<List<Enterprise>> registries() {
        return EnterpriseArbitraries.registries(12);
    }

    @Provide
    Arbitrary<FundingCase> fundingCases() {
        return FundingArbitraries.fundingCases();
    }

    @Provide
    Arbitrary<Tuple2<Enterprise, MonthlyReport>> reports() {
        return ReportArbitraries.enterprisesWithReports();
    }

    @Provide
    Arbitrary<Tuple2<List<Enterprise>, List<MonthlyReport>>> documents() {
        return ReportArbitraries.registriesWithReports(8);
    }

    @Provide
    Arbitrary<List<DisbursementRecord>> feeds() {
        return DisbursementArbitraries.disbursementFeeds(10);
    }

    @Provide
    Arbitrary<List<Incident>> incidents() {
        return IncidentArbitraries.incidentLists(8);
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        return CalendarArbitraries.calendars();
    }

    @Provide
    Arbitrary<Bulletin> bulletins() {
        return BulletinArbitraries.bulletins();
    }

    @Provide
    Arbitrary<Ratio> ratios() {
        return MoneyArbitraries.enterpriseRatios();
    }
}
