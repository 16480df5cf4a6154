package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.ProblemKind;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of roll-up bulletins ({@code baozhang/bulletin@1}), their summaries and alerts.
 *
 * <p>What a sink must carry, not what a roll-up computes: the parts of a bulletin do not add up
 * (a sink does not check that). Within each summary the counts are consistent (on time ≤
 * reported ≤ monitored, signed agreements ≤ workers in the centre ≤ laid-off workers) and each
 * amount is zero or more — small, of a province's size, or above 2<sup>53</sup> fen (where a
 * spreadsheet's double is no longer exact) — with each funds triple summing within the 64-bit
 * range. An alert has a code of kind {@link ProblemKind#ALERT}, an organisation code as its
 * subject when the code declares {@code enterpriseId} (else a region such as
 * {@code province:210000}), and a value for every argument the code declares; text values
 * include the cells a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @} first), for the sinks that must neutralise them.
 *
 * <p>This class is a stateless utility.
 */
public final class BulletinArbitraries {

    /** The codes an alert may carry. */
    private static final List<ProblemCode> ALERT_CODES = Arrays.stream(ProblemCode.values())
            .filter(c -> c.kind() == ProblemKind.ALERT).collect(Collectors.toUnmodifiableList());

    private BulletinArbitraries() {
    }

    /**
     * Returns valid bulletins of any period of the system, with up to five provinces, up to every
     * industry and up to five alerts.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Bulletin> bulletins() {
        Arbitrary<Map<DivisionCode, ReportSummary>> provinces = Arbitraries.maps(IdArbitraries.provinces(), summaries())
                .ofMaxSize(5);
        Arbitrary<Map<Industry, ReportSummary>> industries = Arbitraries.maps(Arbitraries.of(Industry.class), summaries())
                .ofMaxSize(Industry.values().length);
        return Combinators.combine(FundingArbitraries.periods(), summaries(), provinces, industries,
                        alerts().list().ofMaxSize(5))
                .as(Bulletin::of);
    }

    /**
     * Returns summaries whose counts are consistent and whose amounts are zero or more.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<ReportSummary> summaries() {
        Arbitrary<Long> counts = Arbitraries.longs().between(0, 1_000_000);
        Arbitrary<Integer> permille = Arbitraries.integers().between(0, 1000);
        return Builders.withBuilder(Counts::new)
                .use(counts.list().ofSize(3)).in((c, v) -> c.with(() -> c.top = v))
                .use(permille.list().ofSize(6)).in((c, v) -> c.with(() -> c.shares = v))
                .use(MoneyArbitraries.amounts().list().ofSize(4)).in((c, v) -> c.with(() -> c.money = v))
                .use(sources()).in((c, v) -> c.with(() -> c.plan = v))
                .use(sources()).in((c, v) -> c.with(() -> c.received = v))
                .build(Counts::summary);
    }

    /**
     * Returns alerts: a code of kind {@link ProblemKind#ALERT}, a subject and every argument the
     * code declares.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Finding> alerts() {
        Arbitrary<String> regions = Arbitraries.of("nation", "province:210000", "industry:METALLURGY", "辽宁省");
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.of("=HYPERLINK(\"http://example.com\")", "+1", "-2", "@SUM(A1)", "a,b", "line\nbreak",
                        "\"quoted\"", "基本生活费拖欠", "MAJOR", "HIGH"),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8));
        Arbitrary<List<String>> values = texts.list().ofSize(16);
        return Combinators.combine(Arbitraries.of(ALERT_CODES), IdArbitraries.organizationCodes(), regions,
                        IdArbitraries.provinces(), FundingArbitraries.periods(),
                        Arbitraries.longs().between(0, 10_000_000_000L), values)
                .as((code, id, region, province, period, number, text) -> {
                    boolean ofEnterprise = code.argumentNames().contains("enterpriseId");
                    String subject = ofEnterprise ? id.toString() : region;
                    Map<String, String> arguments = new LinkedHashMap<>();
                    int i = 0;
                    for (String name : code.argumentNames()) {
                        arguments.put(name, value(name, subject, province, period, number, text.get(i++ % text.size())));
                    }
                    return Finding.of(code, subject, arguments);
                });
    }

    private static String value(String name, String subject, DivisionCode province, YearMonth period, long number,
            String text) {
        switch (name) {
            case "enterpriseId":
            case "region":
                return subject;
            case "province":
                return province.toString();
            case "period":
                return period.toString();
            default:
                return name.endsWith("Fen") || name.endsWith("Bp") || name.equals("reported") || name.equals("monitored")
                        ? Long.toString(number) : text;
        }
    }

    /** Funds triples whose total stays within the 64-bit range. */
    private static Arbitrary<SourceAmounts> sources() {
        Arbitrary<Long> third = MoneyArbitraries.nonNegativeFen().map(f -> f / 3);
        return Combinators.combine(third, third, third).as(SourceAmounts::ofFen);
    }

    /** The random choices of one summary. */
    private static final class Counts {
        List<Long> top;
        List<Integer> shares;
        List<Money> money;
        SourceAmounts plan;
        SourceAmounts received;

        Counts with(Runnable assignment) {
            assignment.run();
            return this;
        }

        ReportSummary summary() {
            long monitored = top.get(0);
            long reported = share(monitored, shares.get(0));
            long laidOff = top.get(1);
            long inCentre = share(laidOff, shares.get(1));
            return ReportSummary.builder()
                    .monitored(monitored).reported(reported).onTime(share(reported, shares.get(2)))
                    .laidOffWorkers(laidOff).inCentre(inCentre).agreementsSigned(share(inCentre, shares.get(3)))
                    .reemployed(share(laidOff, shares.get(4))).leftCentre(share(inCentre, shares.get(5)))
                    .incidents(top.get(2) % 50)
                    .allowance(money.get(0), money.get(1)).contributions(money.get(2), money.get(3))
                    .funds(plan, received)
                    .build();
        }

        private static long share(long n, int permille) {
            return n / 1000 * permille + n % 1000 * permille / 1000;
        }
    }
}
