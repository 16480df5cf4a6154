package io.github.baozhang.reporting;

import static io.github.baozhang.reporting.Samples.PERIOD;
import static io.github.baozhang.reporting.Samples.beijing;
import static io.github.baozhang.reporting.Samples.enterprise;
import static io.github.baozhang.reporting.Samples.id;
import static io.github.baozhang.reporting.Samples.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.hierarchy.Jurisdiction;
import io.github.baozhang.hierarchy.ReportingUnit;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.HolidayCalendar;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UpwardReportsTest {

    private static final DivisionCode LIAONING = DivisionCode.parse("210000");
    private static final DivisionCode SHENYANG = DivisionCode.parse("210100");

    private final List<Enterprise> registry = List.of(enterprise(1, "210000", Industry.METALLURGY),
            enterprise(2, "210000", Industry.OTHER), enterprise(3, "130000", Industry.OTHER));
    private final Jurisdiction jurisdiction = Jurisdiction.of(registry);

    @Test
    void eachCityAndProvinceSendsItsSummaryUpWithANoticeToItsTradeUnion() {
        SubmissionLedger ledger = SubmissionLedger.of(registry).submitAll(List.of(report(1).build(), report(2).build()));
        List<UpwardReport> out = UpwardReports.monthly(PERIOD, ledger, HolidayCalendar.weekendsOnly(),
                p -> Deadlines.DEFAULT_DUE_DAY, jurisdiction);
        assertEquals(List.of("130100->130000", "210100->210000", "130000->MOLSS", "210000->MOLSS"), out.stream()
                .map(r -> r.from().code() + "->" + r.to().code()).collect(Collectors.toList()));
        UpwardReport shenyang = out.get(1);
        assertEquals(UpwardReport.Kind.MONTHLY, shenyang.kind());
        assertEquals(2, shenyang.summary().orElseThrow().reported());
        assertEquals(Optional.of(ReportingUnit.tradeUnion(SHENYANG)), shenyang.tradeUnion());
        TradeUnionNotice notice = shenyang.notice().orElseThrow();
        assertEquals(ReportingUnit.tradeUnion(SHENYANG), notice.tradeUnion());
        assertEquals(shenyang, notice.report());
        assertEquals(ReportingUnit.city(SHENYANG), notice.from());
        UpwardReport liaoning = out.get(3);
        assertEquals(Optional.of(ReportingUnit.tradeUnion(LIAONING)), liaoning.tradeUnion());
        assertEquals(RollUp.buildBulletin(PERIOD, registry, List.of(report(1).build(), report(2).build()),
                HolidayCalendar.weekendsOnly()).provinces().get(LIAONING), liaoning.summary().orElseThrow());
        assertTrue(out.stream().allMatch(r -> r.notice().isPresent()));
    }

    @Test
    void anIncidentTravelsUpEveryStepAtOnceWithItsNotices() {
        Enterprise central = Enterprise.builder().from(enterprise(4, "210000", Industry.METALLURGY))
                .affiliation(Affiliation.CENTRAL).build();
        Jurisdiction j = Jurisdiction.of(List.of(central));
        Incident incident = Incident.builder().id("INC-9").enterpriseId(id(4)).occurredAt(beijing(2000, 1, 1, 1, 0, 0))
                .reportedAt(beijing(2000, 1, 1, 2, 0, 0)).participants(300).cause("停发基本生活费")
                .severity(IncidentSeverity.MAJOR).status(IncidentStatus.OPEN).build();
        List<UpwardReport> out = UpwardReports.incident(incident, j);
        assertEquals(List.of("ENTERPRISE->CITY", "CITY->PROVINCE", "PROVINCE->MINISTRY", "ENTERPRISE->INDUSTRY_AUTHORITY",
                "INDUSTRY_AUTHORITY->MINISTRY"), out.stream().map(r -> r.from().kind() + "->" + r.to().kind())
                .collect(Collectors.toList()));
        assertTrue(out.stream().allMatch(r -> r.kind() == UpwardReport.Kind.INCIDENT
                && r.incident().equals(Optional.of(incident)) && r.subject().equals("INC-9")
                && r.period().equals(YearMonth.of(2000, 1))));
        assertEquals(List.of(false, true, true, false, false), out.stream().map(r -> r.notice().isPresent())
                .collect(Collectors.toList()));
    }

    @Test
    void aMajorProblemTravelsUpLikeAnIncident() {
        Finding problem = Finding.of(ProblemCode.SHOUGANG_SHORTFALL, id(1).toString(), SubmissionLedger.args(
                "enterpriseId", id(1).toString(), "province", "210000", "period", "1999-12", "planFen", "3",
                "receivedFen", "1", "gapFen", "2"));
        List<UpwardReport> out = UpwardReports.majorProblem(id(1), problem, beijing(1999, 12, 31, 23, 0, 0), jurisdiction);
        assertEquals(3, out.size());
        assertEquals(UpwardReport.Kind.MAJOR_PROBLEM, out.get(0).kind());
        assertEquals("A9607:" + id(1), out.get(0).subject());
        assertEquals(Optional.of(problem), out.get(2).problem());
    }
}
