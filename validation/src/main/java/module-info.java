/**
 * Validation of Baozhang's core values with Jakarta Bean Validation.
 */
module io.github.baozhang.validation {
    requires io.github.baozhang.core;
    // Nothing exported yet: io.github.baozhang.validation says what this module will hold.
}
