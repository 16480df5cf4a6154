package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingOutcomeTest {

    private final FundingResult result = ThreeThirdsTest.fund(FundingArbitraries.caseOf(FundingCategory.LOCAL)
            .id("ok").requirement(Money.ofFen(300)).build());

    private final Violation negative = Violation.of(ProblemCode.VALUE_NEGATIVE, "uiArrearsFen", Map.of("value", "-1"));
    private final Violation missing = Violation.of(ProblemCode.FUNDING_REQUIREMENT_MISSING, "requirementFen",
            Map.of("missing", "requirementFen"));

    @Test
    void aFundedOutcomeHasItsResultAndNoViolation() {
        FundingOutcome funded = FundingOutcome.funded(result);
        assertTrue(funded.isFunded());
        assertEquals("ok", funded.caseId());
        assertSame(result, funded.result());
        assertEquals(Optional.of(result), funded.toOptional());
        assertEquals(List.of(), funded.violations());
    }

    @Test
    void aRejectedOutcomeHasItsViolationsAndNoResult() {
        FundingOutcome rejected = FundingOutcome.rejected("bad", List.of(negative, missing));
        assertFalse(rejected.isFunded());
        assertEquals("bad", rejected.caseId());
        assertEquals(List.of(negative, missing), rejected.violations());
        assertEquals(Optional.empty(), rejected.toOptional());
        NoSuchElementException e = assertThrows(NoSuchElementException.class, rejected::result);
        assertEquals("case bad was rejected", e.getMessage());
    }

    @Test
    void aRejectedOutcomeKeepsItsOwnCopyOfTheViolations() {
        List<Violation> violations = new ArrayList<>(List.of(negative));
        FundingOutcome rejected = FundingOutcome.rejected("bad", violations);
        violations.add(missing);
        assertEquals(List.of(negative), rejected.violations());
        assertThrows(UnsupportedOperationException.class, () -> rejected.violations().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> FundingOutcome.funded(result).violations().add(negative));
    }

    @Test
    void aRejectionWithoutAViolationIsNotAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FundingOutcome.rejected("bad", List.of()));
        assertEquals("a rejected case has at least one violation", e.getMessage());
    }

    @Test
    void equalOutcomesAreEqualWithEqualHashCodes() {
        FundingOutcome funded = FundingOutcome.funded(result);
        FundingOutcome rejected = FundingOutcome.rejected("bad", List.of(negative));
        assertTrue(funded.equals(FundingOutcome.funded(result)));
        assertEquals(funded.hashCode(), FundingOutcome.funded(result).hashCode());
        assertTrue(rejected.equals(FundingOutcome.rejected("bad", List.of(negative))));
        assertEquals(rejected.hashCode(), FundingOutcome.rejected("bad", List.of(negative)).hashCode());
    }

    @Test
    void outcomesDifferingInIdResultOrViolationsAreNotEqual() {
        FundingOutcome rejected = FundingOutcome.rejected("bad", List.of(negative));
        assertNotEquals(rejected, FundingOutcome.rejected("worse", List.of(negative)));
        assertNotEquals(rejected, FundingOutcome.rejected("bad", List.of(missing)));
        assertNotEquals(rejected, FundingOutcome.rejected("ok", List.of(negative)));
        assertNotEquals(FundingOutcome.rejected("ok", List.of(negative)), FundingOutcome.funded(result));
        FundingResult other = FundingResult.builder().from(result).uiArrears(Money.ofFen(1)).build();
        assertNotEquals(FundingOutcome.funded(result), FundingOutcome.funded(other));
        assertNotEquals(rejected.hashCode(), FundingOutcome.rejected("worse", List.of(negative)).hashCode());
        assertFalse(rejected.equals(null));
        assertFalse(rejected.equals("bad"));
    }

    @Test
    void toStringSaysFundedOrRejected() {
        assertEquals("Funded{" + result + "}", FundingOutcome.funded(result).toString());
        assertEquals("Rejected{bad [" + negative + "]}", FundingOutcome.rejected("bad", List.of(negative)).toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("result", assertThrows(NullPointerException.class,
                () -> FundingOutcome.funded(null)).getMessage());
        assertEquals("caseId", assertThrows(NullPointerException.class,
                () -> FundingOutcome.rejected(null, List.of(negative))).getMessage());
        assertEquals("violations", assertThrows(NullPointerException.class,
                () -> FundingOutcome.rejected("bad", null)).getMessage());
    }
}
