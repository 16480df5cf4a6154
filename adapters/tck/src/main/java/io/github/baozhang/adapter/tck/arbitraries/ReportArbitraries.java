package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
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
 * <p>Every report is one that {@code baozhang/monthly-reports@1} can carry: the allowance has a
 * paid date exactly when something was paid, the contributions never have one (the format has
 * no {@code paidOn} for them), and submission times are whole minutes.
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
        return enterprisesWithReports().map(Tuple2::get2);
    }

    /**
     * Returns valid enterprises in the notice's regions, each with a valid report of its own.
     *
     * @return the arbitrary of (enterprise, report), not null
     */
    public static Arbitrary<Tuple2<Enterprise, MonthlyReport>> enterprisesWithReports() {
        return Combinators.combine(EnterpriseArbitraries.enterprises(), recipes())
                .as((e, recipe) -> Tuple.of(e, recipe.reportOf(e, recipe.period)));
    }

    /**
     * Returns valid reports of the given enterprise, of any period of the system.
     *
     * @param enterprise  the enterprise, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<MonthlyReport> monthlyReportsOf(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        return recipes().map(recipe -> recipe.reportOf(enterprise, recipe.period));
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
        return recipes().map(recipe -> recipe.reportOf(enterprise, period));
    }

    /**
     * Returns a registry of one to {@code maxEnterprises} valid enterprises and valid reports of
     * about four in five of them (one per enterprise, in registry order), as a document pair for
     * cross-document checks.
     *
     * @param maxEnterprises  the largest registry, 1 or more
     * @return the arbitrary of (registry, reports), not null
     */
    public static Arbitrary<Tuple2<List<Enterprise>, List<MonthlyReport>>> registriesWithReports(int maxEnterprises) {
        Arbitrary<List<Recipe>> recipes = recipes().list().ofSize(maxEnterprises);
        Arbitrary<List<Integer>> presence = Arbitraries.integers().between(0, 9).list().ofSize(maxEnterprises);
        return Combinators.combine(EnterpriseArbitraries.registries(maxEnterprises), recipes, presence)
                .as((registry, rs, present) -> {
                    List<MonthlyReport> reports = new ArrayList<>();
                    for (int i = 0; i < registry.size(); i++) {
                        if (present.get(i) < 8) {
                            Recipe recipe = rs.get(i);
                            reports.add(recipe.reportOf(registry.get(i), recipe.period));
                        }
                    }
                    return Tuple.of(registry, List.copyOf(reports));
                });
    }

    /**
     * The random choices that make a report of an enterprise, drawn independently of it so that
     * no arbitrary has to be built per enterprise (jqwik's {@code flatMap} is slow): shares in
     * thousandths, amounts per worker, days and offsets.
     */
    private static final class Recipe {
        YearMonth period;
        int laidOff;
        int inCentre;
        int signed;
        int reemployed;
        int left;
        long allowancePerWorker;
        long contributionsPerWorker;
        int allowanceShare;
        int contributionsShare;
        int payDay;
        int submissionKind;
        int submissionDay;
        int minuteOfDay;
        ZoneOffset offset;
        int revision;
        int unit;
        Ratio ratio;
        List<Integer> receivedPercent;
        int incidents;
        boolean posted;

        /** Builds the report; every count derives from the enterprise, so the report fits it. */
        MonthlyReport reportOf(Enterprise e, YearMonth month) {
            long laidOffWorkers = share(e.employees(), laidOff);
            long inCentreWorkers = share(laidOffWorkers, inCentre);
            Payment allowance = payment(inCentreWorkers, allowancePerWorker, allowanceShare, month, true);
            Payment contributions = payment(inCentreWorkers, contributionsPerWorker, contributionsShare, month, false);
            SourceAmounts plan = ThreeThirds.plan(allowance.due().plus(contributions.due()), ratio);
            SourceAmounts received = SourceAmounts.ofFen(
                    plan.enterprise().fen() / 100 * receivedPercent.get(0),
                    plan.social().fen() / 100 * receivedPercent.get(1),
                    plan.fiscal().fen() / 100 * receivedPercent.get(2));
            return MonthlyReport.builder()
                    .enterpriseId(e.id())
                    .period(month)
                    .revision(revision)
                    .submittedAt(submittedAt(month))
                    .submittedBy(unit == 0 ? Optional.empty() : Optional.of(unit == 1 ? e.city() : e.province()))
                    .laidOffWorkers(laidOffWorkers)
                    .inCentre(inCentreWorkers)
                    .agreementsSigned(share(inCentreWorkers, signed))
                    .reemployed(share(laidOffWorkers, reemployed))
                    .leftCentre(share(inCentreWorkers, left))
                    .allowance(allowance)
                    .contributions(contributions)
                    .funds(FundsReport.of(plan, received))
                    .postedPublicly(posted)
                    .incidents(incidents)
                    .build();
        }

        /**
         * Paid in full (share 2), half (1) or nothing (0); when {@code dated}, on a day of the
         * month. Contributions are never dated: {@code monthly-reports@1} has no {@code paidOn}
         * for them.
         */
        private Payment payment(long workers, long perWorker, int paidShare, YearMonth month, boolean dated) {
            Money due = Money.ofFen(Math.multiplyExact(workers, perWorker));
            Money paid = paidShare == 2 ? due : paidShare == 1 ? Money.ofFen(due.fen() / 2) : Money.zero();
            int day = Math.min(payDay, month.lengthOfMonth());
            return Payment.of(due, paid, paid.isZero() || !dated ? Optional.empty() : Optional.of(month.atDay(day)));
        }

        /**
         * Mostly day 1–10 of the next month, sometimes late in the period itself or two months
         * on; a Beijing local time expressed in the chosen offset, never before the period.
         */
        private OffsetDateTime submittedAt(YearMonth month) {
            LocalDate day;
            if (submissionKind < 8) {
                day = month.plusMonths(1).atDay(1 + submissionDay % 10);
            } else if (submissionKind == 8) {
                day = month.atDay(1 + submissionDay % month.lengthOfMonth());
            } else {
                day = month.plusMonths(2).atDay(1 + submissionDay % 28);
            }
            LocalTime time = LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
            return OffsetDateTime.of(LocalDateTime.of(day, time), BEIJING).withOffsetSameInstant(offset);
        }

        /** {@code n × permille / 1000} without overflow; 1000 gives n, 0 gives 0. */
        private static long share(long n, int permille) {
            return n / 1000 * permille + n % 1000 * permille / 1000;
        }
    }

    private static Arbitrary<Recipe> recipes() {
        Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
        return Builders.withBuilder(Recipe::new)
                .use(FundingArbitraries.periods()).in((r, v) -> set(r, () -> r.period = v))
                .use(permille).in((r, v) -> set(r, () -> r.laidOff = v))
                .use(permille).in((r, v) -> set(r, () -> r.inCentre = v))
                .use(permille).in((r, v) -> set(r, () -> r.signed = v))
                .use(permille).in((r, v) -> set(r, () -> r.reemployed = v))
                .use(permille).in((r, v) -> set(r, () -> r.left = v))
                .use(Arbitraries.longs().between(12_000, 40_000)).in((r, v) -> set(r, () -> r.allowancePerWorker = v))
                .use(Arbitraries.longs().between(6_000, 20_000)).in((r, v) -> set(r, () -> r.contributionsPerWorker = v))
                .use(shares()).in((r, v) -> set(r, () -> r.allowanceShare = v))
                .use(shares()).in((r, v) -> set(r, () -> r.contributionsShare = v))
                .use(Arbitraries.integers().between(1, 31)).in((r, v) -> set(r, () -> r.payDay = v))
                .use(Arbitraries.integers().between(0, 9)).in((r, v) -> set(r, () -> r.submissionKind = v))
                .use(Arbitraries.integers().between(0, 1000)).in((r, v) -> set(r, () -> r.submissionDay = v))
                .use(Arbitraries.integers().between(0, 24 * 60 - 1)).in((r, v) -> set(r, () -> r.minuteOfDay = v))
                .use(Arbitraries.frequency(Tuple.of(8, BEIJING), Tuple.of(1, ZoneOffset.UTC),
                        Tuple.of(1, ZoneOffset.ofHours(9)))).in((r, v) -> set(r, () -> r.offset = v))
                .use(Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(2, 2), Tuple.of(1, 3)))
                .in((r, v) -> set(r, () -> r.revision = v))
                .use(Arbitraries.integers().between(0, 2)).in((r, v) -> set(r, () -> r.unit = v))
                .use(MoneyArbitraries.enterpriseRatios()).in((r, v) -> set(r, () -> r.ratio = v))
                .use(Arbitraries.frequency(Tuple.of(6, 100), Tuple.of(3, 50), Tuple.of(1, 120)).list().ofSize(3))
                .in((r, v) -> set(r, () -> r.receivedPercent = v))
                .use(Arbitraries.integers().between(0, 3)).in((r, v) -> set(r, () -> r.incidents = v))
                .use(Arbitraries.of(true, false)).in((r, v) -> set(r, () -> r.posted = v))
                .build();
    }

    /** Share of a payment paid: 0 nothing, 1 half, 2 all (most often). */
    private static Arbitrary<Integer> shares() {
        return Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(2, 1), Tuple.of(7, 2));
    }

    private static Recipe set(Recipe recipe, Runnable assignment) {
        assignment.run();
        return recipe;
    }
}
