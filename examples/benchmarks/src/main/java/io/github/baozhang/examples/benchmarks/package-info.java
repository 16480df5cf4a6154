/**
 * Will hold: the seeded generator of the national worker-row CSV and the benchmarks against a Jackson baseline and DuckDB, plus JMH kernels. Built in issue 9; today only the module exists.
 */
package io.github.baozhang.examples.benchmarks;
