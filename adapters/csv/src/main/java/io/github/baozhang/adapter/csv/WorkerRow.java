package io.github.baozhang.adapter.csv;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One valid row of the national worker-row CSV: one worker's month in one enterprise, with the
 * allowance and contributions due and paid in fen, the paid date, and whether it was on time
 * against the reading profile's pay date.
 *
 * <p>{@link #toString()} masks the citizen ID. This class is immutable and thread-safe.
 */
public final class WorkerRow {

    private final YearMonth period;
    private final DivisionCode province;
    private final DivisionCode city;
    private final OrganizationCode enterpriseId;
    private final CitizenId workerId;
    private final long allowanceDueFen;
    private final long allowancePaidFen;
    private final long contributionsDueFen;
    private final long contributionsPaidFen;
    private final LocalDate paidOn;
    private final boolean onTime;

    WorkerRow(YearMonth period, DivisionCode province, DivisionCode city, OrganizationCode enterpriseId,
            CitizenId workerId, long allowanceDueFen, long allowancePaidFen, long contributionsDueFen,
            long contributionsPaidFen, LocalDate paidOn, boolean onTime) {
        this.period = Objects.requireNonNull(period, "period");
        this.province = Objects.requireNonNull(province, "province");
        this.city = Objects.requireNonNull(city, "city");
        this.enterpriseId = Objects.requireNonNull(enterpriseId, "enterpriseId");
        this.workerId = Objects.requireNonNull(workerId, "workerId");
        this.allowanceDueFen = allowanceDueFen;
        this.allowancePaidFen = allowancePaidFen;
        this.contributionsDueFen = contributionsDueFen;
        this.contributionsPaidFen = contributionsPaidFen;
        this.paidOn = paidOn;
        this.onTime = onTime;
    }

    /**
     * Returns the period.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the province ({@code province_code}).
     *
     * @return the province, not null
     */
    public DivisionCode province() {
        return province;
    }

    /**
     * Returns the city ({@code city_code}), inside the province.
     *
     * @return the city, not null
     */
    public DivisionCode city() {
        return city;
    }

    /**
     * Returns the enterprise ({@code enterprise_code}).
     *
     * @return the organisation code, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the worker ({@code worker_id}); personal data.
     *
     * @return the citizen ID, not null
     */
    public CitizenId workerId() {
        return workerId;
    }

    /**
     * Returns the allowance due.
     *
     * @return fen, zero or more
     */
    public long allowanceDueFen() {
        return allowanceDueFen;
    }

    /**
     * Returns the allowance paid.
     *
     * @return fen, zero or more
     */
    public long allowancePaidFen() {
        return allowancePaidFen;
    }

    /**
     * Returns the contributions due.
     *
     * @return fen, zero or more
     */
    public long contributionsDueFen() {
        return contributionsDueFen;
    }

    /**
     * Returns the contributions paid.
     *
     * @return fen, zero or more
     */
    public long contributionsPaidFen() {
        return contributionsPaidFen;
    }

    /**
     * Returns the paid date; empty only when nothing was paid.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    /**
     * Returns whether the row was on time: nothing due, or paid on or before the pay date of the
     * profile the row was read with.
     *
     * @return true if on time
     */
    public boolean isOnTime() {
        return onTime;
    }

    /**
     * Returns whether both paid amounts reach their due amounts.
     *
     * @return true if paid in full
     */
    public boolean isPaidInFull() {
        return allowancePaidFen >= allowanceDueFen && contributionsPaidFen >= contributionsDueFen;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof WorkerRow)) {
            return false;
        }
        WorkerRow o = (WorkerRow) obj;
        return period.equals(o.period) && province.equals(o.province) && city.equals(o.city)
                && enterpriseId.equals(o.enterpriseId) && workerId.equals(o.workerId)
                && allowanceDueFen == o.allowanceDueFen && allowancePaidFen == o.allowancePaidFen
                && contributionsDueFen == o.contributionsDueFen && contributionsPaidFen == o.contributionsPaidFen
                && Objects.equals(paidOn, o.paidOn) && onTime == o.onTime;
    }

    @Override
    public int hashCode() {
        return Objects.hash(period, province, city, enterpriseId, workerId, allowanceDueFen, allowancePaidFen,
                contributionsDueFen, contributionsPaidFen, paidOn, onTime);
    }

    @Override
    public String toString() {
        return "WorkerRow{" + period + " " + city + " " + enterpriseId + " " + workerId.masked() + " allowance "
                + allowancePaidFen + "/" + allowanceDueFen + " contributions " + contributionsPaidFen + "/"
                + contributionsDueFen + " paid " + (paidOn == null ? "-" : paidOn) + (onTime ? " on time" : " late") + "}";
    }
}
