/**
 * Delimited feeds for Baozhang.
 */
module io.github.baozhang.adapter.csv {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.adapter.csv says what this module will hold.
}
