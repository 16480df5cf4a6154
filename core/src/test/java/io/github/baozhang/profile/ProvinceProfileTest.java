package io.github.baozhang.profile;

import static io.github.baozhang.profile.Beijing1999.yuan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvinceProfileTest {

    private final ProvinceProfile national = ProvinceProfile.national();
    private final ProvinceProfile beijing = Beijing1999.profile();

    @Test
    void theNationalProfileHasTheDocumentedDefaults() {
        assertEquals("national", national.name());
        assertEquals(Optional.empty(), national.province());
        assertTrue(national.allowanceStandards().isEmpty(), "each province sets its own allowance");
        assertEquals(15, national.payDay());
        assertEquals(5, national.reportDueDay());
        assertEquals(36, national.agreementCapOn(LocalDate.of(1999, 1, 1)));
        assertFalse(national.agreementCappedAtLabourContract());
        assertSame(HolidayCalendar.weekendsOnly(), national.calendar());
        assertEquals(MonitoredRegions.notice1999(), national.monitoredRegions());
        assertEquals(LocalDate.of(2001, 1, 1), national.noNewCentresFrom());
        assertEquals(15, national.postingGraceDays());
        assertSame(national, ProvinceProfile.national());
    }

    @Test
    void aProfileBuiltFromItsNameAloneHasTheDefaults() {
        ProvinceProfile p = ProvinceProfile.builder().name("x").build();
        assertEquals(ProvinceProfile.DEFAULT_PAY_DAY, p.payDay());
        assertEquals(15, p.payDay());
        assertEquals(5, p.reportDueDay());
        assertEquals(15, p.postingGraceDays());
        assertFalse(p.agreementCappedAtLabourContract());
        assertTrue(p.allowanceStandards().isEmpty());
        assertTrue(p.contributionPolicies().isEmpty());
        assertTrue(p.agreementCaps().isEmpty());
        assertTrue(p.averageMonthlyWages().isEmpty());
        assertSame(HolidayCalendar.weekendsOnly(), p.calendar());
        assertEquals(MonitoredRegions.notice1999(), p.monitoredRegions());
        assertEquals(LocalDate.of(2001, 1, 1), p.noNewCentresFrom());
        assertEquals(Optional.empty(), p.province());
        assertEquals(LocalDate.of(1999, 7, 30), p.postingDeadline(YearMonth.of(1999, 7)));
        assertTrue(p.withAgreementCappedAtLabourContract(true).agreementCappedAtLabourContract());
    }

    @Test
    void theNationalWagesAreTheAnnualWagesOverTwelveRoundedHalfUp() {
        assertEquals(Map.of(Year.of(1998), Money.parse("623.25"), Year.of(1999), Money.parse("695.50"),
                Year.of(2000), Money.parse("780.92")), national.averageMonthlyWages());
        assertEquals(List.of(Year.of(1998), Year.of(1999), Year.of(2000)), List.copyOf(national.averageMonthlyWages().keySet()));
        assertEquals(Money.parse("780.92"), Money.parse("9371.00").multipliedBy(io.github.baozhang.money.Ratio.of(1, 12),
                java.math.RoundingMode.HALF_UP));
    }

    @Test
    void theNationalPersonalPensionRateRisesOnePointEveryTwoYearsFrom1998() {
        long[][] expected = {{1997, 400}, {1998, 500}, {1999, 500}, {2000, 600}, {2002, 700}, {2003, 700}, {2004, 800}, {2010, 800}};
        for (long[] e : expected) {
            ContributionPolicy p = national.contributionPolicies().at(LocalDate.of((int) e[0], 6, 1)).orElseThrow();
            assertEquals(BasisPoints.of(e[1]), p.rate(ContributionPart.PENSION_PERSONAL), () -> "in " + e[0]);
            assertEquals(BasisPoints.of(2000), p.rate(ContributionPart.PENSION_EMPLOYER));
            assertEquals(BasisPoints.of(600), p.rate(ContributionPart.MEDICAL_EMPLOYER));
            assertEquals(BasisPoints.of(200), p.rate(ContributionPart.MEDICAL_PERSONAL));
            assertEquals(BasisPoints.of(200), p.rate(ContributionPart.UNEMPLOYMENT_EMPLOYER));
            assertEquals(BasisPoints.of(100), p.rate(ContributionPart.UNEMPLOYMENT_PERSONAL));
            assertEquals(BasisPoints.of(6000), p.baseShare());
        }
        assertEquals(Optional.empty(), national.contributionPolicies().at(LocalDate.of(1996, 12, 31)));
        assertEquals(5, national.contributionPolicies().entries().size());
    }

    @Test
    void contributionsOfAMonthUseThePolicyInForceAndTheWageOfTheYearBefore() {
        assertEquals(Money.parse("134.63"), national.contributionsFor(YearMonth.of(1999, 7)).orElseThrow().total());
        // 2000: base 60 % of 695.50 = 417.30; personal pension 6 %
        Contributions c = national.contributionsFor(YearMonth.of(2000, 1)).orElseThrow();
        assertEquals(Money.parse("417.30"), c.base());
        assertEquals(Money.parse("25.04"), c.part(ContributionPart.PENSION_PERSONAL));
        assertEquals(Optional.empty(), national.contributionsFor(YearMonth.of(1998, 12)), "no 1997 wage");
        assertEquals(Optional.empty(), national.contributionsFor(YearMonth.of(2002, 1)), "no 2001 wage");
        assertEquals(Optional.empty(), ProvinceProfile.builder().name("x").build().contributionsFor(YearMonth.of(1999, 1)),
                "no policy");
        assertEquals(Optional.empty(), ProvinceProfile.builder().name("x").putAverageMonthlyWages(Year.of(1998), yuan(1))
                .build().contributionsFor(YearMonth.of(1999, 1)), "a wage but no policy");
    }

    @Test
    void beijing1999ExpressesTheRaiseAsTwoEffectiveEntries() {
        assertEquals(AllowanceLadder.of(yuan(295), yuan(235)),
                beijing.allowanceStandardFor(YearMonth.of(1999, 6)).orElseThrow().ladder());
        AllowanceLadder july = beijing.allowanceStandardFor(YearMonth.of(1999, 7)).orElseThrow().ladder();
        assertEquals(yuan(361), july.forYearInCentre(1));
        assertEquals(yuan(301), july.forYearInCentre(2));
        assertEquals(Optional.empty(), beijing.allowanceStandardFor(YearMonth.of(1998, 12)));
        assertEquals(Money.parse("156.16"), beijing.contributionsFor(YearMonth.of(1999, 7)).orElseThrow().total());
        assertEquals(List.of(), beijing.check());
        assertEquals(Optional.of(DivisionCode.parse("110000")), beijing.province());
    }

    @Test
    void thePayDateIsTheDayOfThePeriodsMonthAndNeverMoves() {
        assertEquals(LocalDate.of(1999, 10, 15), national.payDate(YearMonth.of(1999, 10)));
        assertEquals(LocalDate.of(2000, 1, 15), national.payDate(YearMonth.of(2000, 1)), "a Saturday: it does not move");
        ProvinceProfile late = national.withPayDay(31);
        assertEquals(LocalDate.of(2000, 2, 29), late.payDate(YearMonth.of(2000, 2)), "the month's last day");
        assertEquals(LocalDate.of(1999, 2, 28), late.payDate(YearMonth.of(1999, 2)));
        assertEquals(LocalDate.of(1999, 3, 31), late.payDate(YearMonth.of(1999, 3)));
        assertEquals(LocalDate.of(1999, 3, 1), national.withPayDay(1).payDate(YearMonth.of(1999, 3)));
    }

    @Test
    void theReportIsDueOnTheFifthOfTheNextMonthMovedToAWorkingDay() {
        assertEquals(LocalDate.of(1999, 8, 5), national.reportDueDate(YearMonth.of(1999, 7)), "a Thursday");
        assertEquals(LocalDate.of(2000, 2, 7), national.reportDueDate(YearMonth.of(2000, 1)), "the 5th is a Saturday");
        assertEquals(LocalDate.of(2000, 1, 5), national.reportDueDate(YearMonth.of(1999, 12)), "across the year");
        ProvinceProfile withHoliday = national.withCalendar(HolidayCalendarTest.nationalDay1999());
        assertEquals(LocalDate.of(1999, 10, 8), withHoliday.reportDueDate(YearMonth.of(1999, 9)));
        assertEquals(LocalDate.of(1999, 3, 1), national.withReportDueDay(31).reportDueDate(YearMonth.of(1999, 1)),
                "28 February 1999 is a Sunday");
    }

    @Test
    void thePostingDeadlineIsThePayDatePlusTheGraceDays() {
        assertEquals(LocalDate.of(1999, 7, 30), national.postingDeadline(YearMonth.of(1999, 7)));
        assertEquals(LocalDate.of(1999, 7, 15), national.withPostingGraceDays(0).postingDeadline(YearMonth.of(1999, 7)));
    }

    @Test
    void aProvinceMayCapAgreementsLowerFromADate() {
        ProvinceProfile p = national.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), 24));
        assertEquals(36, p.agreementCapOn(LocalDate.of(1999, 12, 31)));
        assertEquals(24, p.agreementCapOn(LocalDate.of(2000, 1, 1)));
    }

    @Test
    void centresTakeNewWorkersUntil2001() {
        assertTrue(national.acceptsCentreEntryOn(LocalDate.of(2000, 12, 31)));
        assertFalse(national.acceptsCentreEntryOn(LocalDate.of(2001, 1, 1)));
        assertFalse(national.acceptsCentreEntryOn(LocalDate.of(2003, 5, 1)));
    }

    @Test
    void checkLocatesEachStandardsViolationsByEntry() {
        AllowanceStandard bad = AllowanceStandard.of(AllowanceLadder.of(yuan(250), yuan(400)), yuan(290), yuan(400), yuan(273));
        ProvinceProfile p = beijing.withAllowanceStandards(beijing.allowanceStandards().plus(LocalDate.of(2000, 1, 1), bad));
        List<Violation> v = p.check();
        assertEquals(List.of(
                Location.ofField("allowanceStandards[2].ladder[0]"),
                Location.ofField("allowanceStandards[2].ladder[1]"),
                Location.ofField("allowanceStandards[2].ladder[1]")),
                v.stream().map(Violation::location).collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of(ProblemCode.ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT, ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE,
                ProblemCode.ALLOWANCE_LADDER_INCREASING),
                v.stream().map(Violation::code).collect(java.util.stream.Collectors.toList()));
        assertEquals(List.of(), national.check());
    }

    @Test
    void daysOfTheMonthRunFromOneTo31() {
        for (int bad : new int[] {0, 32, -1}) {
            InvalidValueException e = assertThrows(InvalidValueException.class, () -> national.withPayDay(bad));
            assertEquals(ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE, e.code());
            assertEquals(Map.of("value", Integer.toString(bad)), e.arguments());
            assertEquals(ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE,
                    assertThrows(InvalidValueException.class, () -> national.withReportDueDay(bad)).code());
        }
        assertEquals(1, national.withPayDay(1).payDay());
        assertEquals(31, national.withReportDueDay(31).reportDueDay());
    }

    @Test
    void capsRunFromOneTo36Months() {
        for (int bad : new int[] {0, 37}) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> national.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), bad)));
            assertEquals(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, e.code());
            assertEquals(Map.of("months", Integer.toString(bad), "max", "36"), e.arguments());
        }
        assertEquals(1, national.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), 1)).agreementCapOn(LocalDate.of(2001, 1, 1)));
        assertEquals(36, national.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), 36)).agreementCapOn(LocalDate.of(2001, 1, 1)));
    }

    @Test
    void otherInvariants() {
        assertEquals(ProblemCode.VALUE_NEGATIVE, assertThrows(InvalidValueException.class,
                () -> national.withPostingGraceDays(-1)).code());
        assertEquals(ProblemCode.VALUE_NEGATIVE, assertThrows(InvalidValueException.class,
                () -> ProvinceProfile.builder().name("x").putAverageMonthlyWages(Year.of(1999), Money.ofFen(-1)).build()).code());
        InvalidValueException level = assertThrows(InvalidValueException.class,
                () -> national.withProvince(DivisionCode.parse("110100")));
        assertEquals(ProblemCode.DIVISION_CODE_LEVEL, level.code());
        assertEquals(Map.of("code", "110100", "level", "PREFECTURE", "expected", "PROVINCE"), level.arguments());
        assertThrows(IllegalArgumentException.class, () -> national.withName(" "));
        assertThrows(IllegalArgumentException.class, () -> national.withName(""));
        assertEquals("x", national.withName("x").name());
    }
}
