package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.BasisPoints;
import org.junit.jupiter.api.Test;

class ArrivalRatesTest {

    private static final BasisPoints E = BasisPoints.of(5_000);
    private static final BasisPoints S = BasisPoints.of(10_000);
    private static final BasisPoints F = BasisPoints.of(1_000_000);
    private static final BasisPoints O = BasisPoints.of(7_499);

    private final ArrivalRates rates = ArrivalRates.of(E, S, F, O);

    @Test
    void eachSourceHasItsOwnRateBesideTheOverallRate() {
        assertEquals(E, rates.enterprise());
        assertEquals(S, rates.social());
        assertEquals(F, rates.fiscal());
        assertEquals(O, rates.overall());
        assertEquals(E, rates.get(FundingSource.ENTERPRISE));
        assertEquals(S, rates.get(FundingSource.SOCIAL));
        assertEquals(F, rates.get(FundingSource.FISCAL));
    }

    @Test
    void equalRatesAreEqualWithEqualHashCodes() {
        ArrivalRates same = ArrivalRates.of(BasisPoints.of(5_000), BasisPoints.of(10_000),
                BasisPoints.of(1_000_000), BasisPoints.of(7_499));
        assertTrue(rates.equals(rates));
        assertTrue(rates.equals(same));
        assertEquals(rates.hashCode(), same.hashCode());
    }

    @Test
    void ratesDifferingInAnyPlaceAreNotEqual() {
        BasisPoints other = BasisPoints.of(1);
        assertNotEquals(rates, ArrivalRates.of(other, S, F, O));
        assertNotEquals(rates, ArrivalRates.of(E, other, F, O));
        assertNotEquals(rates, ArrivalRates.of(E, S, other, O));
        assertNotEquals(rates, ArrivalRates.of(E, S, F, other));
        assertNotEquals(rates.hashCode(), ArrivalRates.of(O, F, S, E).hashCode());
        assertFalse(rates.equals(null));
        assertFalse(rates.equals(E));
    }

    @Test
    void toStringNamesEachRate() {
        assertEquals("ArrivalRates{enterprise=5000bp, social=10000bp, fiscal=1000000bp, overall=7499bp}",
                rates.toString());
    }

    @Test
    void nullArgumentsThrowNamingTheParameter() {
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> ArrivalRates.of(null, S, F, O)).getMessage());
        assertEquals("social", assertThrows(NullPointerException.class,
                () -> ArrivalRates.of(E, null, F, O)).getMessage());
        assertEquals("fiscal", assertThrows(NullPointerException.class,
                () -> ArrivalRates.of(E, S, null, O)).getMessage());
        assertEquals("overall", assertThrows(NullPointerException.class,
                () -> ArrivalRates.of(E, S, F, null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> rates.get(null)).getMessage());
    }
}
