/**
 * Reporting: the submission ledger of monthly reports with their revisions, deadlines on a
 * working-day calendar, the roll-up enterprise → province → nation and by industry, alerts and
 * the national bulletin.
 *
 * <p>Pure: no clock, no I/O, no logging.
 */
module io.github.baozhang.reporting {
    requires transitive io.github.baozhang.core;
    requires static org.immutables.value;

    exports io.github.baozhang.reporting;
    exports io.github.baozhang.reporting.render;
}
