package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static io.github.baozhang.disbursement.DisbursementArbitraries.pooledId;
import static io.github.baozhang.disbursement.DisbursementArbitraries.province;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicateRecipientsTest {

    private static final YearMonth JULY = YearMonth.of(1999, 7);
    private static final CitizenId ID = WorkerTest.ID;
    private static final String MASKED = "110105********002X";

    @Test
    void oneIdInTwoEnterprisesIsAFindingNamingBothWithTheMaskedId() {
        DuplicateRecipients d = DuplicateRecipients.create();
        assertEquals(Optional.empty(), d.add(ID, JULY, enterprise(1)));
        Finding f = d.add(ID, JULY, enterprise(2)).orElseThrow();
        assertEquals(Finding.of(ProblemCode.DUPLICATE_RECIPIENT, MASKED, Map.of("maskedId", MASKED, "period", "1999-07",
                "firstEnterpriseId", enterprise(1).toString(), "secondEnterpriseId", enterprise(2).toString())), f);
        assertEquals(List.of("maskedId", "period", "firstEnterpriseId", "secondEnterpriseId"), List.copyOf(f.arguments().keySet()));
        assertFalse(f.toString().contains("11010519491231002X"));
        assertEquals(List.of(f), d.findings());
    }

    @Test
    void oneIdInTwoProvincesNamesBothProvincesAndEnterprises() {
        DuplicateRecipients d = DuplicateRecipients.create();
        d.add(ID, JULY, enterprise(1), province(1));
        Finding f = d.add(ID, JULY, enterprise(2), province(2)).orElseThrow();
        assertEquals(Finding.of(ProblemCode.DUPLICATE_RECIPIENT_ACROSS_PROVINCES, MASKED, Map.of("maskedId", MASKED,
                "period", "1999-07", "firstProvince", "130000", "firstEnterpriseId", enterprise(1).toString(),
                "secondProvince", "140000", "secondEnterpriseId", enterprise(2).toString())), f);
        assertEquals(List.of("maskedId", "period", "firstProvince", "firstEnterpriseId", "secondProvince",
                "secondEnterpriseId"), List.copyOf(f.arguments().keySet()));
    }

    @Test
    void twoEnterprisesOfOneProvinceOrOfAnUnknownOneAreADuplicateRecipient() {
        DuplicateRecipients d = DuplicateRecipients.create();
        d.add(ID, JULY, enterprise(1), province(1));
        assertEquals(ProblemCode.DUPLICATE_RECIPIENT, d.add(ID, JULY, enterprise(2), province(1)).orElseThrow().code());
        assertEquals(ProblemCode.DUPLICATE_RECIPIENT, d.add(ID, JULY, enterprise(3)).orElseThrow().code());
        DuplicateRecipients e = DuplicateRecipients.create();
        e.add(ID, JULY, enterprise(1));
        assertEquals(ProblemCode.DUPLICATE_RECIPIENT, e.add(ID, JULY, enterprise(2), province(2)).orElseThrow().code());
    }

    @Test
    void aThirdPlaceIsASecondFindingPairedWithTheFirstPlace() {
        DuplicateRecipients d = DuplicateRecipients.create();
        d.add(ID, JULY, enterprise(1));
        d.add(ID, JULY, enterprise(2));
        Finding third = d.add(ID, JULY, enterprise(3)).orElseThrow();
        assertEquals(enterprise(1).toString(), third.arguments().get("firstEnterpriseId"));
        assertEquals(enterprise(3).toString(), third.arguments().get("secondEnterpriseId"));
        assertEquals(Optional.empty(), d.add(ID, JULY, enterprise(2)), "a place seen before");
        assertEquals(Optional.empty(), d.add(ID, JULY, enterprise(1)));
        assertEquals(2, d.findings().size());
    }

    @Test
    void theSamePlaceAgainOrAnotherPeriodIsNoDuplicate() {
        DuplicateRecipients d = DuplicateRecipients.create();
        d.add(ID, JULY, enterprise(1), province(1));
        assertEquals(Optional.empty(), d.add(ID, JULY, enterprise(1), province(1)));
        assertEquals(Optional.empty(), d.add(ID, JULY.plusMonths(1), enterprise(2), province(2)));
        assertEquals(Optional.empty(), d.add(pooledId(1), JULY, enterprise(2)));
        assertEquals(List.of(), d.findings());
    }

    @Test
    void findRunsADetectorOverRecords() {
        DisbursementRecord a = DisbursementRecordTest.record().build();
        DisbursementRecord b = DisbursementRecordTest.record().enterpriseId(enterprise(2)).build();
        DisbursementRecord other = DisbursementRecordTest.record().worker(Worker.of(pooledId(7), "李四")).build();
        List<Finding> f = DuplicateRecipients.find(List.of(a, other, a, b));
        assertEquals(1, f.size());
        assertEquals(MASKED, f.get(0).subject());
        assertEquals(List.of(), DuplicateRecipients.find(List.of()));
    }

    @Test
    void theFindingsAreACopy() {
        DuplicateRecipients d = DuplicateRecipients.create();
        List<Finding> before = d.findings();
        d.add(ID, JULY, enterprise(1));
        d.add(ID, JULY, enterprise(2));
        assertEquals(List.of(), before);
        assertThrows(UnsupportedOperationException.class, () -> d.findings().clear());
    }

    @Test
    void refusesNulls() {
        DuplicateRecipients d = DuplicateRecipients.create();
        assertThrows(NullPointerException.class, () -> d.add(null, JULY, enterprise(1)));
        assertThrows(NullPointerException.class, () -> d.add(ID, null, enterprise(1)));
        assertThrows(NullPointerException.class, () -> d.add(ID, JULY, null));
        assertThrows(NullPointerException.class, () -> d.add(ID, JULY, enterprise(1), null));
        assertThrows(NullPointerException.class, () -> DuplicateRecipients.find(null));
        List<DisbursementRecord> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> DuplicateRecipients.find(withNull));
    }
}
