package io.github.baozhang.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.tck.AdapterProviderContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * ACME's provider certified by the conformance kit on the class path, where discovery reads
 * {@code META-INF/services}. Surefire runs this class in an execution of its own with the module
 * path off (see this module's pom.xml).
 */
class ClassPathDiscoveryTest extends AdapterProviderContract {

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
    void theseTestsRunOnTheClassPath() {
        assertFalse(AcmeAdapterProvider.class.getModule().isNamed(), "the provider is on the class path");
        assertFalse(AdapterProvider.class.getModule().isNamed(), "the SPI is on the class path");
    }
}
