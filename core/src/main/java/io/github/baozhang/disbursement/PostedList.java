package io.github.baozhang.disbursement;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.profile.AllowanceLadder;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a centre posts publicly for a month (张榜公布): the allowance standard and the list of
 * recipients, each as a masked name, a masked citizen ID and the allowance due to them that
 * month — the amount a worker checks against the standard.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class PostedList {

    private final OrganizationCode enterpriseId;
    private final YearMonth period;
    private final AllowanceLadder standard;
    private final List<PostedEntry> entries;

    private PostedList(OrganizationCode enterpriseId, YearMonth period, AllowanceLadder standard,
            List<PostedEntry> entries) {
        this.enterpriseId = enterpriseId;
        this.period = period;
        this.standard = standard;
        this.entries = entries;
    }

    /**
     * Returns the list of an enterprise's month: one line, in record order, for each record of
     * that enterprise and period with an allowance due; other records are skipped.
     *
     * @param enterpriseId  the enterprise, not null
     * @param period  the month, not null
     * @param standard  the allowance standard to post, not null
     * @param records  the records, not null, no null element
     * @return the list, not null
     */
    public static PostedList of(OrganizationCode enterpriseId, YearMonth period, AllowanceLadder standard,
            Iterable<DisbursementRecord> records) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(records, "records");
        List<PostedEntry> entries = new ArrayList<>();
        for (DisbursementRecord r : records) {
            Objects.requireNonNull(r, "record");
            if (r.enterpriseId().equals(enterpriseId) && r.period().equals(period) && r.allowance().due().isPositive()) {
                entries.add(PostedEntry.of(r.worker(), r.allowance().due()));
            }
        }
        return new PostedList(enterpriseId, period, standard, List.copyOf(entries));
    }

    /**
     * Returns the enterprise.
     *
     * @return the enterprise id, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
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
     * Returns the standard posted beside the list.
     *
     * @return the ladder, not null
     */
    public AllowanceLadder standard() {
        return standard;
    }

    /**
     * Returns the lines.
     *
     * @return the lines, unmodifiable, not null
     */
    public List<PostedEntry> entries() {
        return entries;
    }

    /**
     * Returns the sum of the lines' amounts.
     *
     * @return the total, not null
     * @throws ArithmeticException if it leaves the {@code long} range
     */
    public Money total() {
        Money total = Money.zero();
        for (PostedEntry e : entries) {
            total = total.plus(e.amount());
        }
        return total;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PostedList)) {
            return false;
        }
        PostedList other = (PostedList) obj;
        return enterpriseId.equals(other.enterpriseId) && period.equals(other.period)
                && standard.equals(other.standard) && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, period, standard, entries);
    }

    /**
     * Returns the enterprise, period, standard and lines, all masked.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PostedList{" + enterpriseId + " " + period + " " + standard + " " + entries + "}";
    }
}
