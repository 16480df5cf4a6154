package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisbursementRecordTest {

    static final YearMonth JULY = YearMonth.of(1999, 7);
    static final LocalDate PAY_DAY = LocalDate.of(1999, 7, 15);

    static DisbursementRecord.Builder record() {
        return DisbursementRecord.builder()
                .worker(Worker.of(WorkerTest.ID, "王建国"))
                .enterpriseId(enterprise(1))
                .period(JULY)
                .allowance(Payment.ofFen(36_100, 36_100, LocalDate.of(1999, 7, 10)))
                .contributions(Payment.ofFen(15_616, 15_616))
                .centreEnteredOn(LocalDate.of(1998, 9, 1))
                .agreementSignedOn(LocalDate.of(1998, 9, 1));
    }

    @Test
    void paidOnOrBeforeThePayDayIsOnTime() {
        assertTrue(record().build().isOnTime(PAY_DAY));
        assertTrue(record().allowance(Payment.ofFen(36_100, 36_100, PAY_DAY)).build().isOnTime(PAY_DAY));
        assertFalse(record().allowance(Payment.ofFen(36_100, 36_100, PAY_DAY.plusDays(1))).build().isOnTime(PAY_DAY));
        assertTrue(record().build().isOnTime(ProvinceProfile.national()));
        assertFalse(record().allowance(Payment.ofFen(36_100, 36_100, LocalDate.of(1999, 7, 16))).build()
                .isOnTime(ProvinceProfile.national()));
        assertTrue(record().allowance(Payment.ofFen(36_100, 36_100, LocalDate.of(1999, 7, 16))).build()
                .isOnTime(ProvinceProfile.national().withPayDay(20)));
    }

    @Test
    void nothingDueIsOnTimeAndSomethingDueButUnpaidIsNot() {
        assertTrue(record().allowance(Payment.none()).contributions(Payment.none()).build().isOnTime(PAY_DAY));
        assertTrue(record().allowance(Payment.ofFen(0, 0, PAY_DAY.plusDays(30))).contributions(Payment.none()).build()
                .isOnTime(PAY_DAY), "nothing due, whenever paid");
        assertFalse(record().allowance(Payment.ofFen(36_100, 0)).build().isOnTime(PAY_DAY));
        assertFalse(record().allowance(Payment.none()).build().isOnTime(PAY_DAY), "contributions due, no paid date");
        assertTrue(record().allowance(Payment.ofFen(0, 0, PAY_DAY)).build().isOnTime(PAY_DAY));
    }

    @Test
    void theRowRuleForReadersOfOtherFeeds() {
        assertTrue(DisbursementRecord.isOnTime(0, 0, Optional.empty(), PAY_DAY));
        assertFalse(DisbursementRecord.isOnTime(1, 0, Optional.empty(), PAY_DAY));
        assertFalse(DisbursementRecord.isOnTime(0, 1, Optional.empty(), PAY_DAY));
        assertTrue(DisbursementRecord.isOnTime(0, 1, Optional.of(PAY_DAY), PAY_DAY));
        assertFalse(DisbursementRecord.isOnTime(1, 1, Optional.of(PAY_DAY.plusDays(1)), PAY_DAY));
        assertThrows(NullPointerException.class, () -> DisbursementRecord.isOnTime(0, 0, null, PAY_DAY));
        assertThrows(NullPointerException.class, () -> DisbursementRecord.isOnTime(0, 0, Optional.empty(), null));
    }

    @Test
    void inFullNeedsBothAllowanceAndContributions() {
        assertTrue(record().build().isInFull());
        assertFalse(record().allowance(Payment.ofFen(36_100, 36_099, PAY_DAY)).build().isInFull());
        assertFalse(record().contributions(Payment.ofFen(15_616, 15_615)).build().isInFull());
        assertTrue(record().contributions(Payment.ofFen(15_616, 20_000)).build().isInFull());
    }

    @Test
    void aValidRecordHasNoViolation() {
        assertEquals(List.of(), record().build().check());
        assertEquals(List.of(), record().allowance(Payment.ofFen(36_100, 0)).build().check(), "nothing paid, no date needed");
        assertEquals(List.of(), record().agreementSignedOn(Optional.empty()).build().check());
        assertEquals(List.of(), record().agreementSignedOn(LocalDate.of(1998, 9, 1)).build().check(), "signed on entry");
    }

    @Test
    void everyViolationOfARecordInOrder() {
        DisbursementRecord bad = record()
                .allowance(Payment.ofFen(-1, -2))
                .contributions(Payment.ofFen(-3, -4))
                .agreementSignedOn(LocalDate.of(1998, 8, 31))
                .build();
        List<Violation> v = bad.check();
        assertEquals(List.of("allowance.dueFen", "allowance.paidFen", "contributions.dueFen", "contributions.paidFen",
                "agreementSignedOn"), v.stream().map(x -> x.location().field().orElseThrow()).collect(Collectors.toList()));
        assertEquals(Map.of("value", "-2"), v.get(1).arguments());
        assertEquals(ProblemCode.AGREEMENT_BEFORE_ENTRY, v.get(4).code());
        assertEquals(Map.of("agreementSignedOn", "1998-08-31", "centreEnteredOn", "1998-09-01"), v.get(4).arguments());
    }

    @Test
    void aPaidAllowanceNeedsAPaidDateButContributionsDoNot() {
        DisbursementRecord r = record().allowance(Payment.ofFen(36_100, 1)).contributions(Payment.ofFen(15_616, 15_616)).build();
        assertEquals(List.of(Violation.builder().code(ProblemCode.PAID_ON_MISSING)
                .location(Location.ofField("allowance.paidOn")).putArguments("paidFen", "1").build()), r.check());
    }

    @Test
    void noAgreementNoAllowanceIsAFindingWithTheMaskedId() {
        assertEquals(List.of(), record().build().findings());
        Finding expected = Finding.of(ProblemCode.ALLOWANCE_WITHOUT_AGREEMENT, "110105********002X",
                Map.of("period", "1999-07", "enterpriseId", enterprise(1).toString(), "allowanceFen", "36100"));
        assertEquals(List.of(expected), record().agreementSignedOn(Optional.empty()).build().findings());
        assertEquals(List.of(expected), record().agreementSignedOn(LocalDate.of(1999, 8, 1)).build().findings(),
                "signed after the month");
        assertEquals(List.of(), record().agreementSignedOn(LocalDate.of(1999, 7, 31)).build().findings(),
                "signed on the month's last day");
        assertEquals("40000", record().agreementSignedOn(Optional.empty())
                .allowance(Payment.ofFen(36_100, 40_000, PAY_DAY)).build().findings().get(0).arguments().get("allowanceFen"),
                "the larger of due and paid");
        assertEquals("100", record().agreementSignedOn(Optional.empty())
                .allowance(Payment.ofFen(0, 100, PAY_DAY)).build().findings().get(0).arguments().get("allowanceFen"),
                "paid without anything due");
        assertEquals(List.of(), record().agreementSignedOn(Optional.empty()).allowance(Payment.none()).build().findings(),
                "no allowance, no finding");
    }

    @Test
    void toStringNeverShowsTheFullIdOrName() {
        String text = record().build().toString();
        assertFalse(text.contains("11010519491231002X"), text);
        assertFalse(text.contains("王建国"), text);
        assertTrue(text.contains("110105********002X"), text);
    }
}
