package io.github.baozhang.examples.vendor;

import io.github.baozhang.disbursement.PublicPosting;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of the ACME legacy export: one laid-off worker's month in one enterprise — the
 * allowance and the social-insurance contributions due and paid, in fen, and the day they were
 * paid.
 *
 * <p>Every value of this class fits the fixed-width layout ({@link FixedWidthLayout}): the name
 * is not blank, has no surrounding spaces and takes at most 20 bytes in GBK; the amounts are
 * from 0 to 999,999,999,999 fen. {@link #toString()} masks the name and the citizen ID.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegacyWorkerRow {

    private final YearMonth period;
    private final OrganizationCode enterpriseId;
    private final CitizenId workerId;
    private final String name;
    private final Money allowanceDue;
    private final Money allowancePaid;
    private final Money contributionsDue;
    private final Money contributionsPaid;
    private final Optional<LocalDate> paidOn;

    private LegacyWorkerRow(YearMonth period, OrganizationCode enterpriseId, CitizenId workerId, String name,
            Money allowanceDue, Money allowancePaid, Money contributionsDue, Money contributionsPaid,
            Optional<LocalDate> paidOn) {
        this.period = period;
        this.enterpriseId = enterpriseId;
        this.workerId = workerId;
        this.name = name;
        this.allowanceDue = allowanceDue;
        this.allowancePaid = allowancePaid;
        this.contributionsDue = contributionsDue;
        this.contributionsPaid = contributionsPaid;
        this.paidOn = paidOn;
    }

    /**
     * Returns a record.
     *
     * @param period  the month, from 0001-01 to 9999-12, not null
     * @param enterpriseId  the enterprise, not null
     * @param workerId  the worker's 18-character citizen ID, not null
     * @param name  the worker's name, at most 20 bytes in GBK, not null
     * @param allowanceDue  the allowance due, not null
     * @param allowancePaid  the allowance paid, not null
     * @param contributionsDue  the contributions due, not null
     * @param contributionsPaid  the contributions paid, not null
     * @param paidOn  the day of payment; present whenever something was paid, not null
     * @return the record, not null
     * @throws IllegalArgumentException if a value does not fit the layout, or something was paid
     *         without a date
     */
    public static LegacyWorkerRow of(YearMonth period, OrganizationCode enterpriseId, CitizenId workerId, String name,
            Money allowanceDue, Money allowancePaid, Money contributionsDue, Money contributionsPaid,
            Optional<LocalDate> paidOn) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(paidOn, "paidOn");
        if (period.getYear() < 1 || period.getYear() > 9999) {
            throw new IllegalArgumentException("the period does not fit YYYYMM: " + period);
        }
        paidOn.ifPresent(d -> {
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new IllegalArgumentException("the paid date does not fit YYYYMMDD: " + d);
            }
        });
        if (!FixedWidthLayout.fitsName(name)) {
            throw new IllegalArgumentException("the name is blank, has surrounding spaces or is longer than "
                    + FixedWidthLayout.NAME.length() + " bytes in GBK");
        }
        for (Money m : new Money[] {allowanceDue, allowancePaid, contributionsDue, contributionsPaid}) {
            Objects.requireNonNull(m, "amount");
            if (m.isNegative() || m.fen() > FixedWidthLayout.MAX_FEN) {
                throw new IllegalArgumentException("an amount does not fit 9(12) fen: " + m.fen());
            }
        }
        if (paidOn.isEmpty() && (allowancePaid.isPositive() || contributionsPaid.isPositive())) {
            throw new IllegalArgumentException("something was paid without a date");
        }
        return new LegacyWorkerRow(period, enterpriseId, workerId, name, allowanceDue, allowancePaid, contributionsDue,
                contributionsPaid, paidOn);
    }

    /**
     * Returns the month.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the enterprise.
     *
     * @return the organisation code, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the worker's citizen ID.
     *
     * @return the ID, not null
     */
    public CitizenId workerId() {
        return workerId;
    }

    /**
     * Returns the worker's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the allowance due.
     *
     * @return the amount, not null
     */
    public Money allowanceDue() {
        return allowanceDue;
    }

    /**
     * Returns the allowance paid.
     *
     * @return the amount, not null
     */
    public Money allowancePaid() {
        return allowancePaid;
    }

    /**
     * Returns the contributions due.
     *
     * @return the amount, not null
     */
    public Money contributionsDue() {
        return contributionsDue;
    }

    /**
     * Returns the contributions paid.
     *
     * @return the amount, not null
     */
    public Money contributionsPaid() {
        return contributionsPaid;
    }

    /**
     * Returns the day of payment.
     *
     * @return the date, or empty if nothing was paid
     */
    public Optional<LocalDate> paidOn() {
        return paidOn;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof LegacyWorkerRow)) {
            return false;
        }
        LegacyWorkerRow o = (LegacyWorkerRow) obj;
        return period.equals(o.period) && enterpriseId.equals(o.enterpriseId) && workerId.equals(o.workerId)
                && name.equals(o.name) && allowanceDue.equals(o.allowanceDue) && allowancePaid.equals(o.allowancePaid)
                && contributionsDue.equals(o.contributionsDue) && contributionsPaid.equals(o.contributionsPaid)
                && paidOn.equals(o.paidOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, enterpriseId, workerId, name, allowanceDue, allowancePaid, contributionsDue,
                contributionsPaid, paidOn);
    }

    /** Returns the record with the name and the citizen ID masked. */
    @Override
    public String toString() {
        return "LegacyWorkerRow[" + period + " " + enterpriseId + " " + workerId.masked() + " "
                + PublicPosting.maskName(name) + " allowance " + allowanceDue.fen() + "/" + allowancePaid.fen()
                + " contributions " + contributionsDue.fen() + "/" + contributionsPaid.fen() + " paid "
                + paidOn.map(LocalDate::toString).orElse("-") + "]";
    }
}
