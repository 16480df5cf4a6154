package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.DocumentKind;

/**
 * The kinds of the interchange format v1 ({@code docs/interchange.md}), as {@link DocumentKind}s.
 * Each document names its kind in its {@code "format"} field.
 */
public final class InterchangeKinds {

    /** {@code baozhang/enterprises@1}: the registry of monitored enterprises. */
    public static final DocumentKind ENTERPRISES = DocumentKind.of("baozhang/enterprises@1");
    /** {@code baozhang/funding-cases@1}: funding cases to evaluate by the three-thirds rule. */
    public static final DocumentKind FUNDING_CASES = DocumentKind.of("baozhang/funding-cases@1");
    /** {@code baozhang/funding-results@1}: what the three-thirds rule made of funding cases. */
    public static final DocumentKind FUNDING_RESULTS = DocumentKind.of("baozhang/funding-results@1");
    /** {@code baozhang/monthly-reports@1}: monthly reports of monitored enterprises. */
    public static final DocumentKind MONTHLY_REPORTS = DocumentKind.of("baozhang/monthly-reports@1");
    /** {@code baozhang/province-profile@1}: a province profile a province edits ({@code docs/profiles.md}). */
    public static final DocumentKind PROVINCE_PROFILE = DocumentKind.of("baozhang/province-profile@1");

    /** {@code baozhang/disbursements@1}: one record per worker and month, the kind that runs to millions. */
    public static final DocumentKind DISBURSEMENTS = DocumentKind.of("baozhang/disbursements@1");
    /** {@code baozhang/incidents@1}: mass incidents at monitored enterprises. */
    public static final DocumentKind INCIDENTS = DocumentKind.of("baozhang/incidents@1");
    /** {@code baozhang/calendar@1}: holidays and the weekend days made working days. */
    public static final DocumentKind CALENDAR = DocumentKind.of("baozhang/calendar@1");
    /** {@code baozhang/bulletin@1}: the roll-up of one period, nation, provinces, industries, alerts. */
    public static final DocumentKind BULLETIN = DocumentKind.of("baozhang/bulletin@1");

    /** {@code baozhang/disbursement-summary@1}: what {@code ingest} writes ({@link DisbursementSummaryJson}). */
    public static final DocumentKind DISBURSEMENT_SUMMARY = DocumentKind.of("baozhang/disbursement-summary@1");

    private InterchangeKinds() {
    }
}
