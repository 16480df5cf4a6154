/**
 * A relational store for Baozhang.
 */
module io.github.baozhang.adapter.jdbc {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.adapter.jdbc says what this module will hold.
}
