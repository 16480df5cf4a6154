/**
 * The re-employment centre's monthly work: workers and their stays in the centre, agreements
 * (no agreement, no allowance) and exits, the monthly disbursement of allowance and
 * contributions per worker, on time and in full, arrears carried month to month, summaries that
 * merge associatively from worker rows up to the nation, duplicate recipients, and the public
 * posting (张榜公布) with its masks.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.disbursement;

import org.immutables.value.Value;
