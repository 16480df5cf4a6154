package io.github.baozhang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MonthlyReportTest {

    static MonthlyReport.Builder sample() {
        return MonthlyReport.builder()
                .enterpriseId(OrganizationCode.parse("D2143569-X"))
                .period(YearMonth.of(1999, 12))
                .revision(1)
                .submittedAt(OffsetDateTime.of(2000, 1, 4, 9, 0, 0, 0, ZoneOffset.ofHours(8)))
                .submittedBy(DivisionCode.parse("130100"))
                .laidOffWorkers(2000).inCentre(1900).agreementsSigned(1850)
                .allowance(Payment.of(Money.ofFen(66_785_000), Money.ofFen(66_785_000), Optional.of(LocalDate.of(1999, 12, 10))))
                .contributions(Payment.of(Money.ofFen(28_889_600), Money.ofFen(20_000_000)))
                .funds(FundsReport.of(SourceAmounts.ofFen(31_891_534, 31_891_533, 31_891_533),
                        SourceAmounts.ofFen(10_000_000, 31_891_533, 31_891_533)))
                .postedPublicly(true).reemployed(12).leftCentre(15).incidents(0);
    }

    @Test
    void aReportCarriesEveryInterchangeField() {
        MonthlyReport r = sample().build();
        assertEquals("D2143569X", r.enterpriseId().toString());
        assertEquals(YearMonth.of(1999, 12), r.period());
        assertEquals(Optional.of(DivisionCode.parse("130100")), r.submittedBy());
        assertEquals(1900, r.inCentre());
        assertTrue(r.allowance().isInFull());
        assertFalse(r.contributions().isInFull());
        assertEquals(Money.ofFen(10_000_000), r.funds().received().enterprise());
    }

    @Test
    void theRevisionIsOneOrMore() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> sample().revision(0).build());
        assertEquals(ProblemCode.REPORT_REVISION_INVALID, e.code());
        assertEquals("0", e.arguments().get("revision"));
        assertEquals(2, sample().revision(2).build().revision());
    }

    @Test
    void everyCountAndFundIsZeroOrMore() {
        for (UnaryOperator<MonthlyReport.Builder> bad : java.util.List.<UnaryOperator<MonthlyReport.Builder>>of(
                b -> b.laidOffWorkers(-1), b -> b.inCentre(-1), b -> b.agreementsSigned(-1),
                b -> b.reemployed(-1), b -> b.leftCentre(-1), b -> b.incidents(-1),
                b -> b.funds(FundsReport.of(SourceAmounts.ofFen(0, -1, 0), SourceAmounts.zero())),
                b -> b.funds(FundsReport.of(SourceAmounts.zero(), SourceAmounts.ofFen(0, 0, -1))))) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> bad.apply(sample()).build());
            assertEquals(ProblemCode.VALUE_NEGATIVE, e.code());
            assertEquals("-1", e.arguments().get("value"));
        }
    }

    @Test
    void sameContentIgnoresOnlyWhenAndByWhom() {
        MonthlyReport first = sample().build();
        MonthlyReport resent = first.withSubmittedAt(first.submittedAt().plusDays(1)).withSubmittedBy(Optional.empty());
        assertNotEquals(first, resent);
        assertTrue(first.sameContentAs(resent));
        assertTrue(resent.sameContentAs(first));
        assertFalse(first.sameContentAs(first.withRevision(2)));
        assertFalse(first.sameContentAs(sample().inCentre(1899).build()));
        assertFalse(first.sameContentAs(sample().postedPublicly(false).build()));
    }

    @Property
    void sameContentIsAnEquivalenceOnContent(@ForAll @IntRange(min = 0, max = 3) int a, @ForAll @IntRange(min = 0, max = 3) int b,
            @ForAll @IntRange(min = 0, max = 48) int hours) {
        MonthlyReport x = sample().incidents(a).build();
        MonthlyReport y = sample().incidents(b).build().withSubmittedAt(x.submittedAt().plusHours(hours));
        assertEquals(a == b, x.sameContentAs(y));
        assertEquals(x.sameContentAs(y), y.sameContentAs(x));
        assertTrue(x.sameContentAs(x));
    }

    @Test
    void fundsReportValueSemantics() {
        FundsReport f = FundsReport.of(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(0, 2, 3));
        assertEquals(f, FundsReport.of(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(0, 2, 3)));
        assertEquals(f.hashCode(), FundsReport.of(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(0, 2, 3)).hashCode());
        assertNotEquals(f, FundsReport.none());
        assertNotEquals(f, FundsReport.of(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(1, 2, 3)));
        assertNotEquals(f, new Object());
        assertEquals(SourceAmounts.zero(), FundsReport.none().plan());
        assertEquals("{plan={enterprise=0.01, social=0.02, fiscal=0.03}, received={enterprise=0.00, social=0.02, fiscal=0.03}}",
                f.toString());
        assertThrows(NullPointerException.class, () -> FundsReport.of(null, SourceAmounts.zero()));
        assertThrows(NullPointerException.class, () -> FundsReport.of(SourceAmounts.zero(), null));
    }
}
