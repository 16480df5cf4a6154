package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariants a result keeps, whoever builds it. */
class FundingResultTest {

    /** LOCAL, R = 300 at thirds, received 40 / 100 / 150: a gap of 60 in the enterprise share. */
    private final FundingResult base = ThreeThirdsTest.fund(FundingArbitraries.caseOf(FundingCategory.LOCAL)
            .requirement(Money.ofFen(300)).received(SourceAmounts.ofFen(40, 100, 150)).build());

    private static Backstop backstop(FundingSource source, Payer payer, long fen) {
        return Backstop.of(source, payer, Money.ofFen(fen));
    }

    private FundingResult.Builder from(FundingResult result) {
        FundingResult.Builder b = FundingResult.builder();
        b.from(result);
        return b;
    }

    private void assertInconsistent(FundingResult.Builder builder) {
        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void theBaseResultIsAsTheRulesSay() {
        assertEquals(SourceAmounts.ofFen(100, 100, 100), base.plan());
        assertEquals(SourceAmounts.ofFen(60, 0, 0), base.gap());
        assertEquals(SourceAmounts.ofFen(0, 0, 50), base.excess());
        assertEquals(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 60)), base.backstops());
    }

    @Test
    void aConsistentHandBuiltResultIsAccepted() {
        FundingResult copy = from(base).build();
        assertEquals(base, copy);
        assertEquals(base.hashCode(), copy.hashCode());
        FundingResult other = from(base).caseId("other").build();
        assertNotEquals(base, other);
        assertTrue(other.toString().startsWith("FundingResult{caseId=other, "), other::toString);
    }

    @Test
    void thePayersAreDerivedFromTheCategoryInSourceOrder() {
        assertEquals(List.of(FundingSource.ENTERPRISE, FundingSource.SOCIAL, FundingSource.FISCAL),
                List.copyOf(base.payers().keySet()));
        assertEquals(List.of(Payer.ENTERPRISE, Payer.UI_FUND_LOCAL, Payer.FINANCE_LOCAL),
                List.copyOf(base.payers().values()));
        FundingResult central = from(base).category(FundingCategory.CENTRAL)
                .backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_CENTRAL, 60))).build();
        assertEquals(Map.of(FundingSource.ENTERPRISE, Payer.ENTERPRISE, FundingSource.SOCIAL, Payer.UI_FUND_LOCAL,
                FundingSource.FISCAL, Payer.FINANCE_CENTRAL), central.payers());
    }

    @Test
    void thePayersBackstopsAndFindingsCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> base.payers().put(FundingSource.FISCAL, Payer.SHOUGANG_HQ));
        assertThrows(UnsupportedOperationException.class, () -> base.backstops().clear());
        assertThrows(UnsupportedOperationException.class, () -> base.findings().clear());
    }

    @Test
    void theTotalGapIsTheSumOfTheGaps() {
        assertEquals(Money.ofFen(60), base.gapTotal());
    }

    @Test
    void aPlanThatDoesNotSumToTheRequirementIsRejected() {
        assertInconsistent(from(base).plan(SourceAmounts.ofFen(100, 100, 99)).excess(SourceAmounts.ofFen(0, 0, 51)));
        assertInconsistent(from(base).requirement(Money.ofFen(301)));
    }

    @Test
    void aNegativeShareIsRejectedEvenWhenThePlanSums() {
        assertInconsistent(from(base).plan(SourceAmounts.ofFen(-10, 160, 150))
                .gap(SourceAmounts.ofFen(0, 60, 0)).excess(SourceAmounts.ofFen(50, 0, 0))
                .backstops(List.of(backstop(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 60))));
    }

    @Test
    void negativeReceiptsAreRejected() {
        assertInconsistent(from(base).received(SourceAmounts.ofFen(-20, 100, 150))
                .gap(SourceAmounts.ofFen(120, 0, 0))
                .backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 120))));
    }

    @Test
    void negativeArrearsAreRejected() {
        assertInconsistent(from(base).uiArrears(Money.ofFen(-1)));
    }

    @Test
    void aGapThatIsNotTheShortfallIsRejected() {
        assertInconsistent(from(base).gap(SourceAmounts.ofFen(59, 0, 0))
                .backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 59))));
        assertInconsistent(from(base).gap(SourceAmounts.ofFen(60, 1, 0))
                .backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 60),
                        backstop(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 1))));
    }

    @Test
    void anExcessThatIsNotTheSurplusIsRejected() {
        assertInconsistent(from(base).excess(SourceAmounts.ofFen(0, 0, 49)));
        assertInconsistent(from(base).excess(SourceAmounts.ofFen(0, 0, 0)));
    }

    @Test
    void aGapWithoutItsBackstopIsRejected() {
        assertInconsistent(from(base).backstops(List.of()));
    }

    @Test
    void aBackstopWithoutAGapIsRejected() {
        assertInconsistent(from(base).addBackstops(backstop(FundingSource.FISCAL, Payer.FINANCE_LOCAL, 1)));
    }

    @Test
    void aBackstopOfTheWrongSourceIsRejected() {
        assertInconsistent(from(base).backstops(List.of(backstop(FundingSource.SOCIAL, Payer.FINANCE_LOCAL, 60))));
    }

    @Test
    void aBackstopOfTheWrongAmountIsRejected() {
        assertInconsistent(from(base).backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 61))));
        assertInconsistent(from(base).backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.FINANCE_LOCAL, 59))));
    }

    @Test
    void aBackstopPaidByTheWrongPayerIsRejected() {
        assertInconsistent(from(base).backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, 60))));
        // the same backstop is right for a Shougang external plant, and wrong for a central enterprise
        from(base).category(FundingCategory.SHOUGANG_EXTERNAL)
                .backstops(List.of(backstop(FundingSource.ENTERPRISE, Payer.SHOUGANG_HQ, 60))).build();
        assertInconsistent(from(base).category(FundingCategory.CENTRAL));
    }

    @Test
    void backstopsOutOfSourceOrderAreRejected() {
        FundingResult two = ThreeThirdsTest.fund(FundingArbitraries.caseOf(FundingCategory.LOCAL)
                .requirement(Money.ofFen(300)).received(SourceAmounts.ofFen(40, 90, 150)).build());
        assertEquals(2, two.backstops().size());
        assertInconsistent(from(two).backstops(List.of(two.backstops().get(1), two.backstops().get(0))));
    }

    @Test
    void aNullValueThrowsNamingTheAttribute() {
        assertEquals("caseId", assertThrows(NullPointerException.class,
                () -> FundingResult.builder().caseId(null)).getMessage());
        assertEquals("plan", assertThrows(NullPointerException.class,
                () -> FundingResult.builder().plan(null)).getMessage());
    }
}
