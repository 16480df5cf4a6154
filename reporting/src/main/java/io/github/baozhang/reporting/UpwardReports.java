package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.hierarchy.Jurisdiction;
import io.github.baozhang.hierarchy.ReportingStep;
import io.github.baozhang.hierarchy.ReportingUnit;
import io.github.baozhang.hierarchy.ReportingUnitKind;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.ReportSummary;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The reports that travel up the hierarchy, each with the notice to the trade union beside it
 * ({@link UpwardReport#notice()}).
 *
 * <ul>
 *   <li>{@link #monthly}: the monthly cycle — each city that monitors an enterprise sends the
 *       merge of its enterprises' summaries to its province, each province the merge of all its
 *       enterprises' (those its cities monitor and those it monitors directly) to the ministry.
 *       Cities in code order, then provinces in code order.</li>
 *   <li>{@link #incident} and {@link #majorProblem}: urgent reports outside the monthly cycle,
 *       sent at once up every step of the enterprise's chains ({@link Jurisdiction#steps}): the
 *       territorial chain, then the industry chain of a central enterprise.</li>
 * </ul>
 *
 * <p>The trade union of a step is the sender's peer ({@link Jurisdiction#tradeUnionPeer}): a
 * city's or province's federation of trade unions. Pure functions. This class is a stateless
 * utility.
 */
public final class UpwardReports {

    private UpwardReports() {
    }

    /**
     * Returns the monthly upward reports of a period.
     *
     * @param period  the period, not null
     * @param ledger  the ledger of the period's reports, not null
     * @param calendar  the working-day calendar, not null
     * @param dueDayOfProvince  the due day of the month of each province, not null
     * @param jurisdiction  the jurisdiction over the ledger's registry, not null
     * @return the reports, cities then provinces, unmodifiable, not null
     */
    public static List<UpwardReport> monthly(YearMonth period, SubmissionLedger ledger, HolidayCalendar calendar,
            ToIntFunction<DivisionCode> dueDayOfProvince, Jurisdiction jurisdiction) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        SortedMap<ReportingUnit, ReportSummary> cities = new TreeMap<>();
        SortedMap<DivisionCode, ReportSummary> provinces = new TreeMap<>();
        for (Map.Entry<Enterprise, ReportSummary> each
                : RollUp.perEnterprise(period, ledger, calendar, dueDayOfProvince, new ArrayList<>()).entrySet()) {
            Enterprise e = each.getKey();
            ReportingUnit monitor = jurisdiction.monitoringUnit(e.id());
            if (monitor.kind() == ReportingUnitKind.CITY) {
                cities.merge(monitor, each.getValue(), ReportSummary::merge);
            }
            provinces.merge(e.province(), each.getValue(), ReportSummary::merge);
        }
        List<UpwardReport> out = new ArrayList<>();
        cities.forEach((city, summary) -> {
            ReportingUnit to = jurisdiction.reportsTo(city).orElseThrow();
            out.add(UpwardReport.monthly(period, city, to, jurisdiction.tradeUnionPeer(city), summary));
        });
        provinces.forEach((code, summary) -> {
            ReportingUnit province = jurisdiction.reportsTo(cityOrSelf(code, jurisdiction))
                    .filter(u -> u.kind() == ReportingUnitKind.PROVINCE).orElse(ReportingUnit.province(code));
            out.add(UpwardReport.monthly(period, province, ReportingUnit.ministry(),
                    jurisdiction.tradeUnionPeer(province), summary));
        });
        return List.copyOf(out);
    }

    /** A unit whose {@code reportsTo} is the province, so that it carries the province's name. */
    private static ReportingUnit cityOrSelf(DivisionCode province, Jurisdiction jurisdiction) {
        for (Enterprise e : jurisdiction.enterprises()) {
            if (e.province().equals(province)) {
                ReportingUnit monitor = jurisdiction.monitoringUnit(e.id());
                return monitor.kind() == ReportingUnitKind.CITY ? monitor : jurisdiction.enterpriseUnit(e.id());
            }
        }
        return ReportingUnit.province(province);
    }

    /**
     * Returns the urgent reports of an incident: one up each step of its enterprise's chains.
     *
     * @param incident  the incident, not null
     * @param jurisdiction  the jurisdiction, not null
     * @return the reports, unmodifiable, not null
     * @throws IllegalArgumentException if the incident's enterprise is not in the registry
     */
    public static List<UpwardReport> incident(Incident incident, Jurisdiction jurisdiction) {
        Objects.requireNonNull(incident, "incident");
        YearMonth period = YearMonth.from(incident.occurredAt().atZoneSameInstant(Deadlines.BEIJING));
        List<UpwardReport> out = new ArrayList<>();
        for (ReportingStep step : jurisdiction.steps(incident.enterpriseId())) {
            out.add(UpwardReport.incident(period, step.from(), step.to(), step.tradeUnion(), incident));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the urgent reports of a major problem about an enterprise (重大问题及处理情况要随时上报):
     * one up each step of its chains.
     *
     * @param enterpriseId  the enterprise, not null
     * @param problem  the problem, such as an alert of the bulletin, not null
     * @param raisedAt  when the problem was raised, not null
     * @param jurisdiction  the jurisdiction, not null
     * @return the reports, unmodifiable, not null
     * @throws IllegalArgumentException if the enterprise is not in the registry
     */
    public static List<UpwardReport> majorProblem(OrganizationCode enterpriseId, Finding problem,
            OffsetDateTime raisedAt, Jurisdiction jurisdiction) {
        Objects.requireNonNull(problem, "problem");
        YearMonth period = YearMonth.from(raisedAt.atZoneSameInstant(Deadlines.BEIJING));
        List<UpwardReport> out = new ArrayList<>();
        for (ReportingStep step : jurisdiction.steps(enterpriseId)) {
            out.add(UpwardReport.problem(period, step.from(), step.to(), step.tradeUnion(), problem));
        }
        return List.copyOf(out);
    }
}
