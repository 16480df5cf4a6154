package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.beijing;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.profile.Timeline;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class AlertsTest {

    private static final HolidayCalendar WEEKENDS = HolidayCalendar.weekendsOnly();
    private static final DivisionCode LIAONING = DivisionCode.parse("210000");

    /** A report with nothing to alert: paid in full, funds fully arrived. */
    private static MonthlyReport.Builder clean(int n) {
        return report(n).contributions(Payment.of(Money.ofFen(28_889_600), Money.ofFen(28_889_600)))
                .funds(FundsReport.of(SourceAmounts.ofFen(300, 300, 300), SourceAmounts.ofFen(300, 300, 300)));
    }

    private static Incident.Builder incident(int n, String id, OffsetDateTime occurred, Duration delay,
            IncidentSeverity severity) {
        return Incident.builder().id(id).enterpriseId(id(n)).occurredAt(occurred).reportedAt(occurred.plus(delay))
                .participants(100).cause("拖欠基本生活费").severity(severity).status(IncidentStatus.OPEN);
    }

    private static List<Finding> alerts(List<Enterprise> registry, List<MonthlyReport> reports, List<Incident> incidents,
            List<ProvinceProfile> profiles) {
        return RollUp.run(PERIOD, registry, reports, incidents, WEEKENDS, profiles).bulletin().alerts();
    }

    private static List<Finding> of(List<Finding> alerts, ProblemCode code) {
        return alerts.stream().filter(a -> a.code() == code).collect(Collectors.toList());
    }

    @Test
    void aCleanReportRaisesNoAlert() {
        List<Finding> a = alerts(List.of(enterprise(1, "210000", Industry.METALLURGY)), List.of(clean(1).build()),
                List.of(), List.of());
        assertEquals(List.of(), a);
    }

    @Test
    void arrearsFireWhenPaidIsBelowDue() {
        MonthlyReport r = clean(1).allowance(Payment.of(Money.ofFen(1000), Money.ofFen(900), LocalDate.of(1999, 12, 10)))
                .build();
        List<Finding> a = of(alerts(List.of(enterprise(1, "210000", Industry.METALLURGY)), List.of(r), List.of(),
                List.of()), ProblemCode.ARREARS);
        assertEquals(1, a.size());
        assertEquals("100", a.get(0).arguments().get("allowanceArrearsFen"));
        assertEquals("0", a.get(0).arguments().get("contributionsArrearsFen"));
        assertEquals(id(1).toString(), a.get(0).subject());
    }

    @Test
    void lowArrivalFiresBelowTheDefaultThresholdAndNotAtIt() {
        Enterprise e = enterprise(1, "210000", Industry.METALLURGY);
        MonthlyReport below = clean(1).funds(FundsReport.of(SourceAmounts.ofFen(3000, 3000, 4000),
                SourceAmounts.ofFen(3000, 3000, 2999))).build();
        MonthlyReport at = clean(1).funds(FundsReport.of(SourceAmounts.ofFen(3000, 3000, 4000),
                SourceAmounts.ofFen(3000, 3000, 3000))).build();
        List<Finding> a = of(alerts(List.of(e), List.of(below), List.of(), List.of()), ProblemCode.ARRIVAL_RATE_LOW);
        assertEquals(1, a.size());
        assertEquals("8999", a.get(0).arguments().get("arrivalBp"));
        assertEquals("9000", a.get(0).arguments().get("thresholdBp"));
        assertEquals(List.of(), of(alerts(List.of(e), List.of(at), List.of(), List.of()), ProblemCode.ARRIVAL_RATE_LOW));
        assertEquals(Alerts.DEFAULT_ARRIVAL_THRESHOLD, BasisPoints.of(9000));
    }

    @Test
    void theArrivalThresholdComesFromTheProvinceProfile() {
        Enterprise e = enterprise(1, "210000", Industry.METALLURGY);
        MonthlyReport r = clean(1).funds(FundsReport.of(SourceAmounts.ofFen(3000, 3000, 4000),
                SourceAmounts.ofFen(3000, 3000, 3000))).build();
        RiskThresholds strict = RiskThresholds.builder().arrivalRateYellowBelow(BasisPoints.of(9500)).build();
        ProvinceProfile liaoning = ProvinceProfile.national().withName("辽宁").withProvince(LIAONING)
                .withRiskThresholds(Timeline.of(LocalDate.of(1999, 1, 1), strict));
        List<Finding> a = of(alerts(List.of(e), List.of(r), List.of(), List.of(liaoning)), ProblemCode.ARRIVAL_RATE_LOW);
        assertEquals(1, a.size());
        assertEquals("9500", a.get(0).arguments().get("thresholdBp"));
    }

    @Test
    void anIncidentReportedAfterItsClockIsLateAndOneAtTheLimitIsNot() {
        Enterprise e = enterprise(1, "210000", Industry.METALLURGY);
        OffsetDateTime occurred = beijing(1999, 12, 10, 9, 0, 0);
        Incident late = incident(1, "INC-LATE", occurred, Duration.ofHours(25), IncidentSeverity.GENERAL).build();
        Incident onTime = incident(1, "INC-OK", occurred, Duration.ofHours(24), IncidentSeverity.GENERAL).build();
        List<Finding> a = of(alerts(List.of(e), List.of(clean(1).build()), List.of(late, onTime), List.of()),
                ProblemCode.INCIDENT_REPORTED_LATE);
        assertEquals(1, a.size());
        assertEquals("INC-LATE", a.get(0).arguments().get("incidentId"));
        assertEquals("PT25H", a.get(0).arguments().get("delay"));
        assertEquals("PT24H", a.get(0).arguments().get("limit"));
    }

    @Test
    void theClocksComeFromTheProfileAndIncidentsOfAnotherMonthAreIgnored() {
        Enterprise e = enterprise(1, "210000", Industry.METALLURGY);
        ProvinceProfile tight = ProvinceProfile.national().withName("辽宁").withProvince(LIAONING)
                .withUrgentReportClocks(Timeline.of(LocalDate.of(1999, 1, 1),
                        UrgentReportClocks.of(Duration.ofHours(1), Duration.ofHours(1))));
        Incident twoHours = incident(1, "INC-2H", beijing(1999, 12, 10, 9, 0, 0), Duration.ofHours(2),
                IncidentSeverity.GENERAL).build();
        Incident otherMonth = incident(1, "INC-NOV", beijing(1999, 11, 30, 9, 0, 0), Duration.ofHours(48),
                IncidentSeverity.GENERAL).build();
        assertEquals(List.of(), of(alerts(List.of(e), List.of(clean(1).build()), List.of(twoHours, otherMonth),
                List.of()), ProblemCode.INCIDENT_REPORTED_LATE));
        List<Finding> a = of(alerts(List.of(e), List.of(clean(1).build()), List.of(twoHours, otherMonth),
                List.of(tight)), ProblemCode.INCIDENT_REPORTED_LATE);
        assertEquals(List.of("INC-2H"), a.stream().map(f -> f.arguments().get("incidentId")).collect(Collectors.toList()));
    }

    @Test
    void aShougangExternalEnterpriseShortOfItsShareRaisesAShortfall() {
        Enterprise shougang = Enterprise.builder().from(enterprise(1, "130000", Industry.METALLURGY))
                .affiliation(Affiliation.LOCAL).shougangExternal(true).build();
        Enterprise other = enterprise(2, "130000", Industry.METALLURGY);
        SourceAmounts plan = SourceAmounts.ofFen(300, 300, 300);
        SourceAmounts received = SourceAmounts.ofFen(100, 300, 300);
        List<MonthlyReport> reports = List.of(clean(1).funds(FundsReport.of(plan, received)).build(),
                clean(2).funds(FundsReport.of(plan, received)).build());
        List<Finding> a = of(alerts(List.of(shougang, other), reports, List.of(), List.of()),
                ProblemCode.SHOUGANG_SHORTFALL);
        assertEquals(1, a.size());
        assertEquals(id(1).toString(), a.get(0).subject());
        assertEquals("200", a.get(0).arguments().get("gapFen"));
        assertTrue(Alerts.shougangShortfall(shougang, clean(1).build()).isEmpty());
    }

    @Test
    void anEnterpriseAtOrangeOrRedRaisesAnAlertAndOneAtYellowDoesNot() {
        Enterprise stopped = Enterprise.builder().from(enterprise(1, "210000", Industry.METALLURGY))
                .production(ProductionStatus.STOPPED).build();
        Enterprise halfStopped = Enterprise.builder().from(enterprise(2, "210000", Industry.METALLURGY))
                .production(ProductionStatus.HALF_STOPPED).build();
        Incident major = incident(3, "INC-M", beijing(1999, 12, 10, 9, 0, 0), Duration.ofHours(1),
                IncidentSeverity.MAJOR).build();
        Enterprise third = enterprise(3, "210000", Industry.METALLURGY);
        List<Finding> a = of(alerts(List.of(stopped, halfStopped, third),
                List.of(clean(1).build(), clean(2).build(), clean(3).build()), List.of(major), List.of()),
                ProblemCode.ENTERPRISE_AT_RISK);
        assertEquals(2, a.size());
        assertEquals(id(1).toString(), a.get(0).subject());
        assertEquals("ORANGE", a.get(0).arguments().get("level"));
        assertEquals("PRODUCTION", a.get(0).arguments().get("factors"));
        assertEquals(id(3).toString(), a.get(1).subject());
        assertEquals("RED", a.get(1).arguments().get("level"));
        assertEquals("MAJOR_INCIDENT", a.get(1).arguments().get("factors"));
    }

    @Test
    void theReportsIncidentCountActsAsGeneralIncidentsWhenTheFileHasNone() {
        Enterprise e = enterprise(1, "210000", Industry.METALLURGY);
        List<Finding> a = of(alerts(List.of(e), List.of(clean(1).incidents(2).build()), List.of(), List.of()),
                ProblemCode.ENTERPRISE_AT_RISK);
        assertEquals(1, a.size());
        assertEquals("ORANGE", a.get(0).arguments().get("level"));
    }

    @Test
    void aMissingReportRaisesOnlyTheMissingAlert() {
        List<Finding> a = alerts(List.of(enterprise(1, "210000", Industry.METALLURGY)), List.of(), List.of(), List.of());
        assertEquals(List.of(ProblemCode.REPORT_MISSING), a.stream().map(Finding::code).collect(Collectors.toList()));
    }

    @Test
    void alertsAreSortedByCodeThenSubjectThenArguments() {
        Enterprise e1 = Enterprise.builder().from(enterprise(1, "210000", Industry.METALLURGY))
                .production(ProductionStatus.STOPPED).build();
        Enterprise e2 = enterprise(2, "210000", Industry.METALLURGY);
        Enterprise e3 = enterprise(3, "220000", Industry.METALLURGY);
        Incident b = incident(2, "INC-B", beijing(1999, 12, 10, 9, 0, 0), Duration.ofHours(30), IncidentSeverity.GENERAL)
                .build();
        Incident a = incident(2, "INC-A", beijing(1999, 12, 11, 9, 0, 0), Duration.ofHours(30), IncidentSeverity.GENERAL)
                .build();
        List<Finding> out = alerts(List.of(e3, e2, e1), List.of(report(2).build(), report(1).build()), List.of(b, a),
                List.of());
        List<String> keys = out.stream().map(f -> f.code().code() + " " + f.subject()
                + (f.code() == ProblemCode.INCIDENT_REPORTED_LATE ? " " + f.arguments().get("incidentId") : ""))
                .collect(Collectors.toList());
        assertEquals(List.of("A9601 " + id(3), "A9604 " + id(1), "A9604 " + id(2), "A9605 " + id(1),
                "A9605 " + id(2), "A9606 " + id(2) + " INC-A", "A9606 " + id(2) + " INC-B", "A9608 " + id(1),
                "A9608 " + id(2)), keys);
    }

    @Property(tries = 50)
    void theOrderOfInputsNeverChangesTheAlerts(@ForAll long seed) {
        Random random = new Random(seed);
        List<Enterprise> registry = new ArrayList<>();
        List<MonthlyReport> reports = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            registry.add(Enterprise.builder().from(enterprise(n, random.nextBoolean() ? "210000" : "130000",
                    Industry.METALLURGY)).shougangExternal(random.nextBoolean())
                    .production(ProductionStatus.values()[random.nextInt(3)]).build());
            if (random.nextInt(4) > 0) {
                reports.add(report(n).funds(FundsReport.of(SourceAmounts.ofFen(300, 300, 300),
                        SourceAmounts.ofFen(random.nextInt(400), random.nextInt(400), random.nextInt(400))))
                        .incidents(random.nextInt(2)).build());
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                incidents.add(incident(n, "INC-" + n + "-" + k, beijing(1999, 12, 1 + random.nextInt(28), 9, 0, 0),
                        Duration.ofHours(random.nextInt(48)), IncidentSeverity.values()[random.nextInt(2)]).build());
            }
        }
        List<Finding> first = alerts(registry, reports, incidents, List.of());
        Collections.shuffle(registry, random);
        Collections.shuffle(reports, random);
        Collections.shuffle(incidents, random);
        assertEquals(first, alerts(registry, reports, incidents, List.of()));
    }
}
