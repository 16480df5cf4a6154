/**
 * Example: how a provincial system embeds Baozhang (not published).
 */
module io.github.baozhang.examples.provincial {
    requires io.github.baozhang.core;
    // Nothing exported yet: io.github.baozhang.examples.provincial says what this module will hold.
}
