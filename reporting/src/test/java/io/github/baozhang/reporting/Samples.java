package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Sample enterprises and reports. */
final class Samples {

    static final YearMonth PERIOD = YearMonth.of(1999, 12);

    private Samples() {
    }

    static OrganizationCode id(int n) {
        String body = String.format("%08d", n);
        return OrganizationCode.parse(body + "-" + OrganizationCode.checkCharacter(body));
    }

    static Enterprise enterprise(int n, String province, Industry industry) {
        return Enterprise.builder().id(id(n)).name("企业" + n).province(DivisionCode.parse(province))
                .city(DivisionCode.parse(province.substring(0, 2) + "0100")).industry(industry)
                .affiliation(Affiliation.LOCAL).shougangExternal(false).production(ProductionStatus.NORMAL)
                .severeLoss(false).employees(5000).laidOffWorkers(1000).fundingBlindSpot(false)
                .incidentHistory(false).hiddenRisk(false).build();
    }

    static OffsetDateTime beijing(int year, int month, int day, int hour, int minute, int second) {
        return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofHours(8));
    }

    static MonthlyReport.Builder report(int n) {
        return MonthlyReport.builder().enterpriseId(id(n)).period(PERIOD).revision(1)
                .submittedAt(beijing(2000, 1, 4, 9, 0, 0))
                .laidOffWorkers(2000).inCentre(1900).agreementsSigned(1850)
                .allowance(Payment.of(Money.ofFen(66_785_000), Money.ofFen(66_785_000)))
                .contributions(Payment.of(Money.ofFen(28_889_600), Money.ofFen(20_000_000)))
                .funds(FundsReport.of(SourceAmounts.ofFen(300, 300, 300), SourceAmounts.ofFen(100, 300, 300)))
                .postedPublicly(true).reemployed(12).leftCentre(15).incidents(0);
    }
}
