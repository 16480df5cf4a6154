/**
 * Benchmarks of Baozhang (not published).
 */
module io.github.baozhang.examples.benchmarks {
    requires io.github.baozhang.core;
    requires io.github.baozhang.validation;
    requires static org.immutables.value;
    // Nothing exported yet: io.github.baozhang.examples.benchmarks says what this module will hold.
}
