package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.money.Money;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arrears are never negative, back-pay clears the oldest first, and money is conserved. */
class ArrearsProperties {

    /** One month: what was due and what was paid. */
    record Month(long due, long paid) {
    }

    @Provide
    Arbitrary<List<Month>> months() {
        Arbitrary<Long> due = Arbitraries.longs().between(0, 100_000).edgeCases(c -> c.add(0L, 36_100L));
        Arbitrary<Month> month = Combinators.combine(due, Arbitraries.longs().between(0, 250_000),
                Arbitraries.integers().between(0, 3)).as((d, extra, mode) -> switch (mode) {
                    case 0 -> new Month(d, 0);
                    case 1 -> new Month(d, d);
                    case 2 -> new Month(d, d + extra);
                    default -> new Month(d, Math.min(d, extra));
                });
        return month.list().ofMaxSize(30);
    }

    private static Arrears run(List<Month> months) {
        Arrears a = Arrears.none();
        YearMonth p = YearMonth.of(1998, 9);
        for (Month m : months) {
            a = a.carry(p, Money.ofFen(m.due()), Money.ofFen(m.paid()));
            p = p.plusMonths(1);
        }
        return a;
    }

    @Property
    void arrearsAreNeverNegativeAndTheTotalIsTheSumOfTheMonths(@ForAll("months") List<Month> months) {
        Arrears a = Arrears.none();
        YearMonth p = YearMonth.of(1998, 9);
        for (Month m : months) {
            a = a.carry(p, Money.ofFen(m.due()), Money.ofFen(m.paid()));
            p = p.plusMonths(1);
            long sum = 0;
            for (Money owed : a.outstanding().values()) {
                assertTrue(owed.isPositive());
                sum += owed.fen();
            }
            assertEquals(sum, a.total().fen());
            assertTrue(!a.overpaid().isNegative());
            assertEquals(a.outstanding().size(), a.months());
        }
    }

    @Property
    void moneyIsConservedPaidPlusOwedIsDuePlusOverpaid(@ForAll("months") List<Month> months) {
        Arrears a = run(months);
        long due = months.stream().mapToLong(Month::due).sum();
        long paid = months.stream().mapToLong(Month::paid).sum();
        assertEquals(due + a.overpaid().fen(), paid + a.total().fen());
    }

    @Property
    void backPayClearsTheOldestArrearsFirstAsAQueueWould(@ForAll("months") List<Month> months) {
        Deque<long[]> queue = new ArrayDeque<>(); // {month index, amount}
        long overpaid = 0;
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            if (m.paid() < m.due()) {
                queue.addLast(new long[] {i, m.due() - m.paid()});
            } else {
                long back = m.paid() - m.due();
                while (back > 0 && !queue.isEmpty()) {
                    long[] oldest = queue.peekFirst();
                    long cleared = Math.min(back, oldest[1]);
                    back -= cleared;
                    oldest[1] -= cleared;
                    if (oldest[1] == 0) {
                        queue.removeFirst();
                    }
                }
                overpaid += back;
            }
        }
        Map<YearMonth, Money> expected = new LinkedHashMap<>();
        for (long[] e : queue) {
            expected.put(YearMonth.of(1998, 9).plusMonths(e[0]), Money.ofFen(e[1]));
        }
        Arrears a = run(months);
        assertEquals(expected, a.outstanding());
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(a.outstanding().keySet()), "oldest first");
        assertEquals(overpaid, a.overpaid().fen());
    }

    @Property
    void somethingIsOverpaidOnlyOnceEveryArrearIsCleared(@ForAll("months") List<Month> months) {
        Arrears a = Arrears.none();
        YearMonth p = YearMonth.of(1998, 9);
        for (Month m : months) {
            Arrears next = a.carry(p, Money.ofFen(m.due()), Money.ofFen(m.paid()));
            if (next.overpaid().compareTo(a.overpaid()) > 0) {
                assertTrue(next.isClear());
                assertEquals(a.total().fen() + next.overpaid().fen() - a.overpaid().fen(), m.paid() - m.due());
            }
            a = next;
            p = p.plusMonths(1);
        }
    }
}
