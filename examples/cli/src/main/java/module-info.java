/**
 * The Baozhang command-line tool (not published).
 */
module io.github.baozhang.examples.cli {
    requires io.github.baozhang.core;
    // Nothing exported yet: io.github.baozhang.examples.cli says what this module will hold.
}
