/**
 * The province profile (省级配置): the policy a province applies to the guarantee, as a core
 * value — allowance ladders with the unemployment benefit, minimum wage and minimum living
 * standard beside them, the contribution base and rates, the average monthly wage by year, the
 * pay day, the report due day, the cap on agreements, the holiday calendar, the monitored
 * regions and the date from which no new centre entries are made — each policy with the date it
 * takes effect ({@link io.github.baozhang.profile.Timeline}).
 *
 * <p>Loading a profile from a file belongs to the adapters ({@code baozhang/province-profile@1},
 * read by {@code baozhang-adapter-json}); this package does no I/O.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.profile;

import org.immutables.value.Value;
