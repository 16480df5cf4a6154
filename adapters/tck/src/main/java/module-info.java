/**
 * The conformance kit for Baozhang adapters ({@code io.github.baozhang.adapter.tck}), and the
 * jqwik arbitraries of the domain values that every module above core reuses in its tests
 * ({@code io.github.baozhang.adapter.tck.arbitraries}).
 *
 * <p>The kit is test code that others run: jqwik and JUnit are compile dependencies of this
 * module, and a user adds the module in test scope.
 */
module io.github.baozhang.adapter.tck {
    requires transitive io.github.baozhang.core;
    requires transitive io.github.baozhang.adapter.spi;
    requires transitive net.jqwik.api;
    requires transitive org.junit.jupiter.api;
    requires static org.immutables.value;

    exports io.github.baozhang.adapter.tck;
    exports io.github.baozhang.adapter.tck.arbitraries;

    // The test engines call the contracts' methods reflectively.
    opens io.github.baozhang.adapter.tck;
}
