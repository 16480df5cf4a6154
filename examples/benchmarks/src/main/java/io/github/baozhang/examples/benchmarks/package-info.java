/**
 * Benchmarks of Baozhang, run by a person and never by the tests (CI only compiles them):
 * {@link io.github.baozhang.examples.benchmarks.NationalCsvGenerator}, a seeded generator of the
 * national worker-row CSV; {@link io.github.baozhang.examples.benchmarks.IngestBenchmark}, which
 * runs Baozhang's reader on one and two threads, a plain Jackson CSV baseline, DuckDB's GROUP BY
 * and {@code cat} side by side on one file; JMH kernels of the per-row checks; and
 * {@link io.github.baozhang.examples.benchmarks.ValidatorStartup}, the start-up cost of the
 * shared Hibernate Validator factory. Results and commands: {@code docs/performance.md} and
 * {@code docs/validation.md}.
 */
package io.github.baozhang.examples.benchmarks;
