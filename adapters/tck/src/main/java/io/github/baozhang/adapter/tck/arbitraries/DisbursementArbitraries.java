package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;

/**
 * Arbitraries of disbursement records ({@code baozhang/disbursements@1}): one worker's allowance
 * and contributions for one month.
 *
 * <p>A record is valid by default ({@link DisbursementRecord#check()} finds nothing) and is one
 * the format can carry: the allowance has a paid date, within its period, exactly when something
 * was paid; the contributions never have one ({@code disbursements@1} has no {@code paidOn} for
 * them); the worker entered the centre on or before the end of the period, and an agreement, when
 * there is one, was signed on or after entry. Names are non-blank and stripped, Chinese or Latin.
 *
 * <p>This class is a stateless utility.
 */
public final class DisbursementArbitraries {

    private DisbursementArbitraries() {
    }

    /**
     * Returns valid disbursement records of any period of the system.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<DisbursementRecord> disbursementRecords() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Arbitraries.of("王建国", "欧阳锋", "李", "张秀英", "Zhang San"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        return Builders.withBuilder(Parts::new)
                .use(IdArbitraries.citizenIds()).in((p, v) -> p.with(() -> p.worker = v))
                .use(names).in((p, v) -> p.with(() -> p.name = v))
                .use(IdArbitraries.organizationCodes()).in((p, v) -> p.with(() -> p.enterprise = v))
                .use(FundingArbitraries.periods()).in((p, v) -> p.with(() -> p.period = v))
                .use(Arbitraries.longs().between(0, 40_000).list().ofSize(2)).in((p, v) -> p.with(() -> p.due = v))
                .use(Arbitraries.integers().between(0, 2).list().ofSize(2)).in((p, v) -> p.with(() -> p.shares = v))
                .use(Arbitraries.integers().between(1, 31)).in((p, v) -> p.with(() -> p.payDay = v))
                .use(Arbitraries.integers().between(0, 720)).in((p, v) -> p.with(() -> p.daysInCentre = v))
                .use(Arbitraries.integers().between(-1, 400)).in((p, v) -> p.with(() -> p.signedAfter = v))
                .build(Parts::record);
    }

    /**
     * Returns the records of valid documents: at most {@code maxSize} records in which no
     * citizen ID draws twice in one period (so none draws at two enterprises in one period, which
     * a reader reports).
     *
     * @param maxSize  the largest number of records, 0 or more
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<DisbursementRecord>> disbursementFeeds(int maxSize) {
        return disbursementRecords().list().ofMaxSize(maxSize)
                .uniqueElements(r -> r.worker().citizenId().toString() + "/" + r.period());
    }

    /** The random choices of one record. */
    private static final class Parts {
        CitizenId worker;
        String name;
        OrganizationCode enterprise;
        YearMonth period;
        List<Long> due;
        List<Integer> shares;
        int payDay;
        int daysInCentre;
        int signedAfter;

        Parts with(Runnable assignment) {
            assignment.run();
            return this;
        }

        DisbursementRecord record() {
            LocalDate entered = period.atEndOfMonth().minusDays(daysInCentre);
            Payment allowance = payment(due.get(0), shares.get(0), true);
            Payment contributions = payment(due.get(1), shares.get(1), false);
            return DisbursementRecord.builder()
                    .worker(Worker.of(worker, name))
                    .enterpriseId(enterprise)
                    .period(period)
                    .allowance(allowance)
                    .contributions(contributions)
                    .centreEnteredOn(entered)
                    .agreementSignedOn(signedAfter < 0 ? Optional.empty() : Optional.of(entered.plusDays(signedAfter)))
                    .build();
        }

        /** Paid in full (share 2), half (1) or nothing (0); when {@code dated}, on a day of the period. */
        private Payment payment(long dueFen, int share, boolean dated) {
            Money due = Money.ofFen(dueFen);
            Money paid = share == 2 ? due : share == 1 ? Money.ofFen(dueFen / 2) : Money.zero();
            Optional<LocalDate> on = dated && paid.isPositive()
                    ? Optional.of(period.atDay(Math.min(payDay, period.lengthOfMonth()))) : Optional.empty();
            return Payment.of(due, paid, on);
        }
    }
}
