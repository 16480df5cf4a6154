package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.money.Money;
import org.junit.jupiter.api.Test;

class PostedEntryTest {

    private final Worker wang = Worker.of(WorkerTest.ID, "王建国");

    @Test
    void holdsOnlyTheMasksAndTheAmount() {
        PostedEntry e = PostedEntry.of(wang, Money.parse("361.00"));
        assertEquals("王*国", e.maskedName());
        assertEquals("110105********002X", e.maskedId());
        assertEquals(Money.parse("361.00"), e.amount());
        assertEquals("王*国 110105********002X 361.00", e.toString());
    }

    @Test
    void isAValue() {
        PostedEntry e = PostedEntry.of(wang, Money.parse("361.00"));
        assertEquals(e, PostedEntry.of(wang, Money.parse("361.00")));
        assertEquals(e.hashCode(), PostedEntry.of(wang, Money.parse("361.00")).hashCode());
        assertEquals(e, PostedEntry.of(Worker.of(WorkerTest.ID, "王小国"), Money.parse("361.00")), "same masks, same line");
        assertNotEquals(e, PostedEntry.of(Worker.of(WorkerTest.ID, "李建国"), Money.parse("361.00")));
        assertNotEquals(e, PostedEntry.of(Worker.of(WorkerTest.OTHER_ID, "王建国"), Money.parse("361.00")));
        assertNotEquals(e, PostedEntry.of(wang, Money.parse("301.00")));
        assertNotEquals(e.hashCode(), PostedEntry.of(wang, Money.parse("301.00")).hashCode());
        assertNotEquals(e, "e");
    }

    @Test
    void refusesNulls() {
        assertEquals("worker", assertThrows(NullPointerException.class, () -> PostedEntry.of(null, Money.zero())).getMessage());
        assertEquals("amount", assertThrows(NullPointerException.class, () -> PostedEntry.of(wang, null)).getMessage());
    }
}
