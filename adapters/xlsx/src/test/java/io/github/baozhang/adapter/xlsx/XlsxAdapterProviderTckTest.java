package io.github.baozhang.adapter.xlsx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.tck.AdapterProviderContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit on the XLSX adapter's provider. Surefire runs this module's tests on the
 * module path, so discovery here finds the provider through {@code provides} in
 * {@code module-info.java}.
 */
class XlsxAdapterProviderTckTest extends AdapterProviderContract {

    @Override
    protected AdapterProvider provider() {
        return new XlsxAdapterProvider();
    }

    @Override
    protected Set<DocumentKind> readerKinds() {
        return Set.of();
    }

    @Override
    protected Set<DocumentKind> sinkKinds() {
        return Set.of(BulletinXlsxSink.KIND);
    }

    @Test
    void theseTestsRunOnTheModulePath() {
        assertTrue(XlsxAdapterProvider.class.getModule().isNamed(), "discovery found the provider through provides in module-info.java");
    }
}
