package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds an element of {@code baozhang/funding-cases@1} to a {@link FundingCase}: the reader
 * checks types and forms, {@link ThreeThirds#check} the domain (ratio range, negative amounts,
 * the two forms of the requirement agreeing, a requirement beyond the 64-bit range). A partial
 * per-worker form is {@link ProblemCode#FUNDING_REQUIREMENT_MISSING} naming the missing fields.
 */
final class FundingCaseBinder implements Binder<FundingCase> {

    static final Shape RECEIVED = Shape.builder()
            .optional("enterpriseFen", Shape.Kind.MONEY)
            .optional("socialFen", Shape.Kind.MONEY)
            .optional("fiscalFen", Shape.Kind.MONEY)
            .build();

    static final Shape SHAPE = Shape.builder()
            .required("id", Shape.Kind.STRING)
            .required("affiliation", Shape.Kind.STRING)
            .optional("shougangExternal", Shape.Kind.BOOLEAN)
            .required("period", Shape.Kind.STRING)
            .optional("requirementFen", Shape.Kind.MONEY)
            .optional("workers", Shape.Kind.COUNT)
            .optional("months", Shape.Kind.COUNT)
            .optional("allowancePerWorkerFen", Shape.Kind.MONEY)
            .optional("contributionsPerWorkerFen", Shape.Kind.MONEY)
            .optional("enterpriseRatio", Shape.Kind.STRING)
            .optional("received", RECEIVED)
            .optional("uiArrearsFen", Shape.Kind.MONEY)
            .build();

    /** The fields of the per-worker form, in interchange order. */
    static final List<String> PER_WORKER = List.of("workers", "months", "allowancePerWorkerFen",
            "contributionsPerWorkerFen");

    @Override
    public FundingCase bind(Node e, Issues issues) {
        String id = e.string("id");
        Affiliation affiliation = Convert.enumValue(e, "affiliation", Affiliation.class, issues);
        Boolean shougang = e.bool("shougangExternal");
        YearMonth period = Convert.period(e, "period", issues);
        Ratio ratio = Convert.ratio(e, "enterpriseRatio", issues);

        List<String> missing = new ArrayList<>();
        for (String f : PER_WORKER) {
            if (!e.has(f)) {
                missing.add(f);
            }
        }
        boolean partial = !missing.isEmpty() && missing.size() < PER_WORKER.size();
        if (partial) {
            issues.add(ProblemCode.FUNDING_REQUIREMENT_MISSING, e.pos, missing.get(0), null,
                    "missing", String.join(",", missing));
        }
        boolean requirementBroken = issues.failed("requirementFen");
        for (String f : PER_WORKER) {
            requirementBroken |= issues.failed(f);
        }

        // A probe with harmless stand-ins for what failed, so the core rules see every other field.
        FundingCase.Builder b = FundingCase.builder();
        b.id(id != null ? id : "");
        b.affiliation(affiliation != null ? affiliation : Affiliation.LOCAL);
        b.period(period != null ? period : YearMonth.of(2000, 1));
        if (shougang != null) {
            b.shougangExternal(shougang);
        }
        if (!requirementBroken) {
            Long r = e.integer("requirementFen");
            if (r != null) {
                b.requirement(Money.ofFen(r));
            }
            if (missing.isEmpty()) {
                b.perWorker(PerWorkerCost.of(e.integer("workers"), e.integer("months"),
                        Money.ofFen(e.integer("allowancePerWorkerFen")),
                        Money.ofFen(e.integer("contributionsPerWorkerFen"))));
            }
        }
        if (ratio != null) {
            b.enterpriseRatio(ratio);
        }
        Node received = e.object("received");
        if (received != null) {
            b.received(SourceAmounts.ofFen(orZero(received.integer("enterpriseFen")),
                    orZero(received.integer("socialFen")), orZero(received.integer("fiscalFen"))));
        }
        Long arrears = e.integer("uiArrearsFen");
        if (arrears != null) {
            b.uiArrears(Money.ofFen(arrears));
        }
        FundingCase probe = b.build();

        for (Violation v : ThreeThirds.check(probe)) {
            String field = v.location().field().orElse("");
            if (issues.failed(field)) {
                continue;
            }
            boolean aboutRequirement = v.code() == ProblemCode.FUNDING_REQUIREMENT_MISSING
                    || v.code() == ProblemCode.FUNDING_REQUIREMENT_MISMATCH
                    || v.code() == ProblemCode.AMOUNT_OUT_OF_RANGE;
            if (aboutRequirement && (requirementBroken || partial)) {
                continue;
            }
            issues.addLocated(v, e);
        }
        return issues.isEmpty() ? probe : null;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
