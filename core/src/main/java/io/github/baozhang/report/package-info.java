/**
 * Reports as values: the monthly report of one monitored enterprise
 * ({@code baozhang/monthly-reports@1}) and what it declares — workers, allowance and
 * contributions due and paid, funds planned and received, public posting, incidents — and the
 * national bulletin ({@code baozhang/bulletin@1}: {@link io.github.baozhang.report.Bulletin},
 * {@link io.github.baozhang.report.ReportSummary}), so that adapters can write it without the
 * reporting module.
 *
 * <p>The submission ledger, revisions, the roll-up to the bulletin, alerts and renderings are in
 * the reporting module.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.report;

import org.immutables.value.Value;
