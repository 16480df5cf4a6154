/**
 * The adapter SPI of Baozhang: feed readers, report sinks, and their discovery.
 */
module io.github.baozhang.adapter.spi {
    requires transitive io.github.baozhang.core;
    requires org.slf4j;

    exports io.github.baozhang.adapter.spi;

    uses io.github.baozhang.adapter.spi.AdapterProvider;
}
