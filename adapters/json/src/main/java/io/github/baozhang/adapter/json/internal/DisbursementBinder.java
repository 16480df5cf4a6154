package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Binds an element of {@code baozhang/disbursements@1} to a {@link DisbursementRecord}: types
 * and forms; the citizen ID in 18 characters or the 15-digit legacy form, normalised to 18;
 * the name not blank; then {@link DisbursementRecord#check()} (amounts zero or more, a paid
 * allowance dated, the agreement not before the entry into the centre); and, when asked, a
 * citizen ID that already drew at another enterprise in the same period is
 * {@link ProblemCode#DISBURSEMENT_DUPLICATE_RECIPIENT}, naming the first record.
 *
 * <p>Personal data never leaves the binder unmasked: a citizen ID in a violation, its offending
 * value or its arguments is masked as {@link CitizenId#masked()} does (the birth date hidden); a
 * name is never put in a violation.
 *
 * <p>One binder per read: it remembers the first place of each citizen ID and period
 * ({@link RecipientTable}).
 */
final class DisbursementBinder implements Binder<DisbursementRecord> {

    static final Shape SHAPE = Shape.builder()
            .required("citizenId", Shape.Kind.STRING)
            .required("name", Shape.Kind.STRING)
            .required("enterpriseId", Shape.Kind.STRING)
            .required("period", Shape.Kind.STRING)
            .required("allowance", MonthlyReportBinder.ALLOWANCE)
            .required("contributions", MonthlyReportBinder.CONTRIBUTIONS)
            .required("centreEnteredOn", Shape.Kind.STRING)
            .optional("agreementSignedOn", Shape.Kind.STRING)
            .build();

    /** What stands for hidden characters. */
    private static final String HIDDEN = "********";

    private final RecipientTable recipients;

    /** A binder that finds duplicate recipients ({@code findDuplicates}) or not. */
    DisbursementBinder(boolean findDuplicates) {
        this.recipients = findDuplicates ? new RecipientTable() : null;
    }

    @Override
    public DisbursementRecord bind(Node e, Issues issues) {
        CitizenId citizenId = citizenId(e.get("citizenId"), issues);
        String name = e.string("name");
        if (name != null && name.isBlank()) {
            issues.add(ProblemCode.WORKER_NAME_BLANK, e.get("name").pos, "name", null);
            name = null;
        }
        OrganizationCode enterpriseId = Convert.organizationCode(e, "enterpriseId", issues);
        YearMonth period = Convert.period(e, "period", issues);
        Payment allowance = payment(e.object("allowance"), true, issues);
        Payment contributions = payment(e.object("contributions"), false, issues);
        LocalDate entered = Convert.date(e, "centreEnteredOn", issues);
        LocalDate signed = Convert.date(e, "agreementSignedOn", issues);
        if (recipients != null && citizenId != null && period != null && enterpriseId != null) {
            duplicate(e, citizenId, period, enterpriseId, issues);
        }
        if (citizenId == null || name == null || enterpriseId == null || period == null || allowance == null
                || contributions == null || entered == null || (e.has("agreementSignedOn") && signed == null)) {
            return null;
        }
        DisbursementRecord record;
        try {
            record = DisbursementRecord.builder()
                    .worker(Worker.of(citizenId, name))
                    .enterpriseId(enterpriseId)
                    .period(period)
                    .allowance(allowance)
                    .contributions(contributions)
                    .centreEnteredOn(entered)
                    .agreementSignedOn(Optional.ofNullable(signed))
                    .build();
        } catch (InvalidValueException ex) {
            // Every invariant is checked above; this is a safety net, located at the element.
            issues.add(ex.code(), e.pos, null, null);
            return null;
        }
        for (Violation v : record.check()) {
            if (!issues.failed(v.location().field().orElse(""))) {
                issues.addLocated(v, e);
            }
        }
        return issues.isEmpty() ? record : null;
    }

    private void duplicate(Node e, CitizenId id, YearMonth period, OrganizationCode enterpriseId, Issues issues) {
        String pointer = e.pos.pointer();
        long index = Long.parseLong(pointer.substring(pointer.lastIndexOf('/') + 1));
        RecipientTable.First first = recipients.putIfAbsent(id, period, enterpriseId, index, e.pos.line());
        if (first == null || first.enterpriseId().equals(enterpriseId)) {
            return;
        }
        String prefix = pointer.substring(0, pointer.lastIndexOf('/') + 1);
        Node at = e.get("citizenId");
        issues.add(ProblemCode.DISBURSEMENT_DUPLICATE_RECIPIENT, at.pos, "citizenId", id.masked(),
                "maskedId", id.masked(), "period", Convert.format(period),
                "firstRecord", prefix + first.index(), "firstLine", Long.toString(first.line()),
                "firstEnterpriseId", first.enterpriseId().toString(),
                "secondRecord", pointer, "secondEnterpriseId", enterpriseId.toString());
    }

    /** Reads a citizen ID, 18 characters or 15 legacy digits; a failure is reported masked. */
    private static CitizenId citizenId(Node n, Issues issues) {
        if (n == null) {
            return null;
        }
        Parsed<CitizenId> parsed = CitizenId.checkAllowingLegacy(n.text);
        if (parsed.isValid()) {
            return parsed.value();
        }
        String masked = mask(n.text);
        if (parsed.code().orElse(null) == ProblemCode.CITIZEN_ID_BIRTH_DATE) {
            issues.add(ProblemCode.CITIZEN_ID_BIRTH_DATE, n.pos, n.field, masked, "birthDate", HIDDEN);
        } else {
            issues.add(parsed, n, masked);
        }
        return null;
    }

    /**
     * Masks text that was meant to be a citizen ID as {@link CitizenId#masked()} masks one: the
     * first six and the last four characters kept, every one between hidden; text of ten
     * characters or fewer is hidden whole.
     */
    static String mask(String text) {
        int length = text.length();
        if (length <= 10) {
            return "*".repeat(length);
        }
        int hidden = Math.min(length - 10, 64);
        return text.substring(0, 6) + "*".repeat(hidden) + text.substring(length - 4);
    }

    private static Payment payment(Node p, boolean dated, Issues issues) {
        if (p == null) {
            return null;
        }
        Long due = p.integer("dueFen");
        Long paid = p.integer("paidFen");
        LocalDate paidOn = dated ? Convert.date(p, "paidOn", issues) : null;
        if (due == null || paid == null || (dated && p.has("paidOn") && paidOn == null)) {
            return null;
        }
        return Payment.of(Money.ofFen(due), Money.ofFen(paid), Optional.ofNullable(paidOn));
    }
}
