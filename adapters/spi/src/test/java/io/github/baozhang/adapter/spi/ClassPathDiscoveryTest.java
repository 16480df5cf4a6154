package io.github.baozhang.adapter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Discovery through META-INF/services on the class path. Surefire runs this class in an
 * execution of its own with the module path off (see this module's pom.xml); on the module
 * path, a named module's providers come from {@code provides}, which examples/vendor-adapter
 * tests.
 */
class ClassPathDiscoveryTest {

    private static List<ProblemCode> codes(Adapters a) {
        return a.problems().stream().map(Finding::code).collect(Collectors.toList());
    }

    @Test
    void serviceLoaderFindsTheRegisteredProvidersAndReportsTheBadOnes() {
        assertFalse(getClass().getModule().isNamed(), "this test runs on the class path");
        Adapters a = Adapters.discover(getClass().getClassLoader(), List.of());
        assertEquals(List.of("alpha", "beta"), a.providers().stream().map(AdapterProvider::name).collect(Collectors.toList()));
        List<ProblemCode> problems = codes(a);
        assertTrue(problems.contains(ProblemCode.ADAPTER_LOAD_FAILED), problems::toString);
        assertTrue(problems.contains(ProblemCode.ADAPTER_SPI_INCOMPATIBLE), problems::toString);
        assertTrue(problems.contains(ProblemCode.ADAPTER_AMBIGUOUS), problems::toString);
    }

    @Test
    void anExplicitChoiceByNameKeepsOnlyThatProvider() {
        Adapters a = Adapters.discover(getClass().getClassLoader(), List.of("beta"));
        assertEquals(List.of("beta"), a.providers().stream().map(AdapterProvider::name).collect(Collectors.toList()));
        assertFalse(codes(a).contains(ProblemCode.ADAPTER_AMBIGUOUS));
    }

    @Test
    void anExplicitChoiceNotInstalledIsReportedAndDiscoveryFallsBack() {
        Adapters a = Adapters.discover(getClass().getClassLoader(), List.of("gamma"));
        assertTrue(codes(a).contains(ProblemCode.ADAPTER_NOT_FOUND));
        assertEquals(2, a.providers().size());
    }

    @Test
    void theSystemPropertyNamesTheChoice() {
        String before = System.getProperty(Adapters.PROVIDERS_PROPERTY);
        try {
            System.setProperty(Adapters.PROVIDERS_PROPERTY, " alpha ,");
            Adapters a = Adapters.discover();
            assertEquals(List.of("alpha"), a.providers().stream().map(AdapterProvider::name).collect(Collectors.toList()));
        } finally {
            if (before == null) {
                System.clearProperty(Adapters.PROVIDERS_PROPERTY);
            } else {
                System.setProperty(Adapters.PROVIDERS_PROPERTY, before);
            }
        }
    }
}
