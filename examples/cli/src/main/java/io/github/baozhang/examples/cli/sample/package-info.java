/**
 * The bundled sample: a synthetic, seeded, deterministic data set of the 151 monitored
 * enterprises of the 1999 notice and twelve months of their reports. Nothing here is real
 * data; see {@code docs/sample.md}.
 */
package io.github.baozhang.examples.cli.sample;
