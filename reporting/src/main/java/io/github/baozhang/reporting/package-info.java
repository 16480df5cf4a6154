/**
 * The submission ledger of monthly reports ({@link io.github.baozhang.reporting.SubmissionLedger})
 * with the revision rules of {@code monthly-reports@1}, deadlines
 * ({@link io.github.baozhang.reporting.Deadlines}), and the roll-up to the national bulletin
 * ({@link io.github.baozhang.reporting.RollUp}, also by city and by affiliation), the alerts
 * ({@link io.github.baozhang.reporting.Alerts}), indicators, the ranking of provinces and the
 * trend ({@link io.github.baozhang.reporting.Indicators}, {@link io.github.baozhang.reporting.BulletinView}),
 * cross-checks ({@link io.github.baozhang.reporting.CrossChecks}), and monthly and urgent reports
 * up the hierarchy with their trade-union notices ({@link io.github.baozhang.reporting.UpwardReports}).
 * The Markdown and HTML renderings are in {@code io.github.baozhang.reporting.render}. See
 * {@code docs/reporting.md}.
 */
package io.github.baozhang.reporting;
