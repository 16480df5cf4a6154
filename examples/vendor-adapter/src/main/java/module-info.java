/**
 * Example: a vendor's adapter (not published).
 */
module io.github.baozhang.examples.vendor {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.examples.vendor says what this module will hold.
}
