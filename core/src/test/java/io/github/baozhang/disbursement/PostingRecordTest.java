package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PostingRecordTest {

    private static final YearMonth JULY = YearMonth.of(1999, 7);
    private static final LocalDate ON = LocalDate.of(1999, 7, 20);

    @Test
    void holdsWhoWhatWhenAndWhere() {
        PostingRecord p = PostingRecord.of(enterprise(1), JULY, ON, "厂区公告栏");
        assertEquals(enterprise(1), p.enterpriseId());
        assertEquals(JULY, p.period());
        assertEquals(ON, p.postedOn());
        assertEquals("厂区公告栏", p.place());
        assertEquals("PostingRecord[" + enterprise(1) + " 1999-07 on 1999-07-20 at 厂区公告栏]", p.toString());
    }

    @Test
    void thePlaceIsNotBlank() {
        assertThrows(IllegalArgumentException.class, () -> PostingRecord.of(enterprise(1), JULY, ON, " "));
    }

    @Test
    void isAValue() {
        PostingRecord p = PostingRecord.of(enterprise(1), JULY, ON, "a");
        assertEquals(p, PostingRecord.of(enterprise(1), JULY, ON, "a"));
        assertEquals(p.hashCode(), PostingRecord.of(enterprise(1), JULY, ON, "a").hashCode());
        assertNotEquals(p, PostingRecord.of(enterprise(2), JULY, ON, "a"));
        assertNotEquals(p, PostingRecord.of(enterprise(1), JULY.plusMonths(1), ON, "a"));
        assertNotEquals(p, PostingRecord.of(enterprise(1), JULY, ON.plusDays(1), "a"));
        assertNotEquals(p, PostingRecord.of(enterprise(1), JULY, ON, "b"));
        assertNotEquals(p.hashCode(), PostingRecord.of(enterprise(1), JULY, ON, "b").hashCode());
        assertNotEquals(p, "a");
    }

    @Test
    void refusesNulls() {
        assertEquals("enterpriseId", assertThrows(NullPointerException.class, () -> PostingRecord.of(null, JULY, ON, "a")).getMessage());
        assertEquals("period", assertThrows(NullPointerException.class, () -> PostingRecord.of(enterprise(1), null, ON, "a")).getMessage());
        assertEquals("postedOn", assertThrows(NullPointerException.class, () -> PostingRecord.of(enterprise(1), JULY, null, "a")).getMessage());
        assertEquals("place", assertThrows(NullPointerException.class, () -> PostingRecord.of(enterprise(1), JULY, ON, null)).getMessage());
    }
}
