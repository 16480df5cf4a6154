/**
 * Checked identifiers: parse, don't validate — an instance is always valid.
 *
 * <ul>
 *   <li>{@link io.github.baozhang.id.CitizenId} — citizen identity number, GB 11643-1999
 *       (18 characters; 15-digit legacy numbers normalised to 18).</li>
 *   <li>{@link io.github.baozhang.id.OrganizationCode} — organisation code, GB 11714-1997.</li>
 *   <li>{@link io.github.baozhang.id.CreditCode} — unified social credit code, GB 32100-2015.</li>
 *   <li>{@link io.github.baozhang.id.DivisionCode} and {@link io.github.baozhang.id.Gb2260} —
 *       administrative divisions, GB/T 2260, with the revisions of 1999 to 2002 bundled.</li>
 * </ul>
 *
 * <p>Every {@code parse} factory throws {@link io.github.baozhang.problem.InvalidValueException}
 * with a catalogue code; every {@code check} factory returns a
 * {@link io.github.baozhang.problem.Parsed} instead, for readers of bulk input.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.id;

import org.immutables.value.Value;
