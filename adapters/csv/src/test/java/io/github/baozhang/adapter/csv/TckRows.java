package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.id.DivisionCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Valid worker rows of one period from the kit's arbitraries, and the national CSV of them. */
final class TckRows {

    static final YearMonth PERIOD = YearMonth.of(1999, 7);
    static final int PERIOD_COLUMN = 0;
    static final int ENTERPRISE = 3;
    static final int WORKER_ID = 4;
    static final int ALLOWANCE_DUE = 5;

    private TckRows() {
    }

    static Arbitrary<WorkerRow> rows(LocalDate payDate) {
        Arbitrary<DivisionCode[]> places = IdArbitraries.provinces()
                .flatMap(p -> IdArbitraries.citiesOf(p).map(c -> new DivisionCode[] {p, c}));
        Arbitrary<Long> fen = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 5_000_000L));
        Arbitrary<Optional<LocalDate>> paidOn = Arbitraries.integers().between(0, 45)
                .map(d -> PERIOD.atDay(1).plusDays(d)).optional(0.9);
        return Combinators.combine(places, IdArbitraries.organizationCodes(), IdArbitraries.citizenIds(),
                fen.list().ofSize(4), paidOn).as((place, enterprise, worker, amounts, paid) -> {
                    long allowancePaid = amounts.get(1);
                    long contributionsPaid = amounts.get(3);
                    Optional<LocalDate> on = allowancePaid == 0 && contributionsPaid == 0 ? paid
                            : Optional.of(paid.orElse(PERIOD.atDay(10)));
                    boolean onTime = DisbursementRecord.isOnTime(amounts.get(0), amounts.get(2), on, payDate);
                    return new WorkerRow(PERIOD, place[0], place[1], enterprise, worker, amounts.get(0), allowancePaid,
                            amounts.get(2), contributionsPaid, on.orElse(null), onTime);
                });
    }

    static String csv(List<WorkerRow> rows) {
        StringBuilder sb = new StringBuilder(Fixtures.HEADER).append('\n');
        for (WorkerRow r : rows) {
            sb.append(r.period()).append(',').append(r.province()).append(',').append(r.city()).append(',')
                    .append(r.enterpriseId()).append(',').append(r.workerId()).append(',')
                    .append(r.allowanceDueFen()).append(',').append(r.allowancePaidFen()).append(',')
                    .append(r.contributionsDueFen()).append(',').append(r.contributionsPaidFen()).append(',')
                    .append(r.paidOn().map(LocalDate::toString).orElse("")).append('\n');
        }
        return sb.toString();
    }
}
