package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static io.github.baozhang.disbursement.DisbursementArbitraries.pooledId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.Money;
import io.github.baozhang.profile.AllowanceLadder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostedListTest {

    private static final YearMonth JULY = YearMonth.of(1999, 7);
    private static final AllowanceLadder STANDARD = AllowanceLadder.of(Money.ofYuan(361), Money.ofYuan(301));

    private final DisbursementRecord wang = DisbursementRecordTest.record().build();
    private final DisbursementRecord ouyang = DisbursementRecordTest.record().worker(Worker.of(pooledId(1), "欧阳建锋"))
            .allowance(Payment.ofFen(30_100, 0)).build();
    private final DisbursementRecord nothingDue = DisbursementRecordTest.record().worker(Worker.of(pooledId(2), "李四"))
            .allowance(Payment.none()).build();
    private final DisbursementRecord otherEnterprise = DisbursementRecordTest.record().enterpriseId(enterprise(2)).build();
    private final DisbursementRecord otherMonth = DisbursementRecordTest.record().period(JULY.plusMonths(1)).build();

    @Test
    void listsEachRecordOfTheEnterpriseAndMonthWithAnAllowanceDueInRecordOrder() {
        PostedList list = PostedList.of(enterprise(1), JULY, STANDARD,
                List.of(wang, otherEnterprise, ouyang, nothingDue, otherMonth));
        assertEquals(List.of(PostedEntry.of(wang.worker(), Money.ofYuan(361)), PostedEntry.of(ouyang.worker(), Money.ofYuan(301))),
                list.entries());
        assertEquals("欧**锋", list.entries().get(1).maskedName());
        assertEquals(Money.ofYuan(662), list.total());
        assertEquals(STANDARD, list.standard());
        assertEquals(enterprise(1), list.enterpriseId());
        assertEquals(JULY, list.period());
        assertThrows(UnsupportedOperationException.class, () -> list.entries().clear());
    }

    @Test
    void itsTextIsMasked() {
        String text = PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang, ouyang)).toString();
        assertFalse(text.contains("王建国"), text);
        assertFalse(text.contains(WorkerTest.ID.toString()), text);
        assertEquals("PostedList{" + enterprise(1) + " 1999-07 AllowanceLadder[361.00, 301.00] "
                + "[王*国 110105********002X 361.00, 欧**锋 " + pooledId(1).masked() + " 301.00]}", text);
    }

    @Test
    void anEmptyMonthIsAnEmptyList() {
        PostedList list = PostedList.of(enterprise(1), JULY, STANDARD, List.of());
        assertEquals(List.of(), list.entries());
        assertEquals(Money.zero(), list.total());
    }

    @Test
    void isAValue() {
        PostedList a = PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang));
        assertEquals(a, PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang)));
        assertEquals(a.hashCode(), PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang)).hashCode());
        assertNotEquals(a, PostedList.of(enterprise(2), JULY, STANDARD, List.of(otherEnterprise)));
        assertNotEquals(a, PostedList.of(enterprise(1), JULY.plusMonths(1), STANDARD, List.of(otherMonth)));
        assertNotEquals(a, PostedList.of(enterprise(1), JULY, AllowanceLadder.of(Money.ofYuan(361)), List.of(wang)));
        assertNotEquals(a, PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang, ouyang)));
        assertNotEquals(a.hashCode(), PostedList.of(enterprise(1), JULY, STANDARD, List.of(wang, ouyang)).hashCode());
        assertNotEquals(a, "a");
    }

    @Test
    void refusesNulls() {
        List<DisbursementRecord> none = List.of();
        assertThrows(NullPointerException.class, () -> PostedList.of(null, JULY, STANDARD, none));
        assertThrows(NullPointerException.class, () -> PostedList.of(enterprise(1), null, STANDARD, none));
        assertThrows(NullPointerException.class, () -> PostedList.of(enterprise(1), JULY, null, none));
        assertThrows(NullPointerException.class, () -> PostedList.of(enterprise(1), JULY, STANDARD, null));
        List<DisbursementRecord> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> PostedList.of(enterprise(1), JULY, STANDARD, withNull));
        assertEquals(LocalDate.of(1999, 7, 10), wang.allowance().paidOn().orElseThrow());
    }
}
