package io.github.baozhang.validation;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

/** Hand-written values for the example-based tests: 鞍山钢铁 in 鞍山 (210300), 辽宁 (210000). */
final class Fixtures {

    static final OrganizationCode ANSHAN_ID = OrganizationCode.parse("D2143569-X");

    private Fixtures() {
    }

    static Enterprise.Builder enterprise() {
        return Enterprise.builder()
                .id(ANSHAN_ID)
                .name("鞍山钢铁集团公司")
                .province(DivisionCode.parse("210000"))
                .city(DivisionCode.parse("210300"))
                .industry(Industry.METALLURGY)
                .affiliation(Affiliation.CENTRAL)
                .shougangExternal(false)
                .production(ProductionStatus.HALF_STOPPED)
                .severeLoss(true)
                .employees(180_000)
                .laidOffWorkers(42_000)
                .fundingBlindSpot(false)
                .incidentHistory(false)
                .hiddenRisk(true);
    }

    /** 1999-12, 30,000 in the centre at 286 + 156.16 yuan a month; submitted 2000-01-05 Beijing time. */
    static MonthlyReport.Builder report() {
        Money allowance = Money.ofFen(30_000L * 28_600);
        Money contributions = Money.ofFen(30_000L * 15_616);
        SourceAmounts plan = ThreeThirds.plan(allowance.plus(contributions), Ratio.ONE_THIRD);
        return MonthlyReport.builder()
                .enterpriseId(ANSHAN_ID)
                .period(YearMonth.of(1999, 12))
                .revision(1)
                .submittedAt(OffsetDateTime.parse("2000-01-05T09:00:00+08:00"))
                .submittedBy(Optional.of(DivisionCode.parse("210300")))
                .laidOffWorkers(42_000)
                .inCentre(30_000)
                .agreementsSigned(29_500)
                .allowance(Payment.of(allowance, allowance, Optional.of(LocalDate.of(1999, 12, 15))))
                .contributions(Payment.of(contributions, contributions, Optional.of(LocalDate.of(1999, 12, 15))))
                .funds(FundsReport.of(plan, plan))
                .postedPublicly(true)
                .reemployed(800)
                .leftCentre(900)
                .incidents(0);
    }
}
