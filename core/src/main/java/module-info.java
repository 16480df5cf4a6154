/**
 * Baozhang core: the domain of the key-monitoring system for the basic living guarantee of
 * laid-off workers of state-owned enterprises (劳社厅发〔1999〕33号) as immutable values and
 * pure functions.
 *
 * <p>At run time this module needs nothing outside {@code java.base}: Immutables is an
 * annotation processor whose few annotations have CLASS retention, hence {@code requires static}.
 * There is no clock, no I/O (beyond reading the module's own bundled GB/T 2260 tables), no
 * logging, no system property and no {@code ServiceLoader} in this module.
 */
module io.github.baozhang.core {
    requires static org.immutables.value;

    exports io.github.baozhang.money;
    exports io.github.baozhang.id;
    exports io.github.baozhang.enterprise;
    exports io.github.baozhang.funding;
    exports io.github.baozhang.problem;
    exports io.github.baozhang.report;
    exports io.github.baozhang.profile;
    exports io.github.baozhang.disbursement;
    exports io.github.baozhang.incident;
    exports io.github.baozhang.hierarchy;
}
