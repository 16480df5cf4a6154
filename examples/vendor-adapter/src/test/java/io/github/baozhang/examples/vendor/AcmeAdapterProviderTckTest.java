package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.tck.AdapterProviderContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ACME's provider certified by the conformance kit on the module path: this module is named
 * here, so discovery can only have found the provider through {@code provides} in
 * {@code module-info.java}. {@link ClassPathDiscoveryTest} runs the same kit on the class path.
 */
class AcmeAdapterProviderTckTest extends AdapterProviderContract {

    @Override
    protected AdapterProvider provider() {
        return new AcmeAdapterProvider();
    }

    @Override
    protected Set<DocumentKind> readerKinds() {
        return Set.of(FixedWidthWorkerRowReader.KIND);
    }

    @Override
    protected Set<DocumentKind> sinkKinds() {
        return Set.of(FixedWidthWorkerRowReader.KIND);
    }

    @Test
    void theseTestsRunOnTheModulePath() {
        Module module = AcmeAdapterProvider.class.getModule();
        assertTrue(module.isNamed(), "the provider is in a named module");
        assertTrue(module.getDescriptor().provides().stream()
                .anyMatch(p -> p.service().equals(AdapterProvider.class.getName())
                        && p.providers().contains(AcmeAdapterProvider.class.getName())), module.getDescriptor()::toString);
        assertTrue(ModuleLayer.boot().findModule("io.github.baozhang.adapter.spi").isPresent(), "the SPI is a named module too");
    }
}
