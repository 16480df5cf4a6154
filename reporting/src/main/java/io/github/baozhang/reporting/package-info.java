/**
 * Will hold: the submission ledger of monthly reports with revisions, deadlines on a working-day calendar, roll-up enterprise to city to province to ministry, indicators, completeness and timeliness, alerts, and the Markdown / HTML renderings of the bulletin. Built in issue 6; today only the module exists.
 */
package io.github.baozhang.reporting;
