/**
 * The three-thirds rule (三三制): the plan of a funding case split between enterprise, society
 * (the unemployment-insurance fund) and finance, receipts, gaps and excesses, arrival rates, the
 * backstop payer of each gap by enterprise category, and unemployment-insurance premium arrears
 * with their repayment plan (边拨付边清缴).
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.funding;

import org.immutables.value.Value;
