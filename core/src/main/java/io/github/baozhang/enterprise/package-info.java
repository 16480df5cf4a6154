/**
 * Monitored enterprises: the enterprise and its attributes, industries, affiliation, the
 * monitored regions and the four selection criteria of the notice.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.enterprise;

import org.immutables.value.Value;
