package io.github.baozhang.funding;

import io.github.baozhang.money.Allocation;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three-thirds rule (三三制) as the interchange format's funding rules v1 state it.
 *
 * <ol>
 *   <li>Ratios: social 1/3; enterprise r with 0 ≤ r ≤ 2/3 (default 1/3, set by the assessment
 *       of the enterprise's capacity); fiscal 1 − 1/3 − r.</li>
 *   <li>Split by largest remainder ({@link Allocation}); ties go first to FISCAL, then SOCIAL,
 *       then ENTERPRISE: 100 fen at thirds → 33 / 33 / 34, 101 → 33 / 34 / 34.</li>
 *   <li>Primary payers by {@link FundingCategory#primaryPayer}.</li>
 *   <li>Gap = max(0, plan − received), excess = max(0, received − plan), per source, never
 *       netted across sources.</li>
 *   <li>Backstops by {@link FundingCategory#backstopPayer}.</li>
 *   <li>Unemployment-insurance premium arrears never reduce the social share; they are echoed
 *       beside it (边拨付边清缴).</li>
 *   <li>Arrival rate = floor(10000 × received / plan), 10000 when the plan is zero; overall
 *       = floor(10000 × Σ received / R), 10000 when R is zero; exact, capped at 1,000,000.</li>
 * </ol>
 *
 * <p>Every method is a pure function. This class is a stateless utility.
 */
public final class ThreeThirds {

    /** The social share: one third. */
    public static final Ratio SOCIAL_RATIO = Ratio.ONE_THIRD;
    /** The largest enterprise ratio: two thirds, leaving nothing to finance. */
    public static final Ratio MAX_ENTERPRISE_RATIO = Ratio.TWO_THIRDS;
    /** The cap of an arrival rate: 1,000,000 basis points, a hundred times the plan. */
    public static final long ARRIVAL_CAP = 1_000_000L;

    /** Ties go to FISCAL, then SOCIAL, then ENTERPRISE (indices of the source order). */
    private static final int[] TIE_ORDER = {2, 1, 0};
    private static final BasisPoints FULL = BasisPoints.of(BasisPoints.ONE_WHOLE);

    private ThreeThirds() {
    }

    /**
     * Returns the fiscal ratio for an enterprise ratio: {@code 1 − 1/3 − r}.
     *
     * @param enterpriseRatio  the enterprise ratio, from 0 to 2/3, not null
     * @return the fiscal ratio, not null
     * @throws IllegalArgumentException if the enterprise ratio is outside [0, 2/3]
     */
    public static Ratio fiscalRatio(Ratio enterpriseRatio) {
        checkRatio(enterpriseRatio);
        return Ratio.ONE.minus(SOCIAL_RATIO).minus(enterpriseRatio);
    }

    /**
     * Splits a requirement into the three shares (rules 1 and 2).
     *
     * @param requirement  the requirement, zero or more, not null
     * @param enterpriseRatio  the enterprise ratio, from 0 to 2/3, not null
     * @return the plan, summing exactly to the requirement, not null
     * @throws IllegalArgumentException if the requirement is negative or the ratio outside
     *     [0, 2/3]
     */
    public static SourceAmounts plan(Money requirement, Ratio enterpriseRatio) {
        Objects.requireNonNull(requirement, "requirement");
        List<Money> parts = Allocation.byLargestRemainder(requirement,
                List.of(enterpriseRatio, SOCIAL_RATIO, fiscalRatio(enterpriseRatio)), TIE_ORDER);
        return SourceAmounts.of(parts.get(0), parts.get(1), parts.get(2));
    }

    /**
     * Returns the arrival rate of receipts against a plan (rule 7): floor(10000 × received /
     * plan), 10000 when the plan is zero, capped at {@link #ARRIVAL_CAP}.
     *
     * @param received  the receipts in fen, zero or more, not null
     * @param plan  the plan in fen, zero or more, not null
     * @return the rate, not null
     * @throws IllegalArgumentException if either is negative
     */
    public static BasisPoints arrivalRate(BigInteger received, BigInteger plan) {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(plan, "plan");
        if (received.signum() < 0 || plan.signum() < 0) {
            throw new IllegalArgumentException("received and plan must be zero or more");
        }
        if (plan.signum() == 0) {
            return FULL;
        }
        return BasisPoints.floorOf(Ratio.of(received, plan), ARRIVAL_CAP);
    }

    /**
     * Checks a case: every violation, not only the first. Field names are those of the
     * interchange format ({@code enterpriseRatio}, {@code received.socialFen}, …).
     *
     * @param fundingCase  the case, not null
     * @return the violations, empty when the case is valid, unmodifiable, not null
     */
    public static List<Violation> check(FundingCase fundingCase) {
        return List.copyOf(checkAndRequirement(fundingCase, null));
    }

    /**
     * Funds a case: its result, or every violation that kept it from being computed.
     *
     * @param fundingCase  the case, not null
     * @return the outcome, not null
     */
    public static FundingOutcome evaluate(FundingCase fundingCase) {
        Money[] requirement = new Money[1];
        List<Violation> violations = checkAndRequirement(fundingCase, requirement);
        if (!violations.isEmpty()) {
            return FundingOutcome.rejected(fundingCase.id(), violations);
        }
        return FundingOutcome.funded(fund(fundingCase, requirement[0]));
    }

    private static FundingResult fund(FundingCase c, Money requirement) {
        FundingCategory category = FundingCategory.of(c.affiliation(), c.shougangExternal());
        SourceAmounts plan = plan(requirement, c.enterpriseRatio());
        SourceAmounts received = c.received();
        Money[] gaps = new Money[3];
        Money[] excesses = new Money[3];
        BasisPoints[] rates = new BasisPoints[3];
        List<Backstop> backstops = new ArrayList<>(3);
        List<Finding> findings = new ArrayList<>(4);
        for (FundingSource source : FundingSource.values()) {
            int i = source.ordinal();
            long p = plan.get(source).fen();
            long r = received.get(source).fen();
            // Both are zero or more, so neither difference can overflow.
            gaps[i] = Money.ofFen(Math.max(0, p - r));
            excesses[i] = Money.ofFen(Math.max(0, r - p));
            rates[i] = arrivalRate(BigInteger.valueOf(r), BigInteger.valueOf(p));
            if (gaps[i].isPositive()) {
                Payer payer = category.backstopPayer(source);
                backstops.add(Backstop.of(source, payer, gaps[i]));
                Map<String, String> args = new LinkedHashMap<>();
                args.put("source", source.name());
                args.put("payer", payer.name());
                args.put("gapFen", Long.toString(gaps[i].fen()));
                findings.add(Finding.of(ProblemCode.FUNDING_GAP, c.id(), args));
            }
        }
        if (c.uiArrears().isPositive()) {
            findings.add(Finding.of(ProblemCode.UI_PREMIUM_ARREARS, c.id(),
                    Map.of("uiArrearsFen", Long.toString(c.uiArrears().fen()))));
        }
        if (category == FundingCategory.SHOUGANG_EXTERNAL && gaps[0].isPositive()) {
            findings.add(Finding.of(ProblemCode.SHOUGANG_HQ_SHORTFALL, c.id(),
                    Map.of("gapFen", Long.toString(gaps[0].fen()))));
        }
        BasisPoints overall = arrivalRate(received.exactTotalFen(), BigInteger.valueOf(requirement.fen()));
        return FundingResult.builder()
                .caseId(c.id())
                .period(c.period())
                .category(category)
                .requirement(requirement)
                .enterpriseRatio(c.enterpriseRatio())
                .uiArrears(c.uiArrears())
                .plan(plan)
                .received(received)
                .gap(SourceAmounts.of(gaps[0], gaps[1], gaps[2]))
                .excess(SourceAmounts.of(excesses[0], excesses[1], excesses[2]))
                .arrival(ArrivalRates.of(rates[0], rates[1], rates[2], overall))
                .backstops(backstops)
                .findings(findings)
                .build();
    }

    /**
     * Collects the violations of a case and, when {@code out} is given, stores R in
     * {@code out[0]} (null when it could not be computed; it is only read when there is no
     * violation).
     */
    private static List<Violation> checkAndRequirement(FundingCase c, Money[] out) {
        Objects.requireNonNull(c, "fundingCase");
        List<Violation> violations = new ArrayList<>();
        if (c.shougangExternal() && c.affiliation() == io.github.baozhang.enterprise.Affiliation.CENTRAL) {
            violations.add(Violation.builder().code(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL)
                    .location(Location.ofField("shougangExternal")).build());
        }
        Ratio r = c.enterpriseRatio();
        if (!r.isBetween(Ratio.ZERO, MAX_ENTERPRISE_RATIO)) {
            violations.add(Violation.builder().code(ProblemCode.RATIO_OUT_OF_RANGE)
                    .location(Location.ofField("enterpriseRatio")).offendingValue(r.toString())
                    .putArguments("value", r.toString())
                    .putArguments("min", Ratio.ZERO.toString())
                    .putArguments("max", MAX_ENTERPRISE_RATIO.toString())
                    .build());
        }
        Money requirement = checkRequirement(c, violations);
        negative(violations, "received.enterpriseFen", c.received().enterprise().fen());
        negative(violations, "received.socialFen", c.received().social().fen());
        negative(violations, "received.fiscalFen", c.received().fiscal().fen());
        negative(violations, "uiArrearsFen", c.uiArrears().fen());
        if (out != null) {
            out[0] = requirement;
        }
        return violations;
    }

    private static Money checkRequirement(FundingCase c, List<Violation> violations) {
        if (c.requirement().isEmpty() && c.perWorker().isEmpty()) {
            violations.add(Violation.builder().code(ProblemCode.FUNDING_REQUIREMENT_MISSING)
                    .location(Location.ofField("requirementFen"))
                    .putArguments("missing", "requirementFen").build());
            return null;
        }
        int before = violations.size();
        c.requirement().ifPresent(m -> negative(violations, "requirementFen", m.fen()));
        BigInteger computed = null;
        if (c.perWorker().isPresent()) {
            PerWorkerCost w = c.perWorker().get();
            negative(violations, "workers", w.workers());
            negative(violations, "months", w.months());
            negative(violations, "allowancePerWorkerFen", w.allowancePerWorker().fen());
            negative(violations, "contributionsPerWorkerFen", w.contributionsPerWorker().fen());
            computed = w.exactRequirementFen();
        }
        if (violations.size() > before) {
            return null;
        }
        if (c.requirement().isPresent()) {
            Money given = c.requirement().get();
            if (computed != null && !computed.equals(BigInteger.valueOf(given.fen()))) {
                violations.add(Violation.builder().code(ProblemCode.FUNDING_REQUIREMENT_MISMATCH)
                        .location(Location.ofField("requirementFen"))
                        .putArguments("requirementFen", Long.toString(given.fen()))
                        .putArguments("computedFen", computed.toString()).build());
                return null;
            }
            return given;
        }
        if (computed.bitLength() > 63) {
            violations.add(Violation.builder().code(ProblemCode.AMOUNT_OUT_OF_RANGE)
                    .location(Location.ofField("requirementFen"))
                    .putArguments("operation", "workers × months × (allowancePerWorkerFen + contributionsPerWorkerFen)")
                    .build());
            return null;
        }
        return Money.ofFen(computed.longValueExact());
    }

    private static void negative(List<Violation> violations, String field, long value) {
        if (value < 0) {
            violations.add(Violation.builder().code(ProblemCode.VALUE_NEGATIVE)
                    .location(Location.ofField(field)).offendingValue(Long.toString(value))
                    .putArguments("value", Long.toString(value)).build());
        }
    }

    private static void checkRatio(Ratio enterpriseRatio) {
        Objects.requireNonNull(enterpriseRatio, "enterpriseRatio");
        if (!enterpriseRatio.isBetween(Ratio.ZERO, MAX_ENTERPRISE_RATIO)) {
            throw new IllegalArgumentException("enterprise ratio outside [0, 2/3]: " + enterpriseRatio);
        }
    }
}
