package io.github.baozhang.reporting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TablesTest {

    @Test
    void percentagesAreBasisPointsWithTwoDecimals() {
        assertEquals("0.00%", Tables.percent(BasisPoints.of(0)));
        assertEquals("0.05%", Tables.percent(BasisPoints.of(5)));
        assertEquals("95.12%", Tables.percent(BasisPoints.of(9512)));
        assertEquals("100.00%", Tables.percent(BasisPoints.of(10000)));
        assertEquals("10000.00%", Tables.percent(BasisPoints.of(1_000_000)));
    }

    @Test
    void exactTotalsBeyondTheLongRangeAreYuan() {
        assertEquals("184467440737095516.14",
                Tables.yuan(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO)));
    }

    @Property
    void exactYuanAgreesWithMoney(@ForAll long fen) {
        assertEquals(Money.ofFen(fen).toString(), Tables.yuan(BigInteger.valueOf(fen)));
    }
}
