/**
 * Delimited feeds for Baozhang: the national worker-row CSV ({@link
 * io.github.baozhang.adapter.csv.NationalWorkerRowReader}, UTF-8, GBK or GB18030, Chinese or
 * English headers through a {@link io.github.baozhang.adapter.csv.ColumnMapping}) and CSV sinks
 * that neutralise formula injection ({@link io.github.baozhang.adapter.csv.CsvWriter},
 * {@link io.github.baozhang.adapter.csv.DisbursementSummaryCsvSink}). See {@code docs/csv.md}.
 */
package io.github.baozhang.adapter.csv;
