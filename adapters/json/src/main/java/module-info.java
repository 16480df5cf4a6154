/**
 * JSON interchange format v1 for Baozhang.
 */
module io.github.baozhang.adapter.json {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.adapter.json says what this module will hold.
}
