package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.RiskAssessment;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.ReportSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The monthly roll-up: enterprise → province → nation, and by industry, as the
 * {@linkplain ReportSummary#merge merge} of one summary per monitored enterprise, and the
 * national bulletin with its alerts.
 *
 * <p>Each enterprise of the registry contributes {@link ReportSummary#ofReport} of its counting
 * report, on time when the earliest accepted submission is before the cut-off of its due day
 * ({@link Deadlines}), or {@link ReportSummary#ofMissing()} when it has none (nothing received,
 * or the highest revision in conflict). A province's summary merges its enterprises', the
 * nation's merges every enterprise's; since the merge is associative and commutative the result
 * does not depend on the order and equals the merge of the provinces' summaries.
 *
 * <p>Alerts, in {@link Alerts#ORDER} (code, subject, arguments): {@link ProblemCode#REPORT_MISSING} for each monitored
 * enterprise without a counting report, {@link ProblemCode#REPORT_LATE} for each that reported
 * after the cut-off. {@link #incomplete} adds {@link ProblemCode#REPORTING_INCOMPLETE} for the levels
 * whose completeness is below a minimum the caller sets.
 *
 * <p>Pure functions; no clock, no I/O.
 */
public final class RollUp {

    private RollUp() {
    }

    /**
     * Builds the bulletin of a period with the default due day (the 5th of the following month)
     * in every province.
     *
     * @param period  the period, not null
     * @param registry  the monitored enterprises, not null
     * @param reports  the reports received, any order, not null
     * @param calendar  the working-day calendar ({@link HolidayCalendar#weekendsOnly()} when none
     *        is given), not null
     * @return the bulletin, not null
     */
    public static Bulletin buildBulletin(YearMonth period, Collection<Enterprise> registry,
            Collection<MonthlyReport> reports, HolidayCalendar calendar) {
        return run(period, registry, reports, calendar, p -> Deadlines.DEFAULT_DUE_DAY).bulletin();
    }

    /**
     * Builds the bulletin of a period with the rejected and skipped reports.
     *
     * @param period  the period, not null
     * @param registry  the monitored enterprises, not null
     * @param reports  the reports received, any order, not null
     * @param calendar  the working-day calendar, not null
     * @param dueDayOfProvince  the due day of the month of each province, such as
     *        {@link #dueDays(Collection)}, not null
     * @return the result, not null
     */
    public static RollUpResult run(YearMonth period, Collection<Enterprise> registry,
            Collection<MonthlyReport> reports, HolidayCalendar calendar, ToIntFunction<DivisionCode> dueDayOfProvince) {
        SubmissionLedger ledger = SubmissionLedger.of(registry);
        return run(period, ledger, reports, calendar, dueDayOfProvince);
    }

    /**
     * Builds the bulletin of a period with every alert: the missing and late reports, and for
     * each monitored enterprise the alerts of {@link Alerts} — arrears, a low arrival rate, a
     * Shougang shortfall, a risk level of ORANGE or RED, and each incident of the period reported
     * late. Each province's settings come from its profile (the first profile of a province
     * counts; a province without one uses {@link ProvinceProfile#national()}'s): the due day
     * ({@code reportDueDay}, counted on {@code calendar}), the risk thresholds in force on the
     * first day of the period (their {@code arrivalRateYellowBelow} is the low-arrival threshold)
     * and the urgent-report clocks in force on the day an incident occurred (Beijing time).
     *
     * <p>Incidents count when their enterprise is in the registry and they occurred in the
     * period, Beijing time; the others are ignored. They add alerts and risk factors, never
     * counts. Alerts are in {@link Alerts#ORDER}.
     *
     * @param period  the period, not null
     * @param registry  the monitored enterprises, not null
     * @param reports  the reports received, any order, not null
     * @param incidents  the incidents, any order, not null
     * @param calendar  the working-day calendar, not null
     * @param profiles  the province profiles, not null
     * @return the result, not null
     */
    public static RollUpResult run(YearMonth period, Collection<Enterprise> registry, Collection<MonthlyReport> reports,
            Collection<Incident> incidents, HolidayCalendar calendar, Collection<ProvinceProfile> profiles) {
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(profiles, "profiles");
        Map<DivisionCode, ProvinceProfile> byProvince = new HashMap<>();
        for (ProvinceProfile profile : profiles) {
            profile.province().ifPresent(p -> byProvince.putIfAbsent(p, profile));
        }
        ProvinceProfile national = ProvinceProfile.national();
        SubmissionLedger ledger = SubmissionLedger.of(registry);
        RollUpResult base = run(period, ledger, reports, calendar, dueDays(profiles));
        Map<OrganizationCode, List<Incident>> ofEnterprise = new HashMap<>();
        for (Incident i : incidents) {
            if (YearMonth.from(i.occurredAt().atZoneSameInstant(Deadlines.BEIJING)).equals(period)) {
                ofEnterprise.computeIfAbsent(i.enterpriseId(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Finding> alerts = new ArrayList<>(base.bulletin().alerts());
        List<RiskAssessment> assessments = new ArrayList<>();
        for (Enterprise e : ledger.registry()) {
            ProvinceProfile profile = byProvince.getOrDefault(e.province(), national);
            RiskThresholds thresholds = profile.riskThresholds().at(period.atDay(1)).orElse(RiskThresholds.defaults());
            Optional<MonthlyReport> report = ledger.entry(e.id(), period).flatMap(LedgerEntry::counting);
            List<Incident> own = ofEnterprise.getOrDefault(e.id(), List.of());
            report.ifPresent(r -> {
                Alerts.arrears(e, r).ifPresent(alerts::add);
                Alerts.lowArrival(e, r, thresholds.arrivalRateYellowBelow()).ifPresent(alerts::add);
                Alerts.shougangShortfall(e, r).ifPresent(alerts::add);
            });
            RiskAssessment assessment = Alerts.assess(period, e, report, own, thresholds);
            assessments.add(assessment);
            Alerts.atRisk(e, assessment).ifPresent(alerts::add);
            for (Incident i : own) {
                UrgentReportClocks clocks = profile.urgentReportClocks()
                        .at(i.occurredAt().atZoneSameInstant(Deadlines.BEIJING).toLocalDate())
                        .orElse(UrgentReportClocks.defaults());
                Alerts.incidentLate(e, i, clocks).ifPresent(alerts::add);
            }
        }
        Bulletin b = base.bulletin();
        Bulletin bulletin = Bulletin.of(period, b.national(), b.provinces(), b.industries(), Alerts.sorted(alerts));
        return new RollUpResult(bulletin, base.rejected(), base.skipped(), assessments);
    }

    private static RollUpResult run(YearMonth period, SubmissionLedger ledger, Collection<MonthlyReport> reports,
            HolidayCalendar calendar, ToIntFunction<DivisionCode> dueDayOfProvince) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reports, "reports");
        List<Finding> skipped = new ArrayList<>();
        for (MonthlyReport report : reports) {
            if (!report.period().equals(period)) {
                skipped.add(Finding.of(ProblemCode.REPORT_OTHER_PERIOD, report.enterpriseId().toString(),
                        SubmissionLedger.args("enterpriseId", report.enterpriseId().toString(),
                                "period", report.period().toString(), "expected", period.toString())));
            } else {
                ledger.submit(report);
            }
        }
        Bulletin bulletin = rollUp(period, ledger, calendar, dueDayOfProvince);
        return new RollUpResult(bulletin, ledger.violations(), skipped);
    }

    /**
     * Rolls up a period of a ledger and marks it rolled up, so that a later change marks the
     * levels stale.
     *
     * @param period  the period, not null
     * @param ledger  the ledger, not null
     * @param calendar  the working-day calendar, not null
     * @param dueDayOfProvince  the due day of the month of each province, not null
     * @return the bulletin, not null
     */
    public static Bulletin rollUp(YearMonth period, SubmissionLedger ledger, HolidayCalendar calendar,
            ToIntFunction<DivisionCode> dueDayOfProvince) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(dueDayOfProvince, "dueDayOfProvince");
        List<Finding> alerts = new ArrayList<>();
        ReportSummary national = ReportSummary.identity();
        Map<DivisionCode, ReportSummary> provinces = new TreeMap<>();
        Map<Industry, ReportSummary> industries = new EnumMap<>(Industry.class);
        for (Map.Entry<Enterprise, ReportSummary> each
                : perEnterprise(period, ledger, calendar, dueDayOfProvince, alerts).entrySet()) {
            Enterprise e = each.getKey();
            ReportSummary summary = each.getValue();
            national = national.merge(summary);
            provinces.merge(e.province(), summary, ReportSummary::merge);
            industries.merge(e.industry(), summary, ReportSummary::merge);
        }
        ledger.markRolledUp(period);
        return Bulletin.of(period, national, provinces, industries, Alerts.sorted(alerts));
    }

    /**
     * Returns the summary of each city (the enterprise's {@code city}), in code order, without
     * marking the period rolled up.
     *
     * @param period  the period, not null
     * @param ledger  the ledger, not null
     * @param calendar  the working-day calendar, not null
     * @param dueDayOfProvince  the due day of the month of each province, not null
     * @return the summaries, unmodifiable, not null
     */
    public static SortedMap<DivisionCode, ReportSummary> byCity(YearMonth period, SubmissionLedger ledger,
            HolidayCalendar calendar, ToIntFunction<DivisionCode> dueDayOfProvince) {
        SortedMap<DivisionCode, ReportSummary> out = new TreeMap<>();
        perEnterprise(period, ledger, calendar, dueDayOfProvince, new ArrayList<>())
                .forEach((e, s) -> out.merge(e.city(), s, ReportSummary::merge));
        return Collections.unmodifiableSortedMap(out);
    }

    /**
     * Returns the summary of each affiliation (central, local, …), in the order of
     * {@link Affiliation}, without marking the period rolled up.
     *
     * @param period  the period, not null
     * @param ledger  the ledger, not null
     * @param calendar  the working-day calendar, not null
     * @param dueDayOfProvince  the due day of the month of each province, not null
     * @return the summaries, unmodifiable, iterated in enum order, not null
     */
    public static Map<Affiliation, ReportSummary> byAffiliation(YearMonth period, SubmissionLedger ledger,
            HolidayCalendar calendar, ToIntFunction<DivisionCode> dueDayOfProvince) {
        Map<Affiliation, ReportSummary> out = new EnumMap<>(Affiliation.class);
        perEnterprise(period, ledger, calendar, dueDayOfProvince, new ArrayList<>())
                .forEach((e, s) -> out.merge(e.affiliation(), s, ReportSummary::merge));
        return Collections.unmodifiableMap(out);
    }

    /** One summary per registry enterprise, in registry order; adds the missing and late alerts. */
    static Map<Enterprise, ReportSummary> perEnterprise(YearMonth period, SubmissionLedger ledger,
            HolidayCalendar calendar, ToIntFunction<DivisionCode> dueDayOfProvince, List<Finding> alerts) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(dueDayOfProvince, "dueDayOfProvince");
        Map<Enterprise, ReportSummary> out = new LinkedHashMap<>();
        Map<DivisionCode, LocalDate> dueDays = new HashMap<>();
        for (Enterprise e : ledger.registry()) {
            LocalDate due = dueDays.computeIfAbsent(e.province(),
                    p -> Deadlines.dueDay(period, dueDayOfProvince.applyAsInt(p), calendar));
            Optional<LedgerEntry> entry = ledger.entry(e.id(), period);
            ReportSummary summary;
            if (entry.isEmpty() || entry.get().isInConflict()) {
                summary = ReportSummary.ofMissing();
                alerts.add(Finding.of(ProblemCode.REPORT_MISSING, e.id().toString(), SubmissionLedger.args(
                        "enterpriseId", e.id().toString(), "province", e.province().toString(),
                        "period", period.toString(), "dueOn", due.toString(),
                        "reason", entry.isEmpty() ? "none" : "conflict")));
            } else {
                OffsetDateTime first = entry.get().earliestSubmittedAt().orElseThrow();
                boolean onTime = Deadlines.isOnTime(first, due);
                summary = ReportSummary.ofReport(entry.get().counting().orElseThrow(), onTime);
                if (!onTime) {
                    alerts.add(Finding.of(ProblemCode.REPORT_LATE, e.id().toString(), SubmissionLedger.args(
                            "enterpriseId", e.id().toString(), "province", e.province().toString(),
                            "period", period.toString(), "dueOn", due.toString(), "submittedAt", first.toString())));
                }
            }
            out.put(e, summary);
        }
        return out;
    }

    /**
     * Returns the due day of the month of each province from its profile
     * ({@link ProvinceProfile#reportDueDay()}); a province without a profile, or a profile
     * without a province, gets the default.
     *
     * @param profiles  the profiles, not null, no null element
     * @return the due days, not null
     */
    public static ToIntFunction<DivisionCode> dueDays(Collection<ProvinceProfile> profiles) {
        Map<DivisionCode, Integer> days = new HashMap<>();
        for (ProvinceProfile profile : Objects.requireNonNull(profiles, "profiles")) {
            profile.province().ifPresent(p -> days.putIfAbsent(p, profile.reportDueDay()));
        }
        return p -> days.getOrDefault(p, Deadlines.DEFAULT_DUE_DAY);
    }

    /**
     * Returns a {@link ProblemCode#REPORTING_INCOMPLETE} alert for each level of a bulletin —
     * the nation, each province, each industry, in that order — whose completeness
     * (reported / monitored) is below a minimum; a level with nothing monitored raises none.
     * The region is {@code nation}, {@code province:<code>} or {@code industry:<INDUSTRY>}.
     *
     * @param bulletin  the bulletin, not null
     * @param minimum  the least completeness that raises nothing, such as {@code 1/1}, not null
     * @return the alerts, unmodifiable, not null
     */
    public static List<Finding> incomplete(Bulletin bulletin, Ratio minimum) {
        Objects.requireNonNull(bulletin, "bulletin");
        Objects.requireNonNull(minimum, "minimum");
        List<Finding> out = new ArrayList<>();
        incomplete(out, bulletin.period(), "nation", bulletin.national(), minimum);
        bulletin.provinces().forEach((p, s) -> incomplete(out, bulletin.period(), "province:" + p, s, minimum));
        bulletin.industries().forEach((i, s) -> incomplete(out, bulletin.period(), "industry:" + i.name(), s, minimum));
        return List.copyOf(out);
    }

    private static void incomplete(List<Finding> out, YearMonth period, String region, ReportSummary s, Ratio minimum) {
        if (s.monitored() > 0 && Ratio.of(s.reported(), s.monitored()).compareTo(minimum) < 0) {
            out.add(Finding.of(ProblemCode.REPORTING_INCOMPLETE, region, SubmissionLedger.args("region", region,
                    "period", period.toString(), "reported", Long.toString(s.reported()),
                    "monitored", Long.toString(s.monitored()))));
        }
    }
}
