/**
 * The submission ledger of monthly reports ({@link io.github.baozhang.reporting.SubmissionLedger})
 * with the revision rules of {@code monthly-reports@1}, deadlines
 * ({@link io.github.baozhang.reporting.Deadlines}), and the roll-up to the national bulletin
 * ({@link io.github.baozhang.reporting.RollUp}). See {@code docs/reporting.md}.
 *
 * <p>Not yet here: the Markdown and HTML renderings of the bulletin, indicators, cross-checks,
 * roll-up by city and by affiliation, and the other alerts of issue 6.
 */
package io.github.baozhang.reporting;
