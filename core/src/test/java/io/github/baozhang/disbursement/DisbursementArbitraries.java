package io.github.baozhang.disbursement;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for disbursement tests; core tests keep their own (they cannot use the TCK). */
final class DisbursementArbitraries {

    static final List<String> PROVINCES = List.of("11", "13", "14", "15", "21", "22", "23", "34", "36", "41", "43",
            "45", "51", "52", "61", "62");
    static final YearMonth JULY_1999 = YearMonth.of(1999, 7);

    private DisbursementArbitraries() {
    }

    static CitizenId citizenId(String first17) {
        return CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
    }

    /** Valid citizen IDs of people born 1940–1979. */
    static Arbitrary<CitizenId> citizenIds() {
        Arbitrary<String> area = Combinators.combine(Arbitraries.of(PROVINCES),
                Arbitraries.strings().numeric().ofLength(4)).as(String::concat);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 40 * 365)
                .map(d -> LocalDate.of(1940, 1, 1).plusDays(d));
        Arbitrary<String> seq = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(area, birth, seq)
                .as((a, b, s) -> citizenId(a + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(),
                        b.getDayOfMonth()) + s));
    }

    /** The citizen ID number {@code i} of a fixed pool: distinct for distinct i. */
    static CitizenId pooledId(int i) {
        return citizenId(String.format("110105%08d%03d", 19_500_101, i));
    }

    static OrganizationCode enterprise(int i) {
        String body = String.format("1%07d", i);
        return OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
    }

    static DivisionCode province(int i) {
        return DivisionCode.parse(PROVINCES.get(i) + "0000");
    }

    /** Amounts of fen from zero to Long.MAX_VALUE, small and extreme ones favoured. */
    static Arbitrary<Long> fen() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 100_000),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                Arbitraries.longs().between(Long.MAX_VALUE - 1_000, Long.MAX_VALUE))
                .edgeCases(c -> c.add(0L, 1L, 36_100L, Long.MAX_VALUE));
    }

    /** Realistic amounts: up to a million yuan. */
    static Arbitrary<Long> smallFen() {
        return Arbitraries.longs().between(0, 100_000_000L).edgeCases(c -> c.add(0L, 1L, 36_100L));
    }

    /** One worker row: four amounts and whether it was on time. */
    record Row(long allowanceDue, long allowancePaid, long contributionsDue, long contributionsPaid, boolean onTime) {
        DisbursementSummary summary() {
            return DisbursementSummary.ofRow(allowanceDue, allowancePaid, contributionsDue, contributionsPaid, onTime);
        }
    }

    static Arbitrary<Row> rows() {
        Arbitrary<Long> due = fen();
        // paid near due half of the time, so that "in full" goes both ways
        return Combinators.combine(due, fen(), due, fen(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 3))
                .as((ad, ap, cd, cp, t, mode) -> switch (mode) {
                    case 0 -> new Row(ad, ad, cd, cp, t);
                    case 1 -> new Row(ad, ap, cd, cd, t);
                    default -> new Row(ad, ap, cd, cp, t);
                });
    }
}
