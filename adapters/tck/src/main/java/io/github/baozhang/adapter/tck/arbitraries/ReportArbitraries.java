package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.Payment;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Arbitraries of monthly reports ({@code baozhang/monthly-reports@1}) consistent with their
 * enterprise.
 *
 * <p>A report is valid by default: its laid-off workers do not exceed the enterprise's employees,
 * the workers in the centre do not exceed the laid-off workers, the signed agreements do not
 * exceed the workers in the centre, it was submitted after its period began (mostly in the first
 * ten days of the next month, Beijing time, sometimes with another offset), and its funds plan is
 * the three-thirds split ({@link ThreeThirds#plan}) of the allowance and contributions due at some
 * enterprise ratio from 0 to 2/3.
 *
 * <p>This class is a stateless utility.
 */
public final class ReportArbitraries {

    /** Beijing time. */
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private ReportArbitraries() {
    }

    /**
     * Returns valid reports of valid enterprises in the notice's regions.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonthlyReport> monthlyReports() {
        return EnterpriseArbitraries.enterprises().flatMap(ReportArbitraries::monthlyReportsOf);
    }

    /**
     * Returns valid reports of the given enterprise, of any period of the system.
     *
     * @param enterprise  the enterprise, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonthlyReport> monthlyReportsOf(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        return FundingArbitraries.periods().flatMap(period -> monthlyReportsOf(enterprise, period));
    }

    /**
     * Returns valid reports of the given enterprise for one period.
     *
     * @param enterprise  the enterprise, not null
     * @param period  the period, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonthlyReport> monthlyReportsOf(Enterprise enterprise, YearMonth period) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(period, "period");
        Arbitrary<long[]> workers = Arbitraries.longs().between(0, enterprise.employees())
                .flatMap(laidOff -> Arbitraries.longs().between(0, laidOff)
                        .flatMap(inCentre -> Combinators.combine(
                                        Arbitraries.longs().between(0, inCentre),
                                        Arbitraries.longs().between(0, laidOff),
                                        Arbitraries.longs().between(0, inCentre))
                                .as((signed, reemployed, left) ->
                                        new long[] {laidOff, inCentre, signed, reemployed, left})));
        Arbitrary<Tuple2<Payment, Payment>> payments = workers.flatMap(w -> Combinators.combine(
                        payment(w[1], 12_000, 40_000, period), payment(w[1], 6_000, 20_000, period))
                .as(Tuple::of));
        Arbitrary<Integer> revisions = Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(2, 2), Tuple.of(1, 3));
        // submittedBy: 0 none, 1 the city, 2 the province
        Arbitrary<Integer> units = Arbitraries.integers().between(0, 2);
        return Combinators.combine(workers, payments, submissions(period), revisions, units,
                        MoneyArbitraries.enterpriseRatios(), Arbitraries.integers().between(0, 3),
                        Arbitraries.of(true, false))
                .flatAs((w, p, submittedAt, revision, unit, ratio, incidents, posted) ->
                        funds(p.get1().due().plus(p.get2().due()), ratio).map(funds -> MonthlyReport.builder()
                                .enterpriseId(enterprise.id())
                                .period(period)
                                .revision(revision)
                                .submittedAt(submittedAt)
                                .submittedBy(unit == 0 ? Optional.empty()
                                        : Optional.of(unit == 1 ? enterprise.city() : enterprise.province()))
                                .laidOffWorkers(w[0])
                                .inCentre(w[1])
                                .agreementsSigned(w[2])
                                .reemployed(w[3])
                                .leftCentre(w[4])
                                .allowance(p.get1())
                                .contributions(p.get2())
                                .funds(funds)
                                .postedPublicly(posted)
                                .incidents(incidents)
                                .build()));
    }

    /**
     * Returns a registry of one to {@code maxEnterprises} valid enterprises and valid reports of
     * some of them (at most one per enterprise and period), as a document pair for cross-document
     * checks.
     *
     * @param maxEnterprises  the largest registry, 1 or more
     * @return the arbitrary of (registry, reports), not null
     */
    public static Arbitrary<Tuple2<List<Enterprise>, List<MonthlyReport>>> registriesWithReports(int maxEnterprises) {
        return EnterpriseArbitraries.registries(maxEnterprises).flatMap(registry -> {
            List<Arbitrary<Optional<MonthlyReport>>> perEnterprise = new ArrayList<>();
            for (Enterprise e : registry) {
                perEnterprise.add(monthlyReportsOf(e).optional(0.8));
            }
            return Combinators.combine(perEnterprise).as(reports -> {
                List<MonthlyReport> present = new ArrayList<>();
                reports.forEach(r -> r.ifPresent(present::add));
                return Tuple.of(registry, List.copyOf(present));
            });
        });
    }

    /** A payment for {@code workers} workers at a per-worker amount; paid in full or partly. */
    private static Arbitrary<Payment> payment(long workers, long minFen, long maxFen, YearMonth period) {
        // share of the due amount paid: 0 nothing, 1 part, 2 all (most often)
        Arbitrary<Integer> shares = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(2, 1), Tuple.of(7, 2));
        return Combinators.combine(Arbitraries.longs().between(minFen, maxFen), shares,
                        Arbitraries.integers().between(1, period.lengthOfMonth()))
                .as((perWorker, share, day) -> {
                    Money due = Money.ofFen(Math.multiplyExact(workers, perWorker));
                    Money paid = share == 2 ? due : share == 1 ? Money.ofFen(due.fen() / 2) : Money.zero();
                    Optional<LocalDate> paidOn = paid.isZero() ? Optional.empty() : Optional.of(period.atDay(day));
                    return Payment.of(due, paid, paidOn);
                });
    }

    /**
     * The funds of a report: the three-thirds plan of the requirement at the ratio, and receipts
     * that are the plan, part of it or (rarely) more.
     */
    private static Arbitrary<FundsReport> funds(Money requirement, Ratio ratio) {
        SourceAmounts plan = ThreeThirds.plan(requirement, ratio);
        Arbitrary<Long> received = Arbitraries.frequency(Tuple.of(6, 100L), Tuple.of(3, 50L), Tuple.of(1, 120L));
        return Combinators.combine(received, received, received)
                .as((e, s, f) -> FundsReport.of(plan, SourceAmounts.ofFen(
                        plan.enterprise().fen() / 100 * e, plan.social().fen() / 100 * s, plan.fiscal().fen() / 100 * f)));
    }

    /**
     * When a report of the period was submitted: mostly day 1–10 of the next month in Beijing
     * time, sometimes late in the period itself, sometimes with another offset, never before
     * the period began.
     */
    private static Arbitrary<OffsetDateTime> submissions(YearMonth period) {
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 60 - 1)
                .map(m -> LocalTime.of(m / 60, m % 60));
        Arbitrary<LocalDate> days = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(1, 10).map(d -> period.plusMonths(1).atDay(d))),
                Tuple.of(1, Arbitraries.integers().between(1, period.lengthOfMonth()).map(period::atDay)),
                Tuple.of(1, Arbitraries.integers().between(1, 28).map(d -> period.plusMonths(2).atDay(d))));
        Arbitrary<ZoneOffset> offsets = Arbitraries.frequency(
                Tuple.of(8, BEIJING), Tuple.of(1, ZoneOffset.UTC), Tuple.of(1, ZoneOffset.ofHours(9)));
        return Combinators.combine(days, times, offsets).as((day, time, offset) -> {
            // Express the Beijing local time in the chosen offset, so it never precedes the period.
            OffsetDateTime beijing = OffsetDateTime.of(LocalDateTime.of(day, time), BEIJING);
            return beijing.withOffsetSameInstant(offset);
        });
    }
}
