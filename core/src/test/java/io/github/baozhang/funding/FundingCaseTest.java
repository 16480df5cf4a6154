package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingCaseTest {

    private FundingCase minimal() {
        return FundingCase.builder().id("hb-001").affiliation(Affiliation.LOCAL).period(YearMonth.of(1999, 12))
                .requirement(Money.ofFen(300)).build();
    }

    @Test
    void theDefaultsAreThoseOfTheInterchangeFormat() {
        FundingCase c = minimal();
        assertFalse(c.shougangExternal());
        assertEquals(Ratio.ONE_THIRD, c.enterpriseRatio());
        assertEquals(SourceAmounts.zero(), c.received());
        assertEquals(Money.zero(), c.uiArrears());
        assertEquals(Optional.empty(), c.perWorker());
    }

    @Test
    void aCaseHoldsWhatItsSenderSaid() {
        PerWorkerCost cost = PerWorkerCost.of(1, 1, Money.ofFen(200), Money.ofFen(100));
        FundingCase c = FundingCase.builder().id("sg-7").affiliation(Affiliation.LOCAL).shougangExternal(true)
                .period(YearMonth.of(2000, 3)).requirement(Money.ofFen(300)).perWorker(cost)
                .enterpriseRatio(Ratio.of(1, 2)).received(SourceAmounts.ofFen(1, 2, 3)).uiArrears(Money.ofFen(9))
                .build();
        assertEquals("sg-7", c.id());
        assertEquals(Affiliation.LOCAL, c.affiliation());
        assertTrue(c.shougangExternal());
        assertEquals(YearMonth.of(2000, 3), c.period());
        assertEquals(Optional.of(Money.ofFen(300)), c.requirement());
        assertEquals(Optional.of(cost), c.perWorker());
        assertEquals(Ratio.of(1, 2), c.enterpriseRatio());
        assertEquals(SourceAmounts.ofFen(1, 2, 3), c.received());
        assertEquals(Money.ofFen(9), c.uiArrears());
    }

    @Test
    void invalidValuesAreHeldForTheCheckToReport() {
        FundingCase c = FundingCase.builder().id("").affiliation(Affiliation.CENTRAL).shougangExternal(true)
                .period(YearMonth.of(1999, 12)).requirement(Money.ofFen(-1)).enterpriseRatio(Ratio.of(3, 4))
                .received(SourceAmounts.ofFen(-1, -1, -1)).uiArrears(Money.ofFen(-1)).build();
        assertEquals(Money.ofFen(-1), c.requirement().orElseThrow());
        assertEquals(Ratio.of(3, 4), c.enterpriseRatio());
    }

    @Test
    void withMethodsCopyWithOneValueChanged() {
        FundingCase c = minimal();
        FundingCase half = c.withEnterpriseRatio(Ratio.of(1, 2));
        assertEquals(Ratio.of(1, 2), half.enterpriseRatio());
        assertEquals(Ratio.ONE_THIRD, c.enterpriseRatio());
        assertEquals(SourceAmounts.ofFen(1, 2, 3), c.withReceived(SourceAmounts.ofFen(1, 2, 3)).received());
        assertEquals(Money.ofFen(5), c.withUiArrears(Money.ofFen(5)).uiArrears());
        assertEquals(c, c.withUiArrears(Money.zero()));
        assertNotEquals(c, half);
        assertEquals(c.id(), half.id());
    }

    @Test
    void equalCasesAreEqual() {
        assertEquals(minimal(), minimal());
        assertEquals(minimal().hashCode(), minimal().hashCode());
        assertTrue(minimal().toString().startsWith("FundingCase{id=hb-001, affiliation=LOCAL"), minimal()::toString);
    }

    @Test
    void anIdAnAffiliationAndAPeriodAreRequired() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> FundingCase.builder().build());
        assertTrue(e.getMessage().contains("[id, affiliation, period]"), e.getMessage());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        FundingCase.Builder b = FundingCase.builder();
        assertEquals("id", assertThrows(NullPointerException.class, () -> b.id(null)).getMessage());
        assertEquals("affiliation", assertThrows(NullPointerException.class, () -> b.affiliation(null)).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class, () -> b.period(null)).getMessage());
        assertEquals("enterpriseRatio", assertThrows(NullPointerException.class,
                () -> b.enterpriseRatio(null)).getMessage());
        assertEquals("received", assertThrows(NullPointerException.class, () -> b.received(null)).getMessage());
        assertEquals("uiArrears", assertThrows(NullPointerException.class, () -> b.uiArrears(null)).getMessage());
        assertEquals("requirement", assertThrows(NullPointerException.class,
                () -> b.requirement((Money) null)).getMessage());
        assertEquals("enterpriseRatio", assertThrows(NullPointerException.class,
                () -> minimal().withEnterpriseRatio(null)).getMessage());
    }
}
