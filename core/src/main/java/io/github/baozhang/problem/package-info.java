/**
 * The problem vocabulary shared by every module: violations (input that is not valid),
 * findings (valid data that shows trouble) and alerts (what the bulletin raises) — each with a stable
 * {@link io.github.baozhang.problem.ProblemCode} from one catalogue and its arguments.
 *
 * <p>Core holds codes and arguments, never sentences: the validation module's message bundles
 * turn a code and its arguments into Chinese or English.
 */
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        defaults = @Value.Immutable(copy = true))
package io.github.baozhang.problem;

import org.immutables.value.Value;
