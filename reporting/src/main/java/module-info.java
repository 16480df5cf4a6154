/**
 * Reporting: the submission ledger of monthly reports with their revisions, deadlines on a
 * working-day calendar, the roll-up enterprise → province → nation and by industry, city and
 * affiliation, alerts, indicators, cross-checks, monthly and urgent reports up the hierarchy with
 * their trade-union notices, and the national bulletin with its Markdown and HTML renderings.
 *
 * <p>Pure: no clock, no I/O, no logging.
 */
module io.github.baozhang.reporting {
    requires transitive io.github.baozhang.core;
    requires static org.immutables.value;

    exports io.github.baozhang.reporting;
    exports io.github.baozhang.reporting.render;
}
