/**
 * Delimited feeds for Baozhang: the national worker-row CSV and CSV sinks. See
 * {@code docs/csv.md}.
 */
module io.github.baozhang.adapter.csv {
    requires transitive io.github.baozhang.core;
    requires transitive io.github.baozhang.adapter.spi;
    requires org.slf4j;
    requires static org.immutables.value;

    exports io.github.baozhang.adapter.csv;

    provides io.github.baozhang.adapter.spi.AdapterProvider with io.github.baozhang.adapter.csv.CsvAdapterProvider;
}
