package io.github.baozhang.disbursement;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds duplicate recipients: one citizen ID drawing in two places — two enterprises, or two
 * provinces — in one period.
 *
 * <p>A place is an enterprise, with its province when the feed gives one. The first place an ID
 * is seen at in a period is its first place; each later place it is seen at, distinct from every
 * place before it, is one finding naming that place and the first:
 * {@link ProblemCode#DUPLICATE_RECIPIENT_ACROSS_PROVINCES} when both provinces are known and
 * differ, else {@link ProblemCode#DUPLICATE_RECIPIENT}. An ID seen at three enterprises gives
 * two findings. The same place seen again, or the same ID in another period, is no finding. A
 * finding carries the masked ID ({@link CitizenId#masked()}) as its subject and argument, never
 * the full ID.
 *
 * <p>A detector is fed one drawing at a time ({@link #add}) and answers at once; it keeps one
 * entry per ID and period, so its memory grows with the rows. {@link #find} runs one over
 * records. This class is <b>not</b> thread-safe.
 */
public final class DuplicateRecipients {

    private record Key(CitizenId id, YearMonth period) {
    }

    private record Place(OrganizationCode enterpriseId, DivisionCode province) {
    }

    /** The places of each ID and period, first first: a Place, or a List of them once there are two. */
    private final Map<Key, Object> places = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private DuplicateRecipients() {
    }

    /**
     * Returns a detector that has seen nothing.
     *
     * @return a new detector, not null
     */
    public static DuplicateRecipients create() {
        return new DuplicateRecipients();
    }

    /**
     * Returns the duplicates among records, in the order their later place first appears.
     *
     * @param records  the records, of one period or several, not null, no null element
     * @return the findings, unmodifiable, empty if none, not null
     */
    public static List<Finding> find(Iterable<DisbursementRecord> records) {
        Objects.requireNonNull(records, "records");
        DuplicateRecipients detector = create();
        for (DisbursementRecord r : records) {
            Objects.requireNonNull(r, "record");
            detector.add(r.worker().citizenId(), r.period(), r.enterpriseId());
        }
        return detector.findings();
    }

    /**
     * Records that an ID draws at an enterprise whose province is not given.
     *
     * @param id  the citizen ID, not null
     * @param period  the month, not null
     * @param enterpriseId  the enterprise, not null
     * @return the finding if this is a new place for the ID in the period, else empty
     */
    public Optional<Finding> add(CitizenId id, YearMonth period, OrganizationCode enterpriseId) {
        return add(id, period, new Place(Objects.requireNonNull(enterpriseId, "enterpriseId"), null));
    }

    /**
     * Records that an ID draws at an enterprise in a province.
     *
     * @param id  the citizen ID, not null
     * @param period  the month, not null
     * @param enterpriseId  the enterprise, not null
     * @param province  the province, not null
     * @return the finding if this is a new place for the ID in the period, else empty
     */
    public Optional<Finding> add(CitizenId id, YearMonth period, OrganizationCode enterpriseId, DivisionCode province) {
        return add(id, period, new Place(Objects.requireNonNull(enterpriseId, "enterpriseId"),
                Objects.requireNonNull(province, "province")));
    }

    private Optional<Finding> add(CitizenId id, YearMonth period, Place place) {
        Key key = new Key(Objects.requireNonNull(id, "id"), Objects.requireNonNull(period, "period"));
        Object seen = places.putIfAbsent(key, place);
        if (seen == null) {
            return Optional.empty();
        }
        Place first;
        List<Place> all;
        if (seen instanceof Place) {
            first = (Place) seen;
            if (first.equals(place)) {
                return Optional.empty();
            }
            all = new ArrayList<>(2);
            all.add(first);
            places.put(key, all);
        } else {
            @SuppressWarnings("unchecked") // only Place and List<Place> are stored
            List<Place> list = (List<Place>) seen;
            all = list;
            if (all.contains(place)) {
                return Optional.empty();
            }
            first = all.get(0);
        }
        all.add(place);
        Finding finding = finding(id.masked(), period, first, place);
        findings.add(finding);
        return Optional.of(finding);
    }

    private static Finding finding(String maskedId, YearMonth period, Place first, Place second) {
        if (first.province() != null && second.province() != null && !first.province().equals(second.province())) {
            return Checks.finding(ProblemCode.DUPLICATE_RECIPIENT_ACROSS_PROVINCES, maskedId,
                    "maskedId", maskedId, "period", period.toString(),
                    "firstProvince", first.province().toString(), "firstEnterpriseId", first.enterpriseId().toString(),
                    "secondProvince", second.province().toString(),
                    "secondEnterpriseId", second.enterpriseId().toString());
        }
        return Checks.finding(ProblemCode.DUPLICATE_RECIPIENT, maskedId,
                "maskedId", maskedId, "period", period.toString(),
                "firstEnterpriseId", first.enterpriseId().toString(),
                "secondEnterpriseId", second.enterpriseId().toString());
    }

    /**
     * Returns every finding so far, in the order they were found.
     *
     * @return the findings, unmodifiable copy, not null
     */
    public List<Finding> findings() {
        return List.copyOf(findings);
    }
}
