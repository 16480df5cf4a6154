/**
 * The command-line tool of the interchange contract, built as {@code baozhang-cli.jar}:
 * {@code demo} (the main job on the bundled synthetic sample, package {@code sample}),
 * {@code validate}, {@code fund}, {@code rollup} and {@code ingest}. See {@code docs/cli.md}.
 */
package io.github.baozhang.examples.cli;
