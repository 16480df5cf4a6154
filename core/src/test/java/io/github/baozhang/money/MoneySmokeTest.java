package io.github.baozhang.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MoneySmokeTest {
    @Test
    void formats() {
        assertEquals("1234.56", Money.ofFen(123456).toString());
    }

    @Property(tries = 100)
    void roundTrips(@ForAll long fen) {
        assertEquals(Money.ofFen(fen), Money.parse(Money.ofFen(fen).toString()));
    }
}
