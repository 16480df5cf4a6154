package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The record value: what fits the layout, equality, a masked toString. */
class LegacyWorkerRowTest {

    private static final CitizenId ID = CitizenId.parse("110105196503041235");
    private static final OrganizationCode ENTERPRISE = OrganizationCode.parse("D2143569X");
    private static final Money FEN = Money.ofFen(24000);
    private static final Optional<LocalDate> PAID = Optional.of(LocalDate.of(1999, 7, 10));

    private static LegacyWorkerRow row(String name, Money amount, Optional<LocalDate> paidOn) {
        return LegacyWorkerRow.of(YearMonth.of(1999, 7), ENTERPRISE, ID, name, amount, amount, amount, amount, paidOn);
    }

    @Test
    void aNameMustFitTwentyBytesOfGbkWithoutSurroundingSpaces() {
        assertEquals("欧阳建国", row("欧阳建国", FEN, PAID).name());
        assertEquals("一二三四五六七八九十", row("一二三四五六七八九十", FEN, PAID).name());
        assertThrows(IllegalArgumentException.class, () -> row("一二三四五六七八九十一", FEN, PAID));
        assertThrows(IllegalArgumentException.class, () -> row(" 王建国", FEN, PAID));
        assertThrows(IllegalArgumentException.class, () -> row("  ", FEN, PAID));
        assertThrows(IllegalArgumentException.class, () -> row("王\uD83D\uDE00", FEN, PAID));
    }

    @Test
    void anAmountMustFitTwelveDigitsOfFen() {
        assertEquals(FixedWidthLayout.MAX_FEN, row("王建国", Money.ofFen(FixedWidthLayout.MAX_FEN), PAID).allowanceDue().fen());
        assertThrows(IllegalArgumentException.class, () -> row("王建国", Money.ofFen(FixedWidthLayout.MAX_FEN + 1), PAID));
        assertThrows(IllegalArgumentException.class, () -> row("王建国", Money.ofFen(-1), PAID));
    }

    @Test
    void somethingPaidNeedsADate() {
        assertThrows(IllegalArgumentException.class, () -> row("王建国", FEN, Optional.empty()));
        assertEquals(Optional.empty(), row("王建国", Money.zero(), Optional.empty()).paidOn());
    }

    @Test
    void datesMustFitFourDigitYears() {
        assertThrows(IllegalArgumentException.class, () -> LegacyWorkerRow.of(YearMonth.of(10000, 1), ENTERPRISE, ID, "王建国",
                FEN, FEN, FEN, FEN, PAID));
        assertThrows(IllegalArgumentException.class, () -> row("王建国", FEN, Optional.of(LocalDate.of(0, 1, 1))));
    }

    @Test
    void equalRecordsAreEqualAndToStringMasksTheWorker() {
        LegacyWorkerRow a = row("王建国", FEN, PAID);
        assertEquals(a, row("王建国", FEN, PAID));
        assertEquals(a.hashCode(), row("王建国", FEN, PAID).hashCode());
        assertFalse(a.equals(row("王建华", FEN, PAID)));
        assertFalse(a.toString().contains("110105196503041235"), a::toString);
        assertFalse(a.toString().contains("建国"), a::toString);
        assertTrue(a.toString().contains("D2143569X"), a::toString);
    }
}
