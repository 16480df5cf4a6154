package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.adapter.spi.SpiVersion;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.report.MonthlyReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider {@code json}, explicitly and through discovery on the module path. */
class JsonAdapterProviderTest {

    @Test
    void offersTheReadersAndSinks() {
        JsonAdapterProvider p = new JsonAdapterProvider();
        assertEquals("json", p.name());
        assertEquals(SpiVersion.CURRENT, p.spiVersion());
        Adapters adapters = Adapters.of(List.of(p));
        assertTrue(adapters.problems().isEmpty(), adapters.problems()::toString);
        assertEquals(Set.of(InterchangeKinds.ENTERPRISES, InterchangeKinds.FUNDING_CASES, InterchangeKinds.MONTHLY_REPORTS,
                InterchangeKinds.PROVINCE_PROFILE, InterchangeKinds.DISBURSEMENTS, InterchangeKinds.INCIDENTS, InterchangeKinds.CALENDAR,
                InterchangeKinds.BULLETIN), adapters.readableKinds());
        assertTrue(adapters.reader(InterchangeKinds.DISBURSEMENTS, io.github.baozhang.disbursement.DisbursementRecord.class)
                .isPresent());
        assertTrue(adapters.reader(InterchangeKinds.INCIDENTS, io.github.baozhang.incident.Incident.class).isPresent());
        assertTrue(adapters.reader(InterchangeKinds.CALENDAR, io.github.baozhang.profile.HolidayCalendar.class).isPresent());
        assertTrue(adapters.reader(InterchangeKinds.BULLETIN, io.github.baozhang.report.Bulletin.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.BULLETIN, "json", io.github.baozhang.report.Bulletin.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.CALENDAR, "json", io.github.baozhang.profile.HolidayCalendar.class)
                .isPresent());
        assertTrue(adapters.sink(InterchangeKinds.INCIDENTS, "json", IncidentsDocument.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.DISBURSEMENTS, "json", DisbursementsDocument.class).isPresent());
        assertTrue(adapters.reader(InterchangeKinds.ENTERPRISES, Enterprise.class).isPresent());
        assertTrue(adapters.reader(InterchangeKinds.FUNDING_CASES, FundingCase.class).isPresent());
        assertTrue(adapters.reader(InterchangeKinds.MONTHLY_REPORTS, MonthlyReport.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.FUNDING_RESULTS, "json", FundingResultsDocument.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.ENTERPRISES, "json", EnterprisesDocument.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.MONTHLY_REPORTS, "json", MonthlyReportsDocument.class).isPresent());
        assertTrue(adapters.sink(InterchangeKinds.FUNDING_CASES, "json", FundingCasesDocument.class).isPresent());
    }

    @Test
    void isDiscovered() {
        Adapters adapters = Adapters.discover();
        assertTrue(adapters.providers().stream().anyMatch(p -> p.name().equals("json")), adapters.providers()::toString);
        assertTrue(adapters.readableKinds().contains(InterchangeKinds.FUNDING_CASES));
    }
}
