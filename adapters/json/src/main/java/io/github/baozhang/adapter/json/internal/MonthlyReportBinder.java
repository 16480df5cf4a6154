package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Binds an element of {@code baozhang/monthly-reports@1} to a {@link MonthlyReport}: types,
 * forms and the structural invariants (revision 1 or more, counts and amounts zero or more,
 * {@code allowance.paidOn} present when something was paid). Rules across fields and across
 * reports (revisions, conflicts) belong to the validation and reporting modules.
 */
final class MonthlyReportBinder implements Binder<MonthlyReport> {

    static final Shape SOURCES = Shape.builder()
            .required("enterpriseFen", Shape.Kind.MONEY)
            .required("socialFen", Shape.Kind.MONEY)
            .required("fiscalFen", Shape.Kind.MONEY)
            .build();

    static final Shape ALLOWANCE = Shape.builder()
            .required("dueFen", Shape.Kind.MONEY)
            .required("paidFen", Shape.Kind.MONEY)
            .optional("paidOn", Shape.Kind.STRING)
            .build();

    static final Shape CONTRIBUTIONS = Shape.builder()
            .required("dueFen", Shape.Kind.MONEY)
            .required("paidFen", Shape.Kind.MONEY)
            .build();

    static final Shape FUNDS = Shape.builder()
            .required("plan", SOURCES)
            .required("received", SOURCES)
            .build();

    static final Shape SHAPE = Shape.builder()
            .required("enterpriseId", Shape.Kind.STRING)
            .required("period", Shape.Kind.STRING)
            .required("revision", Shape.Kind.COUNT)
            .required("submittedAt", Shape.Kind.STRING)
            .optional("submittedBy", Shape.Kind.STRING)
            .required("laidOffWorkers", Shape.Kind.COUNT)
            .required("inCentre", Shape.Kind.COUNT)
            .required("agreementsSigned", Shape.Kind.COUNT)
            .required("allowance", ALLOWANCE)
            .required("contributions", CONTRIBUTIONS)
            .required("funds", FUNDS)
            .required("postedPublicly", Shape.Kind.BOOLEAN)
            .required("reemployed", Shape.Kind.COUNT)
            .required("leftCentre", Shape.Kind.COUNT)
            .required("incidents", Shape.Kind.COUNT)
            .build();

    @Override
    public MonthlyReport bind(Node e, Issues issues) {
        OrganizationCode enterpriseId = Convert.organizationCode(e, "enterpriseId", issues);
        YearMonth period = Convert.period(e, "period", issues);
        Integer revision = null;
        Node rev = e.get("revision");
        if (rev != null) {
            if (rev.number < 1) {
                issues.add(ProblemCode.REPORT_REVISION_INVALID, rev.pos, "revision", rev.text, "revision", rev.text);
            } else if (rev.number > Integer.MAX_VALUE) {
                issues.add(ProblemCode.INTEGER_MALFORMED, rev.pos, "revision", rev.text, "value", rev.text,
                        "reason", "range");
            } else {
                revision = (int) rev.number;
            }
        }
        OffsetDateTime submittedAt = Convert.instant(e, "submittedAt", issues);
        DivisionCode submittedBy = Convert.division(e, "submittedBy", issues);
        Long laidOff = Convert.nonNegative(e, "laidOffWorkers", issues);
        Long inCentre = Convert.nonNegative(e, "inCentre", issues);
        Long agreements = Convert.nonNegative(e, "agreementsSigned", issues);
        Payment allowance = payment(e.object("allowance"), true, issues);
        Payment contributions = payment(e.object("contributions"), false, issues);
        FundsReport funds = null;
        Node f = e.object("funds");
        if (f != null) {
            SourceAmounts plan = sources(f.object("plan"), issues);
            SourceAmounts received = sources(f.object("received"), issues);
            if (plan != null && received != null) {
                funds = FundsReport.of(plan, received);
            }
        }
        Boolean posted = e.bool("postedPublicly");
        Long reemployed = Convert.nonNegative(e, "reemployed", issues);
        Long leftCentre = Convert.nonNegative(e, "leftCentre", issues);
        Long incidents = Convert.nonNegative(e, "incidents", issues);
        if (!issues.isEmpty()) {
            return null;
        }
        try {
            return MonthlyReport.builder()
                    .enterpriseId(enterpriseId)
                    .period(period)
                    .revision(revision)
                    .submittedAt(submittedAt)
                    .submittedBy(Optional.ofNullable(submittedBy))
                    .laidOffWorkers(laidOff)
                    .inCentre(inCentre)
                    .agreementsSigned(agreements)
                    .allowance(allowance)
                    .contributions(contributions)
                    .funds(funds)
                    .postedPublicly(posted)
                    .reemployed(reemployed)
                    .leftCentre(leftCentre)
                    .incidents(incidents)
                    .build();
        } catch (InvalidValueException ex) {
            // Every invariant is checked above; this is a safety net, located at the element.
            issues.add(ex.code(), e.pos, null, null);
            return null;
        }
    }

    private static Payment payment(Node p, boolean dated, Issues issues) {
        if (p == null) {
            return null;
        }
        Long due = Convert.nonNegative(p, "dueFen", issues);
        Long paid = Convert.nonNegative(p, "paidFen", issues);
        LocalDate paidOn = dated ? Convert.date(p, "paidOn", issues) : null;
        if (dated && paid != null && paid > 0 && !p.has("paidOn")) {
            String field = p.field + ".paidOn";
            issues.add(ProblemCode.JSON_FIELD_MISSING, p.pos, field, null, "field", field);
        }
        if (due == null || paid == null || (dated && p.has("paidOn") && paidOn == null)) {
            return null;
        }
        return Payment.of(Money.ofFen(due), Money.ofFen(paid), Optional.ofNullable(paidOn));
    }

    private static SourceAmounts sources(Node s, Issues issues) {
        if (s == null) {
            return null;
        }
        Long enterprise = Convert.nonNegative(s, "enterpriseFen", issues);
        Long social = Convert.nonNegative(s, "socialFen", issues);
        Long fiscal = Convert.nonNegative(s, "fiscalFen", issues);
        if (enterprise == null || social == null || fiscal == null) {
            return null;
        }
        return SourceAmounts.ofFen(enterprise, social, fiscal);
    }
}
