/**
 * Example: ACME's adapter for its legacy fixed-width export of worker rows (GBK, fixed byte
 * columns, amounts in fen, one record per line), built on the adapter SPI alone and certified by
 * the conformance kit. {@code docs/adapters.md} walks through it.
 */
package io.github.baozhang.examples.vendor;
