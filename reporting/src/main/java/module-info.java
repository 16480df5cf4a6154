/**
 * Reporting: ledger, roll-up and the national bulletin.
 */
module io.github.baozhang.reporting {
    requires io.github.baozhang.core;
    // Nothing exported yet: io.github.baozhang.reporting says what this module will hold.
}
