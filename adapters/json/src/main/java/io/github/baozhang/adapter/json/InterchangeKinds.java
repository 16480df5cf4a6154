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

    private InterchangeKinds() {
    }
}
