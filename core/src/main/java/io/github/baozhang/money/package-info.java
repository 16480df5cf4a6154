/**
 * Exact money and exact ratios.
 *
 * <ul>
 *   <li>{@link io.github.baozhang.money.Money} — an amount of renminbi in fen on a {@code long};
 *       arithmetic that would leave the 64-bit range throws, it never wraps.</li>
 *   <li>{@link io.github.baozhang.money.Ratio} — an exact fraction, such as the one third of
 *       the three-thirds rule (三三制).</li>
 *   <li>{@link io.github.baozhang.money.Allocation} — the split of an amount by ratios by
 *       largest remainder, with an explicit tie order; the parts always sum back exactly.</li>
 *   <li>{@link io.github.baozhang.money.BasisPoints} — rates in hundredths of a percent,
 *       computed exactly even when an intermediate product exceeds 64 bits.</li>
 * </ul>
 *
 * <p>There is no {@code double} or {@code float} anywhere in this package.
 */
package io.github.baozhang.money;
