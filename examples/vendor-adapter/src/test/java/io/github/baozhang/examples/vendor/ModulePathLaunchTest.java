package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.baozhang.examples.vendor.launch.DiscoverMain;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovery on a real module path, outside surefire's patched module: a JVM of its own with the
 * adapter, the SPI and core as modules ({@code --module-path}) and a consumer on the class path.
 * {@code META-INF/services} of a named module is not read there, so finding the provider proves
 * its {@code provides} clause.
 */
class ModulePathLaunchTest {

    @Test
    void aConsumerFindsTheProviderThroughProvidesOnTheModulePath() throws IOException, InterruptedException {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "surefire runs this class on the module path");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path testClasses = Path.of("target", "test-classes");
        Process process = new ProcessBuilder(java.toString(), "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH",
                "-cp", testClasses.toString(), DiscoverMain.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertEquals(List.of("provider acme-fixed-width in io.github.baozhang.examples.vendor"), out.lines().toList(), out);
    }
}
