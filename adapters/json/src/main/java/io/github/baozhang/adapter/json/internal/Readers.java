package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.json.InterchangeKinds;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import java.util.Objects;

/** Makes the strict readers of the interchange kinds. */
public final class Readers {

    private Readers() {
    }

    /**
     * Returns the reader of {@code baozhang/enterprises@1}.
     *
     * @param revision  the GB/T 2260 revision cities and provinces are read against, not null
     * @return the reader, not null
     */
    public static DocumentReader<Enterprise> enterprises(Gb2260Revision revision) {
        Objects.requireNonNull(revision, "revision");
        return new DocumentReader<>(InterchangeKinds.ENTERPRISES, Enterprise.class, "enterprises",
                EnterpriseBinder.SHAPE, "id", () -> new EnterpriseBinder(Gb2260.of(revision)));
    }

    /**
     * Returns the reader of {@code baozhang/funding-cases@1}.
     *
     * @return the reader, not null
     */
    public static DocumentReader<FundingCase> fundingCases() {
        return new DocumentReader<>(InterchangeKinds.FUNDING_CASES, FundingCase.class, "cases",
                FundingCaseBinder.SHAPE, "id", FundingCaseBinder::new);
    }

    /**
     * Returns the reader of {@code baozhang/monthly-reports@1}.
     *
     * @return the reader, not null
     */
    public static DocumentReader<MonthlyReport> monthlyReports() {
        return new DocumentReader<>(InterchangeKinds.MONTHLY_REPORTS, MonthlyReport.class, "reports",
                MonthlyReportBinder.SHAPE, "enterpriseId", MonthlyReportBinder::new);
    }

    /**
     * Returns the reader of {@code baozhang/disbursements@1}.
     *
     * @param findDuplicates  whether a citizen ID drawing at two enterprises in one period is a
     *     violation (memory grows with the distinct IDs and periods)
     * @return the reader, not null
     */
    public static DocumentReader<DisbursementRecord> disbursements(boolean findDuplicates) {
        return new DocumentReader<>(InterchangeKinds.DISBURSEMENTS, DisbursementRecord.class, "records",
                DisbursementBinder.SHAPE, null, () -> new DisbursementBinder(findDuplicates));
    }

    /**
     * Returns the reader of {@code baozhang/incidents@1}.
     *
     * @return the reader, not null
     */
    public static DocumentReader<Incident> incidents() {
        return new DocumentReader<>(InterchangeKinds.INCIDENTS, Incident.class, "incidents",
                IncidentBinder.SHAPE, "id", () -> new IncidentBinder(true));
    }

    /**
     * Returns the reader of {@code baozhang/calendar@1}: the document is one record.
     *
     * @return the reader, not null
     */
    public static WholeDocumentReader<HolidayCalendar> calendar() {
        return new WholeDocumentReader<>(InterchangeKinds.CALENDAR, HolidayCalendar.class, CalendarBinder.SHAPE,
                CalendarBinder::new);
    }

    /**
     * Returns the reader of {@code baozhang/bulletin@1}: the document is one record.
     *
     * @return the reader, not null
     */
    public static WholeDocumentReader<Bulletin> bulletin() {
        return new WholeDocumentReader<>(InterchangeKinds.BULLETIN, Bulletin.class, BulletinBinder.SHAPE,
                BulletinBinder::new);
    }
}
