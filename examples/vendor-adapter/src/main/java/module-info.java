/**
 * Example: a vendor's adapter (not published) — ACME's fixed-width legacy export of worker rows,
 * registered with the adapter SPI here and in {@code META-INF/services}.
 */
module io.github.baozhang.examples.vendor {
    requires transitive io.github.baozhang.core;
    requires transitive io.github.baozhang.adapter.spi;
    requires static org.immutables.value;

    exports io.github.baozhang.examples.vendor;

    provides io.github.baozhang.adapter.spi.AdapterProvider with io.github.baozhang.examples.vendor.AcmeAdapterProvider;
}
