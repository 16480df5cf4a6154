package io.github.baozhang.adapter.tck.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.MonthlyReport;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
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
    Arbitrary<Ratio> ratios() {
        return MoneyArbitraries.enterpriseRatios();
    }
}
