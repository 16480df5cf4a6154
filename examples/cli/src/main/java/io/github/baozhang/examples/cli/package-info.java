/**
 * The command-line tool of the interchange contract, built as {@code baozhang-cli.jar}:
 * {@code fund} and {@code validate} today; {@code demo}, {@code rollup} and {@code ingest} are not
 * built yet (issues 7 and 9). See {@code docs/cli.md}.
 */
package io.github.baozhang.examples.cli;
