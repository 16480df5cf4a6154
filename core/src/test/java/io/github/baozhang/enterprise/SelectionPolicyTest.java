package io.github.baozhang.enterprise;

import static io.github.baozhang.enterprise.EnterpriseTest.liaoning;
import static io.github.baozhang.enterprise.SelectionCriterion.FUNDING_BLIND_SPOT;
import static io.github.baozhang.enterprise.SelectionCriterion.INCIDENT_OR_RISK;
import static io.github.baozhang.enterprise.SelectionCriterion.LARGE_WITH_MANY_LAID_OFF;
import static io.github.baozhang.enterprise.SelectionCriterion.SEVERE_LOSS_AND_STOPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SelectionPolicyTest {

    private static final SelectionPolicy DEFAULT = SelectionPolicy.notice1999();

    // ---- defaults ----

    @Test
    void defaultsAreAnyWithTheUnconfirmedThresholdsAndTheNoticesRegions() {
        assertEquals(CriteriaCombination.ANY, DEFAULT.combination());
        assertEquals(1000, DEFAULT.largeEnterpriseEmployees());
        assertEquals(500, DEFAULT.manyLaidOffWorkers());
        assertEquals(MonitoredRegions.notice1999(), DEFAULT.regions());
        assertEquals(DEFAULT, SelectionPolicy.builder().build());
        assertSame(DEFAULT, SelectionPolicy.notice1999());
    }

    @Test
    void negativeThresholdsAreRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> DEFAULT.withLargeEnterpriseEmployees(-1));
        assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
        assertEquals(Map.of("value", "-1"), e.arguments());
        assertThrows(InvalidValueException.class, () -> SelectionPolicy.builder().manyLaidOffWorkers(-2).build());
    }

    // ---- (1) severe losses and production stopped or half stopped ----

    @Test
    void criterionOneNeedsSevereLossesAndStoppedOrHalfStoppedProduction() {
        assertTrue(DEFAULT.isMet(SEVERE_LOSS_AND_STOPPED,
                liaoning().severeLoss(true).production(ProductionStatus.STOPPED).build()));
        assertTrue(DEFAULT.isMet(SEVERE_LOSS_AND_STOPPED,
                liaoning().severeLoss(true).production(ProductionStatus.HALF_STOPPED).build()));
        assertFalse(DEFAULT.isMet(SEVERE_LOSS_AND_STOPPED,
                liaoning().severeLoss(true).production(ProductionStatus.NORMAL).build()));
        assertFalse(DEFAULT.isMet(SEVERE_LOSS_AND_STOPPED,
                liaoning().severeLoss(false).production(ProductionStatus.STOPPED).build()));
    }

    // ---- (2) large enterprise with many laid-off workers ----

    @Test
    void criterionTwoNeedsBothThresholdsReached() {
        assertTrue(DEFAULT.isMet(LARGE_WITH_MANY_LAID_OFF, liaoning().employees(1000).laidOffWorkers(500).build()));
        assertFalse(DEFAULT.isMet(LARGE_WITH_MANY_LAID_OFF, liaoning().employees(999).laidOffWorkers(999).build()));
        assertFalse(DEFAULT.isMet(LARGE_WITH_MANY_LAID_OFF, liaoning().employees(5000).laidOffWorkers(499).build()));
        SelectionPolicy small = DEFAULT.withLargeEnterpriseEmployees(500).withManyLaidOffWorkers(100);
        assertTrue(small.isMet(LARGE_WITH_MANY_LAID_OFF, liaoning().employees(800).laidOffWorkers(100).build()));
    }

    // ---- (3) funding blind spot ----

    @Test
    void criterionThreeIsABlindSpot() {
        assertTrue(DEFAULT.isMet(FUNDING_BLIND_SPOT, liaoning().fundingBlindSpot(true).build()));
        assertFalse(DEFAULT.isMet(FUNDING_BLIND_SPOT, liaoning().fundingBlindSpot(false).build()));
    }

    // ---- (4) past incident or latent risk ----

    @Test
    void criterionFourIsAPastIncidentOrALatentRisk() {
        assertTrue(DEFAULT.isMet(INCIDENT_OR_RISK, liaoning().incidentHistory(true).build()));
        assertTrue(DEFAULT.isMet(INCIDENT_OR_RISK, liaoning().hiddenRisk(true).build()));
        assertTrue(DEFAULT.isMet(INCIDENT_OR_RISK, liaoning().incidentHistory(true).hiddenRisk(true).build()));
        assertFalse(DEFAULT.isMet(INCIDENT_OR_RISK, liaoning().build()));
    }

    // ---- scope ----

    @Test
    void anEnterpriseOfAMonitoredRegionIsInScope() {
        assertTrue(DEFAULT.isInScope(liaoning().industry(Industry.OTHER).build()));
    }

    @Test
    void aCentralEnterpriseOfAMonitoredIndustryIsInScopeAnywhere() {
        for (Industry industry : List.of(Industry.MILITARY, Industry.METALLURGY, Industry.NONFERROUS)) {
            Enterprise e = liaoning().province(DivisionCode.parse("420000")).city(DivisionCode.parse("420100"))
                    .affiliation(Affiliation.CENTRAL).industry(industry).build();
            assertTrue(DEFAULT.isInScope(e));
            assertEquals(List.of(), DEFAULT.evaluate(e).findings());
        }
    }

    @Test
    void outsideTheRegionsALocalOrAnotherIndustryIsOutOfScope() {
        Enterprise local = liaoning().province(DivisionCode.parse("420000")).city(DivisionCode.parse("420100"))
                .industry(Industry.METALLURGY).fundingBlindSpot(true).build();
        SelectionResult result = DEFAULT.evaluate(local);
        assertFalse(result.inScope());
        assertEquals(List.of(FUNDING_BLIND_SPOT), result.matched());
        assertTrue(result.criteriaMet());
        assertFalse(result.selected());
        Finding finding = result.findings().get(0);
        assertEquals(ProblemCode.ENTERPRISE_OUT_OF_SCOPE, finding.code());
        assertEquals("D2143569X", finding.subject());
        assertEquals(Map.of("province", "420000", "industry", "METALLURGY"), finding.arguments());
        assertEquals(List.of("province", "industry"), new ArrayList<>(finding.arguments().keySet()));

        Enterprise centralOther = Enterprise.builder().from(local)
                .affiliation(Affiliation.CENTRAL).industry(Industry.OTHER).build();
        assertFalse(DEFAULT.isInScope(centralOther));
    }

    @Test
    void aShougangExternalPlantIsInScopeWhereverItIs() {
        Enterprise outside = liaoning().province(DivisionCode.parse("420000")).city(DivisionCode.parse("420100"))
                .industry(Industry.METALLURGY).shougangExternal(true).build();
        assertTrue(DEFAULT.isInScope(outside));
        assertFalse(DEFAULT.isInScope(Enterprise.builder().from(outside).shougangExternal(false).build()));
    }

    @Test
    void otherRegionsCanBeMonitored() {
        Enterprise hubei = liaoning().province(DivisionCode.parse("420000")).city(DivisionCode.parse("420100"))
                .hiddenRisk(true).build();
        SelectionPolicy withHubei = DEFAULT.withRegions(MonitoredRegions.of(List.of(DivisionCode.parse("420000"))));
        assertTrue(withHubei.evaluate(hubei).selected());
        assertFalse(withHubei.isInScope(liaoning().build()));
    }

    // ---- combinations ----

    @Test
    void theCombinationDecidesHowManyCriteriaAreNeeded() {
        Enterprise two = liaoning().fundingBlindSpot(true).hiddenRisk(true).build();
        assertEquals(List.of(FUNDING_BLIND_SPOT, INCIDENT_OR_RISK), DEFAULT.evaluate(two).matched());
        assertTrue(DEFAULT.evaluate(two).selected());
        assertTrue(DEFAULT.withCombination(CriteriaCombination.AT_LEAST_TWO).evaluate(two).selected());
        assertFalse(DEFAULT.withCombination(CriteriaCombination.AT_LEAST_THREE).evaluate(two).selected());
        assertFalse(DEFAULT.withCombination(CriteriaCombination.ALL).evaluate(two).selected());
        Enterprise all = Enterprise.builder().from(two).severeLoss(true).production(ProductionStatus.HALF_STOPPED)
                .employees(3000).laidOffWorkers(1200).build();
        assertEquals(List.of(SelectionCriterion.values()), DEFAULT.evaluate(all).matched());
        assertTrue(DEFAULT.withCombination(CriteriaCombination.ALL).evaluate(all).selected());
    }

    @Test
    void anEnterpriseMeetingNoCriterionIsNotSelected() {
        SelectionResult result = DEFAULT.evaluate(liaoning().build());
        assertEquals(List.of(), result.matched());
        assertTrue(result.inScope());
        assertFalse(result.criteriaMet());
        assertFalse(result.selected());
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> DEFAULT.evaluate(null));
        assertThrows(NullPointerException.class, () -> DEFAULT.isMet(null, liaoning().build()));
        assertThrows(NullPointerException.class, () -> DEFAULT.isInScope(null));
    }

    // ---- properties ----

    /** Oracle: each criterion's predicate written out again, independently. */
    @Property
    void matchedCriteriaAreExactlyThoseWhosePredicateHolds(@ForAll("policies") SelectionPolicy policy,
            @ForAll("enterprises") Enterprise e) {
        List<SelectionCriterion> expected = new ArrayList<>();
        if (e.severeLoss() && (e.production() == ProductionStatus.STOPPED
                || e.production() == ProductionStatus.HALF_STOPPED)) {
            expected.add(SEVERE_LOSS_AND_STOPPED);
        }
        if (e.employees() >= policy.largeEnterpriseEmployees() && e.laidOffWorkers() >= policy.manyLaidOffWorkers()) {
            expected.add(LARGE_WITH_MANY_LAID_OFF);
        }
        if (e.fundingBlindSpot()) {
            expected.add(FUNDING_BLIND_SPOT);
        }
        if (e.incidentHistory() || e.hiddenRisk()) {
            expected.add(INCIDENT_OR_RISK);
        }
        SelectionResult result = policy.evaluate(e);
        assertEquals(expected, result.matched());
        assertEquals(e.id(), result.enterpriseId());
        boolean inScope = policy.regions().provinces().contains(e.province())
                || e.affiliation() == Affiliation.CENTRAL && e.industry() != Industry.OTHER
                || e.shougangExternal();
        assertEquals(inScope, result.inScope());
        assertEquals(expected.size() >= policy.combination().minimumMatches(), result.criteriaMet());
        assertEquals(inScope && result.criteriaMet(), result.selected());
        assertEquals(inScope ? 0 : 1, result.findings().size());
    }

    @Property
    void selectedUnderAllImpliesSelectedUnderAny(@ForAll("policies") SelectionPolicy policy,
            @ForAll("enterprises") Enterprise e) {
        if (policy.withCombination(CriteriaCombination.ALL).evaluate(e).selected()) {
            assertTrue(policy.withCombination(CriteriaCombination.ANY).evaluate(e).selected());
        }
    }

    /** More generally: a stricter combination never selects what a looser one leaves out. */
    @Property
    void aStricterCombinationSelectsASubset(@ForAll("policies") SelectionPolicy policy,
            @ForAll("enterprises") Enterprise e, @ForAll CriteriaCombination a, @ForAll CriteriaCombination b) {
        CriteriaCombination stricter = a.minimumMatches() >= b.minimumMatches() ? a : b;
        CriteriaCombination looser = stricter == a ? b : a;
        if (policy.withCombination(stricter).evaluate(e).selected()) {
            assertTrue(policy.withCombination(looser).evaluate(e).selected());
        }
    }

    @Property
    void raisingAThresholdNeverAddsAMatch(@ForAll("policies") SelectionPolicy policy,
            @ForAll("enterprises") Enterprise e, @ForAll("raises") long employeesRaise,
            @ForAll("raises") long laidOffRaise) {
        SelectionPolicy raised = policy
                .withLargeEnterpriseEmployees(policy.largeEnterpriseEmployees() + employeesRaise)
                .withManyLaidOffWorkers(policy.manyLaidOffWorkers() + laidOffRaise);
        List<SelectionCriterion> before = policy.evaluate(e).matched();
        List<SelectionCriterion> after = raised.evaluate(e).matched();
        assertTrue(before.containsAll(after), () -> before + " then " + after);
        if (raised.evaluate(e).selected()) {
            assertTrue(policy.evaluate(e).selected());
        }
    }

    @Provide
    Arbitrary<SelectionPolicy> policies() {
        return EnterpriseArbitraries.policies();
    }

    @Provide
    Arbitrary<Enterprise> enterprises() {
        return EnterpriseArbitraries.enterprises();
    }

    @Provide
    Arbitrary<Long> raises() {
        return Arbitraries.longs().between(0, 3000);
    }
}
