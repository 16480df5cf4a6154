/**
 * Reports as values: the monthly report of one monitored enterprise
 * ({@code baozhang/monthly-reports@1}) and what it declares — workers, allowance and
 * contributions due and paid, funds planned and received, public posting, incidents.
 *
 * <p>The submission ledger, revisions, roll-up and the national bulletin build on these values
 * in the reporting module; the bulletin joins this package with issue 6.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.report;

import org.immutables.value.Value;
