package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** No agreement, no allowance; an agreement pays for exactly its term while the worker stays. */
class CentreStayProperties {

    private static final LocalDate START = LocalDate.of(1998, 1, 1);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 4 * 365).map(START::plusDays);
    }

    @Property
    void withoutAnAgreementNoMonthIsDue(@ForAll("dates") LocalDate entered, @ForAll @IntRange(min = 0, max = 80) int offset) {
        CentreStay stay = CentreStayTest.stay().enteredOn(entered).build();
        assertFalse(stay.isAllowanceDue(YearMonth.from(entered).plusMonths(offset)));
    }

    @Property
    void anAgreementSignedOnEntryPaysExactlyItsTermWhenTheWorkerStays(@ForAll("dates") LocalDate entered,
            @ForAll @IntRange(min = 1, max = 36) int term) {
        CentreStay stay = CentreStayTest.stay().enteredOn(entered).agreement(Agreement.of(entered, term)).build();
        int due = 0;
        for (int m = -3; m < 45; m++) {
            if (stay.isAllowanceDue(YearMonth.from(entered).plusMonths(m))) {
                due++;
            }
        }
        assertEquals(term, due);
    }

    @Property
    void dueMonthsAreTheMonthsBothInTheCentreAndCoveredByTheAgreement(@ForAll("dates") LocalDate entered,
            @ForAll("dates") LocalDate signed, @ForAll("dates") LocalDate exit, @ForAll @IntRange(min = 1, max = 36) int term) {
        CentreStay stay = CentreStayTest.stay().enteredOn(entered).agreement(Agreement.of(signed, term))
                .exit(CentreExit.of(exit, ExitReason.RE_EMPLOYED)).build();
        for (YearMonth p = YearMonth.of(1997, 10); p.isBefore(YearMonth.of(2005, 6)); p = p.plusMonths(1)) {
            boolean inCentre = !p.isBefore(YearMonth.from(entered)) && p.atDay(1).isBefore(exit);
            boolean covered = !p.isBefore(YearMonth.from(signed)) && p.isBefore(YearMonth.from(signed).plusMonths(term));
            assertEquals(inCentre && covered, stay.isAllowanceDue(p), p::toString);
        }
    }

    @Property
    void theYearInTheCentreRisesByOneEveryTwelveMonths(@ForAll("dates") LocalDate entered,
            @ForAll @IntRange(min = 0, max = 100) int offset) {
        CentreStay stay = CentreStayTest.stay().enteredOn(entered).build();
        YearMonth p = YearMonth.from(entered).plusMonths(offset);
        assertEquals(offset / 12 + 1, stay.yearInCentre(p));
        assertEquals(stay.yearInCentre(p) + 1, stay.yearInCentre(p.plusMonths(12)));
    }
}
