package io.github.baozhang.enterprise;

import static io.github.baozhang.enterprise.EnterpriseTest.liaoning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.DivisionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionResultTest {

    @Test
    void selectedMeansInScopeAndCriteriaMet() {
        SelectionPolicy policy = SelectionPolicy.notice1999();
        SelectionResult inScopeMet = policy.evaluate(liaoning().hiddenRisk(true).build());
        assertTrue(inScopeMet.inScope() && inScopeMet.criteriaMet() && inScopeMet.selected());
        SelectionResult inScopeNotMet = policy.evaluate(liaoning().build());
        assertFalse(inScopeNotMet.selected());
        SelectionResult outOfScopeMet = policy.evaluate(liaoning().hiddenRisk(true)
                .province(DivisionCode.parse("110000")).city(DivisionCode.parse("110105")).build());
        assertTrue(outOfScopeMet.criteriaMet());
        assertFalse(outOfScopeMet.selected());
        assertEquals(1, outOfScopeMet.findings().size());
    }

    @Test
    void listsAreUnmodifiableAndResultsAreValues() {
        SelectionResult result = SelectionPolicy.notice1999().evaluate(liaoning().hiddenRisk(true).build());
        assertThrows(UnsupportedOperationException.class, () -> result.matched().clear());
        SelectionResult outOfScope = SelectionPolicy.notice1999().evaluate(liaoning()
                .province(DivisionCode.parse("110000")).city(DivisionCode.parse("110105")).build());
        assertThrows(UnsupportedOperationException.class, () -> outOfScope.findings().clear());
        assertEquals(result, SelectionPolicy.notice1999().evaluate(liaoning().hiddenRisk(true).build()));
        assertEquals(List.of(SelectionCriterion.INCIDENT_OR_RISK), result.matched());
    }
}
