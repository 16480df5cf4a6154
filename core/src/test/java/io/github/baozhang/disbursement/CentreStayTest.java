package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.Beijing1999;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CentreStayTest {

    private static final ProvinceProfile NATIONAL = ProvinceProfile.national();
    private static final ProvinceProfile BEIJING = Beijing1999.profile();
    private static final LocalDate ENTERED = LocalDate.of(1998, 9, 1);

    static CentreStay.Builder stay() {
        return CentreStay.builder().worker(Worker.of(WorkerTest.ID, "王建国")).enterpriseId(enterprise(1)).enteredOn(ENTERED);
    }

    private final CentreStay signed = stay().agreement(Agreement.of(ENTERED, 36)).build();

    @Test
    void beijingPays361InYearOneAnd301InYearTwoFromJuly1999() {
        assertEquals(Optional.of(Money.parse("295.00")), signed.allowanceDue(YearMonth.of(1999, 6), BEIJING), "before the raise");
        assertEquals(Optional.of(Money.parse("361.00")), signed.allowanceDue(YearMonth.of(1999, 7), BEIJING));
        assertEquals(Optional.of(Money.parse("361.00")), signed.allowanceDue(YearMonth.of(1999, 8), BEIJING));
        assertEquals(Optional.of(Money.parse("301.00")), signed.allowanceDue(YearMonth.of(1999, 9), BEIJING), "year two");
        assertEquals(Optional.of(Money.parse("301.00")), signed.allowanceDue(YearMonth.of(2001, 8), BEIJING), "year three");
        assertEquals(Optional.of(Money.zero()), signed.allowanceDue(YearMonth.of(2001, 9), BEIJING), "the agreement expired");
        assertEquals(Optional.of(Money.zero()), signed.allowanceDue(YearMonth.of(1998, 8), BEIJING), "before entry");
    }

    @Test
    void noAgreementNoAllowance() {
        CentreStay unsigned = stay().build();
        assertTrue(unsigned.isInCentre(YearMonth.of(1999, 7)));
        assertFalse(unsigned.isAllowanceDue(YearMonth.of(1999, 7)));
        assertEquals(Optional.of(Money.zero()), unsigned.allowanceDue(YearMonth.of(1999, 7), BEIJING));
        CentreStay late = stay().agreement(Agreement.of(LocalDate.of(1998, 11, 20), 36)).build();
        assertFalse(late.isAllowanceDue(YearMonth.of(1998, 10)), "in the centre, not yet signed");
        assertTrue(late.isAllowanceDue(YearMonth.of(1998, 11)), "the month of signing counts");
    }

    @Test
    void aDueAllowanceWithNoStandardInForceIsUnknown() {
        assertEquals(Optional.empty(), signed.allowanceDue(YearMonth.of(1998, 12), BEIJING), "Beijing's standards start 1999");
        assertEquals(Optional.empty(), signed.allowanceDue(YearMonth.of(1999, 7), NATIONAL));
    }

    @Test
    void theMonthOfExitCountsUnlessTheExitIsOnItsFirstDay() {
        CentreStay onFirst = stay().agreement(Agreement.of(ENTERED, 36))
                .exit(CentreExit.of(LocalDate.of(2000, 3, 1), ExitReason.RE_EMPLOYED)).build();
        assertTrue(onFirst.isInCentre(YearMonth.of(2000, 2)));
        assertFalse(onFirst.isInCentre(YearMonth.of(2000, 3)));
        assertFalse(onFirst.isAllowanceDue(YearMonth.of(2000, 3)));
        CentreStay onSecond = onFirst.withExit(CentreExit.of(LocalDate.of(2000, 3, 2), ExitReason.RE_EMPLOYED));
        assertTrue(onSecond.isInCentre(YearMonth.of(2000, 3)));
        assertTrue(onSecond.isAllowanceDue(YearMonth.of(2000, 3)));
        assertFalse(onSecond.isInCentre(YearMonth.of(2000, 4)));
        assertFalse(signed.isInCentre(YearMonth.of(1998, 8)));
        assertTrue(signed.isInCentre(YearMonth.of(1998, 9)));
    }

    @Test
    void yearsInTheCentreCountFromTheMonthOfEntry() {
        CentreStay lateInMonth = stay().enteredOn(LocalDate.of(1998, 9, 30)).build();
        assertEquals(1, lateInMonth.yearInCentre(YearMonth.of(1998, 9)));
        assertEquals(1, lateInMonth.yearInCentre(YearMonth.of(1999, 8)));
        assertEquals(2, lateInMonth.yearInCentre(YearMonth.of(1999, 9)));
        assertEquals(3, lateInMonth.yearInCentre(YearMonth.of(2000, 9)));
        assertThrows(IllegalArgumentException.class, () -> lateInMonth.yearInCentre(YearMonth.of(1998, 8)));
    }

    @Test
    void theAgreementCapIs36ThenTheProvincesThenTheLabourContracts() {
        LocalDate signing = LocalDate.of(2000, 3, 10);
        assertEquals(36, signed.maximumAgreementTerm(signing, NATIONAL));
        ProvinceProfile capped = NATIONAL.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), 24));
        assertEquals(24, signed.maximumAgreementTerm(signing, capped));
        assertEquals(36, signed.maximumAgreementTerm(LocalDate.of(1999, 12, 31), capped));
        CentreStay contract = signed.withLabourContractEndsOn(LocalDate.of(2001, 3, 9));
        assertEquals(24, contract.maximumAgreementTerm(signing, capped), "the contract is not applied unless the profile says so");
        ProvinceProfile byContract = capped.withAgreementCappedAtLabourContract(true);
        assertEquals(11, contract.maximumAgreementTerm(signing, byContract), "11 whole months to 2001-03-09");
        assertEquals(12, contract.withLabourContractEndsOn(LocalDate.of(2001, 3, 10)).maximumAgreementTerm(signing, byContract));
        assertEquals(24, contract.withLabourContractEndsOn(LocalDate.of(2005, 1, 1)).maximumAgreementTerm(signing, byContract));
        assertEquals(0, contract.withLabourContractEndsOn(LocalDate.of(1999, 1, 1)).maximumAgreementTerm(signing, byContract),
                "never below zero");
        assertEquals(24, signed.maximumAgreementTerm(signing, byContract), "no contract end known");
    }

    @Test
    void anExpiredAgreementLeadsToUnemploymentInsurance() {
        CentreStay expired = signed.withExit(CentreExit.of(LocalDate.of(2001, 9, 1), ExitReason.AGREEMENT_EXPIRED));
        assertEquals(OptionalInt.of(18), expired.unemploymentInsuranceMonths(7));
        assertEquals(OptionalInt.of(0), expired.unemploymentInsuranceMonths(0));
        assertEquals(OptionalInt.empty(), signed.unemploymentInsuranceMonths(7), "still in the centre");
        assertEquals(OptionalInt.empty(),
                signed.withExit(CentreExit.of(LocalDate.of(2000, 1, 1), ExitReason.RE_EMPLOYED)).unemploymentInsuranceMonths(7));
        assertThrows(IllegalArgumentException.class, () -> expired.unemploymentInsuranceMonths(-1));
    }

    @Test
    void aSoundStayHasNoViolation() {
        assertEquals(List.of(), signed.check(NATIONAL));
        assertEquals(List.of(), stay().build().check(NATIONAL));
        assertEquals(List.of(), signed.withExit(CentreExit.of(ENTERED, ExitReason.RETIRED)).check(NATIONAL), "exit on the day of entry");
        assertEquals(List.of(), stay().enteredOn(LocalDate.of(2000, 12, 31)).build().check(NATIONAL));
    }

    @Test
    void everyViolationInOrderWithFieldAndArguments() {
        LocalDate entered = LocalDate.of(2001, 1, 1);
        CentreStay bad = stay().enteredOn(entered)
                .agreement(Agreement.of(LocalDate.of(2000, 12, 1), 30))
                .exit(CentreExit.of(LocalDate.of(2000, 6, 1), ExitReason.RE_EMPLOYED))
                .build();
        ProvinceProfile capped = NATIONAL.withAgreementCaps(Timeline.of(LocalDate.of(2000, 1, 1), 24));
        List<Violation> v = bad.check(capped);
        assertEquals(List.of(ProblemCode.CENTRE_ENTRY_AFTER_CLOSE, ProblemCode.AGREEMENT_BEFORE_ENTRY,
                ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE, ProblemCode.CENTRE_EXIT_BEFORE_ENTRY),
                v.stream().map(Violation::code).collect(Collectors.toList()));
        assertEquals(List.of("centreEnteredOn", "agreementSignedOn", "agreementTermMonths", "exitedOn"),
                v.stream().map(x -> x.location().field().orElseThrow()).collect(Collectors.toList()));
        assertEquals(Map.of("centreEnteredOn", "2001-01-01", "closedFrom", "2001-01-01"), v.get(0).arguments());
        assertEquals(Map.of("agreementSignedOn", "2000-12-01", "centreEnteredOn", "2001-01-01"), v.get(1).arguments());
        assertEquals(Map.of("months", "30", "max", "24"), v.get(2).arguments());
        assertEquals(Map.of("exitedOn", "2000-06-01", "centreEnteredOn", "2001-01-01"), v.get(3).arguments());
    }

    @Test
    void aTermAtTheCapPassesAndOneAboveFails() {
        ProvinceProfile capped = NATIONAL.withAgreementCaps(Timeline.of(LocalDate.of(1998, 1, 1), 24));
        assertEquals(List.of(), stay().agreement(Agreement.of(ENTERED, 24)).build().check(capped));
        assertEquals(List.of(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE),
                stay().agreement(Agreement.of(ENTERED, 25)).build().check(capped).stream().map(Violation::code)
                        .collect(Collectors.toList()));
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> signed.isInCentre(null));
        assertThrows(NullPointerException.class, () -> signed.yearInCentre(null));
        assertThrows(NullPointerException.class, () -> signed.allowanceDue(YearMonth.of(1999, 1), null));
        assertThrows(NullPointerException.class, () -> signed.maximumAgreementTerm(null, NATIONAL));
        assertThrows(NullPointerException.class, () -> signed.check(null));
        assertThrows(IllegalStateException.class, () -> CentreStay.builder().build());
    }
}
