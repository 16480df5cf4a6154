/**
 * The conformance kit for Baozhang adapters.
 */
module io.github.baozhang.adapter.tck {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.adapter.tck says what this module will hold.
}
