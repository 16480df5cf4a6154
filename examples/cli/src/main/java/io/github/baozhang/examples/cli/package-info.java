/**
 * Will hold: the command-line tool of the interchange contract ({@code demo}, {@code validate}, {@code fund}, {@code rollup}, {@code ingest}) built as {@code baozhang-cli.jar}. Built in issue 7; today only the module exists.
 */
package io.github.baozhang.examples.cli;
