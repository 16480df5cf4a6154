package io.github.baozhang.disbursement;

import io.github.baozhang.id.OrganizationCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The record of one public posting (张榜公布): which enterprise posted which month's list, on
 * what day and where (a notice board, a workshop gate). {@link PublicPosting#checkPostedRegularly}
 * reads these.
 *
 * <p>This class is immutable and thread-safe. It must be treated as a value type.
 */
public final class PostingRecord {

    private final OrganizationCode enterpriseId;
    private final YearMonth period;
    private final LocalDate postedOn;
    private final String place;

    private PostingRecord(OrganizationCode enterpriseId, YearMonth period, LocalDate postedOn, String place) {
        this.enterpriseId = enterpriseId;
        this.period = period;
        this.postedOn = postedOn;
        this.place = place;
    }

    /**
     * Returns a posting record.
     *
     * @param enterpriseId  the enterprise, not null
     * @param period  the month whose list was posted, not null
     * @param postedOn  the day it was posted, not null
     * @param place  where it was posted, not blank, not null
     * @return the record, not null
     * @throws IllegalArgumentException if the place is blank
     */
    public static PostingRecord of(OrganizationCode enterpriseId, YearMonth period, LocalDate postedOn, String place) {
        Objects.requireNonNull(place, "place");
        if (place.isBlank()) {
            throw new IllegalArgumentException("the place of a posting must not be blank");
        }
        return new PostingRecord(Objects.requireNonNull(enterpriseId, "enterpriseId"),
                Objects.requireNonNull(period, "period"), Objects.requireNonNull(postedOn, "postedOn"), place);
    }

    /**
     * Returns the enterprise that posted.
     *
     * @return the enterprise id, not null
     */
    public OrganizationCode enterpriseId() {
        return enterpriseId;
    }

    /**
     * Returns the month whose list was posted.
     *
     * @return the period, not null
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Returns the day it was posted.
     *
     * @return the date, not null
     */
    public LocalDate postedOn() {
        return postedOn;
    }

    /**
     * Returns where it was posted.
     *
     * @return the place, not blank, not null
     */
    public String place() {
        return place;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof PostingRecord)) {
            return false;
        }
        PostingRecord other = (PostingRecord) obj;
        return enterpriseId.equals(other.enterpriseId) && period.equals(other.period)
                && postedOn.equals(other.postedOn) && place.equals(other.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(enterpriseId, period, postedOn, place);
    }

    /**
     * Returns the record, such as {@code PostingRecord[D2143569X 1999-07 on 1999-07-20 at 厂区公告栏]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "PostingRecord[" + enterpriseId + " " + period + " on " + postedOn + " at " + place + "]";
    }
}
