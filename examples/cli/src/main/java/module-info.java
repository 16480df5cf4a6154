/**
 * The Baozhang command-line tool (not published): {@code demo}, {@code validate}, {@code fund},
 * {@code rollup} and {@code ingest} over the interchange format, built as {@code baozhang-cli.jar}.
 */
module io.github.baozhang.examples.cli {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    requires io.github.baozhang.adapter.json;
    requires io.github.baozhang.adapter.csv;
    requires io.github.baozhang.validation;
    requires io.github.baozhang.reporting;
    requires io.github.baozhang.adapter.xlsx;
    requires tools.jackson.databind;
    requires info.picocli;

    // picocli reads the commands' annotations and sets their fields reflectively.
    opens io.github.baozhang.examples.cli to info.picocli;
}
