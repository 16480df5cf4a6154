package io.github.baozhang.adapter.csv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.tck.AdapterProviderContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit on the CSV adapter's provider, on the module path (surefire's default for
 * this module): discovery finds it through {@code provides} in {@code module-info.java}. The
 * worker-row reader needs a period, so the provider offers no reader.
 */
class CsvAdapterProviderTckTest extends AdapterProviderContract {

    @Override
    protected AdapterProvider provider() {
        return new CsvAdapterProvider();
    }

    @Override
    protected Set<DocumentKind> readerKinds() {
        return Set.of();
    }

    @Override
    protected Set<DocumentKind> sinkKinds() {
        return Set.of(DisbursementSummaryCsvSink.KIND, BulletinCsvSink.KIND);
    }

    @Test
    void theseTestsRunOnTheModulePath() {
        assertTrue(CsvAdapterProvider.class.getModule().isNamed(), "discovery found the provider through provides in module-info.java");
    }
}
