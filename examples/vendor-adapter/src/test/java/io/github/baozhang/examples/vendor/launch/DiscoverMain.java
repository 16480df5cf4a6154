package io.github.baozhang.examples.vendor.launch;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.problem.Finding;
import java.util.List;

/**
 * A consumer of the SPI, launched by {@code ModulePathLaunchTest} in a JVM of its own from the
 * class path while the adapter and the SPI sit on the module path: prints each provider found
 * with its module, then each discovery problem.
 */
public final class DiscoverMain {

    private DiscoverMain() {
    }

    /**
     * Discovers and prints.
     *
     * @param args  none
     */
    public static void main(String[] args) {
        Adapters adapters = Adapters.discover(ClassLoader.getSystemClassLoader(), List.of());
        for (AdapterProvider p : adapters.providers()) {
            System.out.println("provider " + p.name() + " in " + p.getClass().getModule().getName());
        }
        for (Finding f : adapters.problems()) {
            System.out.println("problem " + f.code().code());
        }
    }
}
