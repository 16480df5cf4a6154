/**
 * Benchmarks of Baozhang (not published): the national worker-row reader against a Jackson CSV
 * baseline, DuckDB and {@code cat}, a seeded generator of the national CSV, and JMH kernels.
 * See {@code docs/performance.md}.
 */
module io.github.baozhang.examples.benchmarks {
    requires io.github.baozhang.core;
    requires io.github.baozhang.validation;
    requires static org.immutables.value;
    requires io.github.baozhang.adapter.csv;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    requires transitive java.sql;
    requires jmh.core;
    requires java.management;
    requires jdk.management;

    exports io.github.baozhang.examples.benchmarks;
    // Jackson binds the baseline's record reflectively; JMH's generated code lives in a subpackage.
    opens io.github.baozhang.examples.benchmarks to tools.jackson.databind;
}
