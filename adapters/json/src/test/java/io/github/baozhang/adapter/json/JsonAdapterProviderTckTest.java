package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.tck.AdapterProviderContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit on the JSON adapter's provider. Surefire runs this module's tests on the
 * module path, so discovery here finds the provider through {@code provides} in
 * {@code module-info.java}.
 */
class JsonAdapterProviderTckTest extends AdapterProviderContract {

    @Override
    protected AdapterProvider provider() {
        return new JsonAdapterProvider();
    }

    @Override
    protected Set<DocumentKind> readerKinds() {
        return Set.of(InterchangeKinds.ENTERPRISES, InterchangeKinds.FUNDING_CASES, InterchangeKinds.MONTHLY_REPORTS,
                InterchangeKinds.PROVINCE_PROFILE, InterchangeKinds.DISBURSEMENTS, InterchangeKinds.INCIDENTS,
                InterchangeKinds.CALENDAR, InterchangeKinds.BULLETIN);
    }

    @Override
    protected Set<DocumentKind> sinkKinds() {
        return Set.of(InterchangeKinds.ENTERPRISES, InterchangeKinds.FUNDING_CASES, InterchangeKinds.MONTHLY_REPORTS,
                InterchangeKinds.FUNDING_RESULTS, InterchangeKinds.DISBURSEMENTS, InterchangeKinds.INCIDENTS,
                InterchangeKinds.CALENDAR, InterchangeKinds.BULLETIN, InterchangeKinds.DISBURSEMENT_SUMMARY);
    }

    @Test
    void theseTestsRunOnTheModulePath() {
        assertTrue(JsonAdapterProvider.class.getModule().isNamed(), "discovery found the provider through provides in module-info.java");
    }
}
