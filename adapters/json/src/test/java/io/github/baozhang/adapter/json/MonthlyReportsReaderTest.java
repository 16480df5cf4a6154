package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader of {@code baozhang/monthly-reports@1}. */
class MonthlyReportsReaderTest {

    private final FeedReader<MonthlyReport> reader = InterchangeJson.monthlyReportReader();

    static final Elements REPORT = Elements.of(
            "enterpriseId", "\"D2143569X\"", "period", "\"2000-01\"", "revision", "1",
            "submittedAt", "\"2000-02-03T09:00:00+08:00\"", "submittedBy", "\"210300\"",
            "laidOffWorkers", "40000", "inCentre", "38000", "agreementsSigned", "37000",
            "allowance", "{\"dueFen\": 1000000, \"paidFen\": 1000000, \"paidOn\": \"2000-01-15\"}",
            "contributions", "{\"dueFen\": 500000, \"paidFen\": 0}",
            "funds", "{\"plan\": {\"enterpriseFen\": 1, \"socialFen\": 2, \"fiscalFen\": 3},"
                    + " \"received\": {\"enterpriseFen\": 0, \"socialFen\": 2, \"fiscalFen\": 3}}",
            "postedPublicly", "true", "reemployed", "120", "leftCentre", "150", "incidents", "0");

    private static String doc(Elements... elements) {
        return Elements.document("baozhang/monthly-reports@1", "reports", elements);
    }

    private List<Violation> rejectedOne(Elements e) {
        return Json.read(reader, doc(e)).onlyRejected();
    }

    @Test
    void readsAReport() {
        Json.Read<MonthlyReport> r = Json.read(reader, doc(REPORT, REPORT.without("submittedBy")));
        assertTrue(r.summary.isClean(), r.rejected::toString);
        MonthlyReport expected = MonthlyReport.builder().enterpriseId(OrganizationCode.parse("D2143569X"))
                .period(YearMonth.of(2000, 1)).revision(1)
                .submittedAt(OffsetDateTime.of(2000, 2, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8)))
                .submittedBy(DivisionCode.parse("210300"))
                .laidOffWorkers(40000).inCentre(38000).agreementsSigned(37000)
                .allowance(Payment.of(Money.ofFen(1000000), Money.ofFen(1000000), Optional.of(LocalDate.of(2000, 1, 15))))
                .contributions(Payment.of(Money.ofFen(500000), Money.zero()))
                .funds(FundsReport.of(SourceAmounts.ofFen(1, 2, 3), SourceAmounts.ofFen(0, 2, 3)))
                .postedPublicly(true).reemployed(120).leftCentre(150).incidents(0).build();
        assertEquals(expected, r.values.get(0));
        assertEquals(expected.withSubmittedBy(Optional.empty()), r.values.get(1));
    }

    @Test
    void aPaymentNeedsItsDateWhenSomethingWasPaid() {
        Elements e = REPORT.with("allowance", "{\"dueFen\": 10, \"paidFen\": 10}");
        List<Violation> v = rejectedOne(e);
        Expect.violation(v.get(0), ProblemCode.JSON_FIELD_MISSING, "/reports/0/allowance", 2, e.columnOf("allowance"),
                "allowance.paidOn", Map.of("field", "allowance.paidOn"));
        assertEquals(1, Json.read(reader, doc(REPORT.with("allowance", "{\"dueFen\": 10, \"paidFen\": 0}"))).values.size());
    }

    @Test
    void contributionsHaveNoDate() {
        List<Violation> v = rejectedOne(REPORT.with("contributions", "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-01-15\"}"));
        assertEquals(ProblemCode.JSON_FIELD_UNKNOWN, v.get(0).code());
        assertEquals("contributions.paidOn", v.get(0).location().field().orElseThrow());
        assertEquals("/reports/0/contributions/paidOn", v.get(0).location().pointer().orElseThrow());
    }

    @Test
    void datesInstantsAndPeriods() {
        Elements e = REPORT.with("submittedAt", "\"2000-02-03T09:00:00\"");
        Expect.violation(rejectedOne(e).get(0), ProblemCode.INSTANT_MALFORMED, "/reports/0/submittedAt", 2,
                e.columnOf("submittedAt"), "submittedAt", Map.of("value", "2000-02-03T09:00:00"));
        e = REPORT.with("allowance", "{\"dueFen\": 10, \"paidFen\": 10, \"paidOn\": \"2000-02-30\"}");
        Violation v = rejectedOne(e).get(0);
        assertEquals(ProblemCode.DATE_MALFORMED, v.code());
        assertEquals("allowance.paidOn", v.location().field().orElseThrow());
        assertEquals("/reports/0/allowance/paidOn", v.location().pointer().orElseThrow());
        assertEquals(ProblemCode.PERIOD_MALFORMED, rejectedOne(REPORT.with("period", "\"2000-1\"")).get(0).code());
        assertEquals(1, Json.read(reader, doc(REPORT.with("submittedAt", "\"2000-02-03T01:00Z\""))).values.size());
    }

    @Test
    void countsAmountsAndRevisions() {
        assertEquals(ProblemCode.REPORT_REVISION_INVALID, rejectedOne(REPORT.with("revision", "0")).get(0).code());
        Violation big = rejectedOne(REPORT.with("revision", "2147483648")).get(0);
        assertEquals(ProblemCode.INTEGER_MALFORMED, big.code());
        assertEquals(Map.of("value", "2147483648", "reason", "range"), big.arguments());
        assertEquals(ProblemCode.VALUE_NEGATIVE, rejectedOne(REPORT.with("incidents", "-2")).get(0).code());
        Violation plan = rejectedOne(REPORT.with("funds", "{\"plan\": {\"enterpriseFen\": 1, \"socialFen\": -2, \"fiscalFen\": 3},"
                + " \"received\": {\"enterpriseFen\": 0, \"socialFen\": 2, \"fiscalFen\": 3}}")).get(0);
        assertEquals(ProblemCode.VALUE_NEGATIVE, plan.code());
        assertEquals("funds.plan.socialFen", plan.location().field().orElseThrow());
        assertEquals("/reports/0/funds/plan/socialFen", plan.location().pointer().orElseThrow());
        List<Violation> two = rejectedOne(REPORT.with("funds", "{\"plan\": {\"enterpriseFen\": 1.5, \"socialFen\": 2},"
                + " \"received\": {\"enterpriseFen\": 0, \"socialFen\": 2, \"fiscalFen\": 3}}"));
        assertEquals(List.of(ProblemCode.JSON_FIELD_MISSING, ProblemCode.AMOUNT_MALFORMED),
                two.stream().map(Violation::code).toList(), two::toString);
        assertEquals("funds.plan.fiscalFen", two.get(0).location().field().orElseThrow());
    }

    @Test
    void everyFieldButSubmittedByIsRequired() {
        for (String field : REPORT.fields().keySet()) {
            Json.Read<MonthlyReport> r = Json.read(reader, doc(REPORT.without(field)));
            if (field.equals("submittedBy")) {
                assertEquals(1, r.values.size());
            } else {
                assertEquals(ProblemCode.JSON_FIELD_MISSING, r.onlyRejected().get(0).code(), field);
            }
        }
    }
}
