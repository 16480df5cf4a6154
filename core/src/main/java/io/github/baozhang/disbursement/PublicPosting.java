package io.github.baozhang.disbursement;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Public posting (张榜公布): the masks that make the recipient list fit to post, and the check
 * that a centre posts regularly.
 *
 * <p><b>Masks.</b> A name keeps its first character and, from three characters on, its last;
 * every other character becomes one {@code *}: 王* (王五), 王*国 (王建国), 欧**锋 (欧阳建锋).
 * Characters are Unicode code points, so a name with a supplementary character (𠮷) is masked by
 * characters, never by halves of a surrogate pair. A one-character name is shown as that
 * character and one {@code *}, like a two-character one: a mask never shows a whole name. A
 * citizen ID keeps its first six and last four characters ({@link CitizenId#masked()}).
 *
 * <p><b>Posted regularly.</b> Every month with disbursements must be posted, no later than
 * {@link ProvinceProfile#postingDeadline} (the pay date plus the profile's
 * {@link ProvinceProfile#postingGraceDays()}, default 15 days). See
 * {@link #checkPostedRegularly}.
 *
 * <p>This class is a stateless utility.
 */
public final class PublicPosting {

    private PublicPosting() {
    }

    /**
     * Masks a name for public posting.
     *
     * @param name  the name, not empty, not null
     * @return the mask: the first code point, then one {@code *} per hidden code point, then the
     *     last code point when the name has three or more; a name of one code point is all
     *     masked ({@code *}), since keeping its first would keep all of it; not null
     * @throws IllegalArgumentException if the name is empty
     */
    public static String maskName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is empty");
        }
        int count = name.codePointCount(0, name.length());
        if (count == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder(count + 2).appendCodePoint(name.codePointAt(0));
        if (count < 3) {
            return masked.append('*').toString();
        }
        for (int i = 2; i < count; i++) {
            masked.append('*');
        }
        return masked.appendCodePoint(name.codePointBefore(name.length())).toString();
    }

    /**
     * Masks a citizen ID for public posting: {@code 110105********002X}.
     *
     * @param id  the ID, not null
     * @return the first six and last four characters with eight {@code *} between, not null
     */
    public static String maskCitizenId(CitizenId id) {
        return Objects.requireNonNull(id, "id").masked();
    }

    /**
     * Checks that an enterprise posted every month with disbursements, on time. For each such
     * month in order: no posting of the enterprise for it is {@link ProblemCode#POSTING_MISSING}
     * (arguments {@code period}, {@code deadline}); an earliest posting after the deadline is
     * {@link ProblemCode#POSTING_LATE} (arguments {@code period}, {@code postedOn},
     * {@code deadline}). The subject of each finding is the enterprise id. Postings of other
     * enterprises are ignored; a posting of a month without disbursements is no fault.
     *
     * @param enterpriseId  the enterprise, not null
     * @param periodsWithDisbursements  the months the enterprise disbursed, in any order,
     *     repeats allowed, not null
     * @param postings  the postings, of any enterprise, not null
     * @param profile  the profile that sets the deadline, not null
     * @return the findings in month order, unmodifiable, empty if none, not null
     */
    public static List<Finding> checkPostedRegularly(OrganizationCode enterpriseId,
            Collection<YearMonth> periodsWithDisbursements, Collection<PostingRecord> postings,
            ProvinceProfile profile) {
        Objects.requireNonNull(enterpriseId, "enterpriseId");
        Objects.requireNonNull(profile, "profile");
        TreeMap<YearMonth, LocalDate> earliest = new TreeMap<>();
        for (PostingRecord p : Objects.requireNonNull(postings, "postings")) {
            if (p.enterpriseId().equals(enterpriseId)) {
                earliest.merge(p.period(), p.postedOn(), (a, b) -> a.isAfter(b) ? b : a);
            }
        }
        List<Finding> findings = new ArrayList<>();
        String subject = enterpriseId.toString();
        for (YearMonth period : new TreeSet<>(Objects.requireNonNull(periodsWithDisbursements, "periodsWithDisbursements"))) {
            LocalDate deadline = profile.postingDeadline(period);
            LocalDate postedOn = earliest.get(period);
            if (postedOn == null) {
                findings.add(Checks.finding(ProblemCode.POSTING_MISSING, subject,
                        "period", period.toString(), "deadline", deadline.toString()));
            } else if (postedOn.isAfter(deadline)) {
                findings.add(Checks.finding(ProblemCode.POSTING_LATE, subject,
                        "period", period.toString(), "postedOn", postedOn.toString(), "deadline", deadline.toString()));
            }
        }
        return List.copyOf(findings);
    }
}
