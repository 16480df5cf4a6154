package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Valid records of the legacy export, built from the kit's arbitraries. */
final class AcmeArbitraries {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐欧阳";
    private static final String GIVEN = "国建华明志秀英玉兰桂芳德福军平海燕红霞强伟刚勇";

    private AcmeArbitraries() {
    }

    static Arbitrary<String> names() {
        Arbitrary<String> surname = Arbitraries.of(SURNAMES.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new));
        Arbitrary<String> given = Arbitraries.strings().withChars(GIVEN).ofMinLength(1).ofMaxLength(2);
        Arbitrary<String> chinese = Combinators.combine(surname, given).as(String::concat);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .map(s -> "Li " + s);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, chinese), net.jqwik.api.Tuple.of(1, latin));
    }

    static Arbitrary<Money> amounts() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 50_000_000L),
                Arbitraries.just(FixedWidthLayout.MAX_FEN)).map(Money::ofFen);
    }

    static Arbitrary<LegacyWorkerRow> rows() {
        Arbitrary<YearMonth> periods = Arbitraries.integers().between(0, 12 * 8 - 1).map(m -> YearMonth.of(1998, 6).plusMonths(m));
        Arbitrary<Integer> paidDay = Arbitraries.integers().between(0, 40);
        return Combinators.combine(periods, IdArbitraries.organizationCodes(), IdArbitraries.citizenIds(), names(),
                amounts().list().ofSize(4), paidDay, Arbitraries.of(true, false))
                .as((period, enterprise, worker, name, fen, day, dated) -> {
                    boolean paid = fen.get(1).isPositive() || fen.get(3).isPositive();
                    Optional<LocalDate> on = paid || dated ? Optional.of(period.atDay(1).plusDays(day)) : Optional.empty();
                    return LegacyWorkerRow.of(period, enterprise, worker, name, fen.get(0), fen.get(1), fen.get(2), fen.get(3), on);
                });
    }

    static Arbitrary<List<LegacyWorkerRow>> exports() {
        return rows().list().ofMaxSize(15);
    }
}
