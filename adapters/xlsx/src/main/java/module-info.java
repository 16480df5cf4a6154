/**
 * Excel report forms for Baozhang.
 */
module io.github.baozhang.adapter.xlsx {
    requires io.github.baozhang.core;
    requires io.github.baozhang.adapter.spi;
    // Nothing exported yet: io.github.baozhang.adapter.xlsx says what this module will hold.
}
