package io.github.baozhang.profile;

import io.github.baozhang.enterprise.MonitoredRegions;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A province profile (省级配置): the policy one province — or the ministry, for
 * {@link #national()} — applies to the guarantee, as a value. Policy that changed over the years
 * is effective-dated ({@link Timeline}): the allowance standards, the contribution policy, the
 * agreement cap; the average monthly wage is kept by calendar year.
 *
 * <ul>
 *   <li>{@link #payDay()}: the day of the period's own month by which the allowance is paid,
 *       default 15; it never moves for a holiday, and a day beyond the month's length means its
 *       last day.</li>
 *   <li>{@link #reportDueDay()}: the day of the following month by which the monthly report is
 *       due, default 5 (劳社厅发〔2000〕15号); it moves to the next working day of the
 *       {@link #calendar()}.</li>
 *   <li>{@link #agreementCaps()}: lower caps on the agreement term a province set, by date; at
 *       most and by default {@link #MAX_AGREEMENT_MONTHS} (36).</li>
 *   <li>{@link #postingGraceDays()}: how many days after the pay day the month's public posting
 *       (张榜公布) may come, default 15 — the notice says only "regularly" (定期), so this is a
 *       profile setting.</li>
 *   <li>{@link #noNewCentresFrom()}: from this date no worker enters a centre (并轨), default
 *       2001-01-01.</li>
 * </ul>
 *
 * <p>{@link #urgentReportClocks()} and {@link #riskThresholds()} (values of the incident
 * package) are effective-dated too; by default the national ones apply from the notice's date.
 *
 * <p>Structural invariants are checked when the value is built, and {@link Builder#build()}
 * throws {@link io.github.baozhang.problem.InvalidValueException} when one fails: days of the
 * month from 1 to 31 ({@link ProblemCode#DAY_OF_MONTH_OUT_OF_RANGE}), caps from 1 to 36
 * ({@link ProblemCode#AGREEMENT_TERM_OUT_OF_RANGE}), wages and grace days zero or more
 * ({@link ProblemCode#VALUE_NEGATIVE}), the province of province level
 * ({@link ProblemCode#DIVISION_CODE_LEVEL}); a blank name throws
 * {@link IllegalArgumentException}. The allowance policy is not an invariant: {@link #check()}
 * reports it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class ProvinceProfile {

    /** The default pay day: the 15th of the period's month. */
    public static final int DEFAULT_PAY_DAY = 15;
    /** The default report due day: the 5th of the following month. */
    public static final int DEFAULT_REPORT_DUE_DAY = 5;
    /** The longest agreement term, and the default cap: 36 months. */
    public static final int MAX_AGREEMENT_MONTHS = 36;
    /** The default number of days after the pay day by which the month is posted publicly. */
    public static final int DEFAULT_POSTING_GRACE_DAYS = 15;
    /** The default date from which no worker enters a centre: 2001-01-01. */
    public static final LocalDate DEFAULT_NO_NEW_CENTRES_FROM = LocalDate.of(2001, 1, 1);
    /** The date from which the default clocks and thresholds apply: the notice, 1999-11-26. */
    public static final LocalDate DEFAULT_POLICY_START = LocalDate.of(1999, 11, 26);

    private static final ProvinceProfile NATIONAL = buildNational();

    ProvinceProfile() {
    }

    /**
     * Returns a builder; only the name must be set, everything else has the default documented
     * on its accessor.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the built-in national profile, {@code national}, which reads the national
     * worker-row CSV:
     * <ul>
     *   <li>no province code and no allowance standard — each province sets its own;</li>
     *   <li>contributions on 60 % of the previous year's national average monthly wage, at
     *       pension 20 % (enterprise, "up to") plus personal 4 % from 1997-01-01 rising one point
     *       every two years from 1998 (5 % 1998, 6 % 2000, 7 % 2002, 8 % 2004, after
     *       国发〔1997〕26号, unconfirmed), medical 6 % + 2 % (unconfirmed), unemployment
     *       2 % + 1 %;</li>
     *   <li>average monthly wages 1998 623.25, 1999 695.50, 2000 780.92 yuan (the national
     *       average annual wages 7,479, 8,346 and 9,371 yuan divided by 12, rounded half-up to
     *       the fen);</li>
     *   <li>pay day 15, report due day 5, agreements capped at 36 months, weekends-only calendar,
     *       posting within 15 days of the pay day, the notice's fifteen monitored regions, no new
     *       centre entries from 2001-01-01.</li>
     * </ul>
     *
     * @return the national profile, not null
     */
    public static ProvinceProfile national() {
        return NATIONAL;
    }

    private static ProvinceProfile buildNational() {
        ContributionPolicy policy = ContributionPolicy.builder()
                .putRates(ContributionPart.PENSION_EMPLOYER, BasisPoints.of(2000))
                .putRates(ContributionPart.PENSION_PERSONAL, BasisPoints.of(400))
                .putRates(ContributionPart.MEDICAL_EMPLOYER, BasisPoints.of(600))
                .putRates(ContributionPart.MEDICAL_PERSONAL, BasisPoints.of(200))
                .putRates(ContributionPart.UNEMPLOYMENT_EMPLOYER, BasisPoints.of(200))
                .putRates(ContributionPart.UNEMPLOYMENT_PERSONAL, BasisPoints.of(100))
                .build();
        Timeline<ContributionPolicy> policies = Timeline.of(LocalDate.of(1997, 1, 1), policy);
        for (int i = 1; i <= 4; i++) {
            policies = policies.plus(LocalDate.of(1996 + 2 * i, 1, 1),
                    policy.withRate(ContributionPart.PENSION_PERSONAL, BasisPoints.of(400 + 100L * i)));
        }
        return builder()
                .name("national")
                .contributionPolicies(policies)
                .putAverageMonthlyWages(Year.of(1998), Money.ofFen(62_325))
                .putAverageMonthlyWages(Year.of(1999), Money.ofFen(69_550))
                .putAverageMonthlyWages(Year.of(2000), Money.ofFen(78_092))
                .build();
    }

    /**
     * Returns the profile's name, such as {@code national} or {@code beijing}.
     *
     * @return the name, not blank, not null
     */
    public abstract String name();

    /**
     * Returns the province the profile belongs to.
     *
     * @return a province-level code, or empty for a profile of no one province
     */
    public abstract Optional<DivisionCode> province();

    /**
     * Returns the allowance standards by the date each takes effect; default none.
     *
     * @return the standards, not null
     */
    @Value.Default
    public Timeline<AllowanceStandard> allowanceStandards() {
        return Timeline.empty();
    }

    /**
     * Returns the contribution policies by the date each takes effect; default none.
     *
     * @return the policies, not null
     */
    @Value.Default
    public Timeline<ContributionPolicy> contributionPolicies() {
        return Timeline.empty();
    }

    /**
     * Returns the local average monthly wage of each calendar year; contributions of a month use
     * the previous year's. Default none.
     *
     * @return the wages by year, sorted, unmodifiable, not null
     */
    @Value.NaturalOrder
    public abstract SortedMap<Year, Money> averageMonthlyWages();

    /**
     * Returns the pay day: the day of the period's own month by which the allowance is paid;
     * default {@link #DEFAULT_PAY_DAY}.
     *
     * @return the day, from 1 to 31
     */
    @Value.Default
    public int payDay() {
        return DEFAULT_PAY_DAY;
    }

    /**
     * Returns the report due day: the day of the month after the period by which the monthly
     * report is due, before moving to a working day; default {@link #DEFAULT_REPORT_DUE_DAY}.
     *
     * @return the day, from 1 to 31
     */
    @Value.Default
    public int reportDueDay() {
        return DEFAULT_REPORT_DUE_DAY;
    }

    /**
     * Returns the caps on an agreement's term a province set, in months, by the date each takes
     * effect (some provinces capped at 24 months from 2000); default none, that is 36.
     *
     * @return the caps, each from 1 to 36, not null
     */
    @Value.Default
    public Timeline<Integer> agreementCaps() {
        return Timeline.empty();
    }

    /**
     * Returns whether an agreement may not run beyond the worker's labour contract (a local
     * rule); default false.
     *
     * @return true if the remaining labour-contract term caps the agreement
     */
    @Value.Default
    public boolean agreementCappedAtLabourContract() {
        return false;
    }

    /**
     * Returns the working-day calendar; default {@link HolidayCalendar#weekendsOnly()}.
     *
     * @return the calendar, not null
     */
    @Value.Default
    public HolidayCalendar calendar() {
        return HolidayCalendar.weekendsOnly();
    }

    /**
     * Returns the monitored regions; default {@link MonitoredRegions#notice1999()}.
     *
     * @return the regions, not null
     */
    @Value.Default
    public MonitoredRegions monitoredRegions() {
        return MonitoredRegions.notice1999();
    }

    /**
     * Returns the date from which no worker enters a centre; default
     * {@link #DEFAULT_NO_NEW_CENTRES_FROM}.
     *
     * @return the date, not null
     */
    @Value.Default
    public LocalDate noNewCentresFrom() {
        return DEFAULT_NO_NEW_CENTRES_FROM;
    }

    /**
     * Returns how many days after the pay day a month's public posting may come; default
     * {@link #DEFAULT_POSTING_GRACE_DAYS}.
     *
     * @return the days, zero or more
     */
    @Value.Default
    public int postingGraceDays() {
        return DEFAULT_POSTING_GRACE_DAYS;
    }

    /**
     * Returns the urgent-report clocks (how soon an incident must be reported, by severity) by
     * the date each takes effect; default {@link UrgentReportClocks#defaults()} (24 hours for a
     * general incident, 2 hours for a major one) from {@link #DEFAULT_POLICY_START}.
     *
     * @return the clocks, not null
     */
    @Value.Default
    public Timeline<UrgentReportClocks> urgentReportClocks() {
        return Timeline.of(DEFAULT_POLICY_START, UrgentReportClocks.defaults());
    }

    /**
     * Returns the risk thresholds by the date each takes effect; default
     * {@link RiskThresholds#defaults()} from {@link #DEFAULT_POLICY_START}.
     *
     * @return the thresholds, not null
     */
    @Value.Default
    public Timeline<RiskThresholds> riskThresholds() {
        return Timeline.of(DEFAULT_POLICY_START, RiskThresholds.defaults());
    }

    /**
     * Returns a copy with other urgent-report clocks.
     *
     * @param clocks  the clocks by effective date, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withUrgentReportClocks(Timeline<UrgentReportClocks> clocks);

    /**
     * Returns a copy with other risk thresholds.
     *
     * @param thresholds  the thresholds by effective date, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withRiskThresholds(Timeline<RiskThresholds> thresholds);

    /**
     * Returns a copy with another name.
     *
     * @param name  the name, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withName(String name);

    /**
     * Returns a copy with another province.
     *
     * @param province  the province, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withProvince(DivisionCode province);

    /**
     * Returns a copy with another allowance standards.
     *
     * @param allowanceStandards  the allowance standards, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withAllowanceStandards(Timeline<AllowanceStandard> allowanceStandards);

    /**
     * Returns a copy with another contribution policies.
     *
     * @param contributionPolicies  the contribution policies, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withContributionPolicies(Timeline<ContributionPolicy> contributionPolicies);

    /**
     * Returns a copy with another pay day.
     *
     * @param payDay  the pay day
     * @return the copy, not null
     */
    public abstract ProvinceProfile withPayDay(int payDay);

    /**
     * Returns a copy with another report due day.
     *
     * @param reportDueDay  the report due day
     * @return the copy, not null
     */
    public abstract ProvinceProfile withReportDueDay(int reportDueDay);

    /**
     * Returns a copy with another agreement caps.
     *
     * @param agreementCaps  the agreement caps, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withAgreementCaps(Timeline<Integer> agreementCaps);

    /**
     * Returns a copy with another rule on labour contracts.
     *
     * @param agreementCappedAtLabourContract  the rule on labour contracts
     * @return the copy, not null
     */
    public abstract ProvinceProfile withAgreementCappedAtLabourContract(boolean agreementCappedAtLabourContract);

    /**
     * Returns a copy with another calendar.
     *
     * @param calendar  the calendar, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withCalendar(HolidayCalendar calendar);

    /**
     * Returns a copy with another monitored regions.
     *
     * @param monitoredRegions  the monitored regions, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withMonitoredRegions(MonitoredRegions monitoredRegions);

    /**
     * Returns a copy with another date from which no worker enters a centre.
     *
     * @param noNewCentresFrom  the date from which no worker enters a centre, not null
     * @return the copy, not null
     */
    public abstract ProvinceProfile withNoNewCentresFrom(LocalDate noNewCentresFrom);

    /**
     * Returns a copy with another posting grace days.
     *
     * @param postingGraceDays  the posting grace days
     * @return the copy, not null
     */
    public abstract ProvinceProfile withPostingGraceDays(int postingGraceDays);

    /**
     * Returns the pay date of a period: its pay day in the period's own month, or the month's
     * last day when the month is shorter. It never moves for a holiday.
     *
     * @param period  the period, not null
     * @return the date, not null
     */
    public LocalDate payDate(YearMonth period) {
        return dayOf(period, payDay());
    }

    /**
     * Returns the date a period's monthly report is due: the report due day of the following
     * month (or that month's last day), moved to the next working day of the calendar.
     *
     * @param period  the period reported on, not null
     * @return the date, not null
     */
    public LocalDate reportDueDate(YearMonth period) {
        return calendar().nextWorkingDayOnOrAfter(dayOf(period.plusMonths(1), reportDueDay()));
    }

    /**
     * Returns the last day a period's public posting is on time: the pay date plus
     * {@link #postingGraceDays()}.
     *
     * @param period  the period, not null
     * @return the date, not null
     */
    public LocalDate postingDeadline(YearMonth period) {
        return payDate(period).plusDays(postingGraceDays());
    }

    private static LocalDate dayOf(YearMonth period, int day) {
        return period.atDay(Math.min(day, period.lengthOfMonth()));
    }

    /**
     * Returns the allowance standard of a period: the one in force on its first day.
     *
     * @param period  the period, not null
     * @return the standard, or empty if none is in force
     */
    public Optional<AllowanceStandard> allowanceStandardFor(YearMonth period) {
        return allowanceStandards().at(period.atDay(1));
    }

    /**
     * Returns the contributions paid on one worker's behalf for a period: the policy in force
     * on its first day, applied to the average monthly wage of the year before.
     *
     * @param period  the period, not null
     * @return the contributions, or empty if no policy is in force or that wage is not known
     * @throws ArithmeticException if an amount leaves the {@code long} range
     */
    public Optional<Contributions> contributionsFor(YearMonth period) {
        Optional<ContributionPolicy> policy = contributionPolicies().at(period.atDay(1));
        Money wage = averageMonthlyWages().get(Year.of(period.getYear() - 1));
        if (policy.isEmpty() || wage == null) {
            return Optional.empty();
        }
        return Optional.of(policy.get().contributionsFor(wage));
    }

    /**
     * Returns the cap on an agreement signed on a date: the cap in force then, or 36 months when
     * none is.
     *
     * @param signedOn  the day the agreement is signed, not null
     * @return the cap in months, from 1 to 36
     */
    public int agreementCapOn(LocalDate signedOn) {
        return agreementCaps().at(signedOn).orElse(MAX_AGREEMENT_MONTHS);
    }

    /**
     * Returns whether a worker may enter a centre on a date: before {@link #noNewCentresFrom()}.
     *
     * @param date  the day of entry, not null
     * @return true if entry is still open
     */
    public boolean acceptsCentreEntryOn(LocalDate date) {
        return date.isBefore(noNewCentresFrom());
    }

    /**
     * Checks the policy of every allowance standard ({@link AllowanceStandard#check()}), each
     * violation located at {@code allowanceStandards[i].ladder[j]}, i the 0-based entry in date
     * order.
     *
     * @return the violations, unmodifiable, empty if none, not null
     */
    public List<Violation> check() {
        List<Violation> violations = new ArrayList<>();
        List<Effective<AllowanceStandard>> entries = allowanceStandards().entries();
        for (int i = 0; i < entries.size(); i++) {
            for (Violation v : entries.get(i).value().check()) {
                String field = v.location().field().orElse("");
                violations.add(v.withLocation(Location.ofField("allowanceStandards[" + i + "]." + field)));
            }
        }
        return List.copyOf(violations);
    }

    @Value.Check
    void checkInvariants() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("a profile's name must not be blank");
        }
        if (province().isPresent() && province().get().level() != DivisionLevel.PROVINCE) {
            DivisionCode code = province().get();
            Checks.fail(ProblemCode.DIVISION_CODE_LEVEL, "code", code.toString(),
                    "level", code.level().name(), "expected", DivisionLevel.PROVINCE.name());
        }
        day(payDay());
        day(reportDueDay());
        for (Effective<Integer> cap : agreementCaps().entries()) {
            int months = cap.value();
            if (months < 1 || months > MAX_AGREEMENT_MONTHS) {
                Checks.fail(ProblemCode.AGREEMENT_TERM_OUT_OF_RANGE,
                        "months", Integer.toString(months), "max", Integer.toString(MAX_AGREEMENT_MONTHS));
            }
        }
        for (Map.Entry<Year, Money> wage : averageMonthlyWages().entrySet()) {
            Checks.notNegative(wage.getValue());
        }
        if (postingGraceDays() < 0) {
            Checks.fail(ProblemCode.VALUE_NEGATIVE, "value", Integer.toString(postingGraceDays()));
        }
    }

    private static void day(int day) {
        if (day < 1 || day > 31) {
            Checks.fail(ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE, "value", Integer.toString(day));
        }
    }

    /** Builds a {@link ProvinceProfile}. */
    public static final class Builder extends ImmutableProvinceProfile.Builder {
        Builder() {
        }
    }
}
