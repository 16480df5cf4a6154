package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EmergencyPlanPolicyTest {

    private static final EmergencyPlanPolicy DEFAULTS = EmergencyPlanPolicy.defaults();
    private static final OrganizationCode A = IncidentArbitraries.ID;
    private static final OrganizationCode B = IncidentArbitraries.organizationCode("12345678");
    private static final LocalDate DEC_1 = LocalDate.of(1999, 12, 1);

    @Test
    void theDefaultReviewPeriodIsTwelveMonths() {
        assertEquals(Period.ofMonths(12), DEFAULTS.reviewPeriod());
        assertEquals(DEFAULTS, EmergencyPlanPolicy.of(Period.ofMonths(12)));
        assertSame(DEFAULTS, EmergencyPlanPolicy.defaults());
        assertEquals(Period.ofMonths(12), ImmutableEmergencyPlanPolicy.builder().build().reviewPeriod(),
                "the default, not only the cached instance");
    }

    @Test
    void aPlanIsCurrentUpToAndIncludingTheAnniversaryOfItsReview() {
        EmergencyPlan plan = EmergencyPlan.of(A, DEC_1);
        assertTrue(DEFAULTS.isCurrent(plan, LocalDate.of(2000, 12, 1)));
        assertFalse(DEFAULTS.isCurrent(plan, LocalDate.of(2000, 12, 2)));
        assertTrue(DEFAULTS.isCurrent(plan, DEC_1.minusYears(1)));
        assertTrue(EmergencyPlanPolicy.of(Period.ZERO).isCurrent(plan, DEC_1));
        assertFalse(EmergencyPlanPolicy.of(Period.ZERO).isCurrent(plan, DEC_1.plusDays(1)));
    }

    @Test
    void aMissingPlanAndAnOutdatedOneAreFindingsInTheOrderOfTheEnterprises() {
        LocalDate asOf = LocalDate.of(2001, 1, 15);
        List<Finding> findings = DEFAULTS.check(List.of(B, A, B), List.of(EmergencyPlan.of(A, DEC_1)), asOf);
        assertEquals(2, findings.size());
        Finding missing = findings.get(0);
        assertEquals(ProblemCode.EMERGENCY_PLAN_MISSING, missing.code());
        assertEquals(B.toString(), missing.subject());
        assertEquals(Map.of(), missing.arguments());
        Finding outdated = findings.get(1);
        assertEquals(ProblemCode.EMERGENCY_PLAN_OUTDATED, outdated.code());
        assertEquals("D2143569X", outdated.subject());
        assertEquals(List.of("lastReviewedOn", "reviewPeriod", "asOf"), List.copyOf(outdated.arguments().keySet()));
        assertEquals(Map.of("lastReviewedOn", "1999-12-01", "reviewPeriod", "P12M", "asOf", "2001-01-15"),
                outdated.arguments());
    }

    @Test
    void theMostRecentReviewCountsWhateverTheOrder() {
        LocalDate asOf = LocalDate.of(2001, 1, 15);
        List<EmergencyPlan> plans = List.of(EmergencyPlan.of(A, LocalDate.of(2000, 6, 1)), EmergencyPlan.of(A, DEC_1));
        assertEquals(List.of(), DEFAULTS.check(List.of(A), plans, asOf));
        assertEquals(List.of(), DEFAULTS.check(List.of(A), List.of(plans.get(1), plans.get(0)), asOf));
        assertTrue(DEFAULTS.isInPlace(A, plans, asOf));
        assertFalse(DEFAULTS.isInPlace(A, List.of(plans.get(1)), asOf));
        assertFalse(DEFAULTS.isInPlace(B, plans, asOf));
    }

    @Test
    void plansOfOtherEnterprisesAreIgnored() {
        assertEquals(List.of(), DEFAULTS.check(List.of(), List.of(EmergencyPlan.of(A, DEC_1)), DEC_1));
    }

    @Test
    void aNegativePeriodIsRejected() {
        for (Period p : List.of(Period.ofYears(-1), Period.ofMonths(-1), Period.ofDays(-1), Period.of(1, -1, 0))) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> EmergencyPlanPolicy.of(p));
            assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
            assertEquals(Map.of("value", p.toString()), e.arguments());
        }
        assertEquals(Period.ofMonths(6), DEFAULTS.withReviewPeriod(Period.ofMonths(6)).reviewPeriod());
        assertThrows(InvalidValueException.class, () -> DEFAULTS.withReviewPeriod(Period.ofDays(-3)));
    }

    @Test
    void nullsAreRejected() {
        EmergencyPlan plan = EmergencyPlan.of(A, DEC_1);
        assertEquals("plan", assertThrows(NullPointerException.class, () -> DEFAULTS.isCurrent(null, DEC_1)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class, () -> DEFAULTS.isCurrent(plan, null)).getMessage());
        assertEquals("enterprises", assertThrows(NullPointerException.class,
                () -> DEFAULTS.check(null, List.of(), DEC_1)).getMessage());
        assertEquals("plans", assertThrows(NullPointerException.class,
                () -> DEFAULTS.check(List.of(), null, DEC_1)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> DEFAULTS.check(List.of(), List.of(), null)).getMessage());
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> DEFAULTS.check(Arrays.asList((OrganizationCode) null), List.of(), DEC_1)).getMessage());
        assertEquals("plan", assertThrows(NullPointerException.class,
                () -> DEFAULTS.check(List.of(), Arrays.asList((EmergencyPlan) null), DEC_1)).getMessage());
        assertEquals("enterpriseId", assertThrows(NullPointerException.class,
                () -> DEFAULTS.isInPlace(null, List.of(), DEC_1)).getMessage());
        assertEquals("asOf", assertThrows(NullPointerException.class,
                () -> DEFAULTS.isInPlace(A, List.of(), null)).getMessage());
        assertEquals("plans", assertThrows(NullPointerException.class,
                () -> DEFAULTS.isInPlace(A, null, DEC_1)).getMessage());
    }

    // ---- property: every enterprise gets exactly what an oracle says ----

    @Provide
    Arbitrary<List<EmergencyPlan>> plans() {
        return net.jqwik.api.Combinators.combine(IncidentArbitraries.ids(6), IncidentArbitraries.dates(800))
                .as(EmergencyPlan::of).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<OrganizationCode>> enterprises() {
        return IncidentArbitraries.ids(6).list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<LocalDate> asOf() {
        return IncidentArbitraries.dates(1200);
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 24).map(Period::ofMonths),
                Arbitraries.integers().between(0, 400).map(Period::ofDays));
    }

    @Property
    void eachEnterpriseIsMissingOutdatedOrFineExactlyAsTheOracleSays(@ForAll("enterprises") List<OrganizationCode> ids,
            @ForAll("plans") List<EmergencyPlan> plans, @ForAll("asOf") LocalDate asOf,
            @ForAll("periods") Period period) {
        EmergencyPlanPolicy policy = EmergencyPlanPolicy.of(period);
        List<Finding> expected = new ArrayList<>();
        for (OrganizationCode id : new LinkedHashSet<>(ids)) {
            LocalDate latest = null;
            for (EmergencyPlan p : plans) {
                if (p.enterpriseId().equals(id) && (latest == null || p.lastReviewedOn().isAfter(latest))) {
                    latest = p.lastReviewedOn();
                }
            }
            if (latest == null) {
                expected.add(Checks.finding(ProblemCode.EMERGENCY_PLAN_MISSING, id.toString()));
                assertFalse(policy.isInPlace(id, plans, asOf));
            } else {
                boolean outdated = asOf.isAfter(latest.plus(period));
                if (outdated) {
                    expected.add(Checks.finding(ProblemCode.EMERGENCY_PLAN_OUTDATED, id.toString(),
                            "lastReviewedOn", latest.toString(), "reviewPeriod", period.toString(),
                            "asOf", asOf.toString()));
                }
                assertEquals(!outdated, policy.isInPlace(id, plans, asOf));
            }
        }
        assertEquals(expected, policy.check(ids, plans, asOf));
    }

    @Property
    void currentExactlyUntilTheReviewPlusThePeriodAndAlwaysOnTheReviewDay(@ForAll("asOf") LocalDate asOf, @ForAll("periods") Period period,
            @ForAll("asOf") LocalDate reviewed) {
        assertEquals(!asOf.isAfter(reviewed.plus(period)),
                EmergencyPlanPolicy.of(period).isCurrent(EmergencyPlan.of(A, reviewed), asOf));
        assertTrue(EmergencyPlanPolicy.of(period).isCurrent(EmergencyPlan.of(A, asOf), asOf));
    }
}
