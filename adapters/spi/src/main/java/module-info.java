/**
 * The adapter SPI of Baozhang.
 */
module io.github.baozhang.adapter.spi {
    requires io.github.baozhang.core;
    // Nothing exported yet: io.github.baozhang.adapter.spi says what this module will hold.
}
