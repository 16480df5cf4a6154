package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import java.util.List;

/**
 * The JSON adapter as a provider of the adapter SPI, named {@code json}: the readers of
 * {@code enterprises@1}, {@code funding-cases@1}, {@code monthly-reports@1},
 * {@code disbursements@1}, {@code incidents@1}, {@code calendar@1} and {@code bulletin@1}, and the
 * sinks of those kinds and of {@code funding-results@1}, all in format {@code json}. Registered in
 * {@code module-info.java} and {@code META-INF/services}; construct it directly for an explicit
 * choice ({@code Adapters.of(List.of(new JsonAdapterProvider()))}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonAdapterProvider implements AdapterProvider {

    /** The provider's name. */
    public static final String NAME = "json";

    /** Creates the provider; ServiceLoader calls this. */
    public JsonAdapterProvider() {
        // stateless
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public List<FeedReader<?>> readers() {
        return List.of(InterchangeJson.enterpriseReader(), InterchangeJson.fundingCaseReader(),
                InterchangeJson.monthlyReportReader(), InterchangeJson.provinceProfileReader(),
                InterchangeJson.disbursementReader(), InterchangeJson.incidentReader(),
                InterchangeJson.calendarReader(), InterchangeJson.bulletinReader());
    }

    @Override
    public List<ReportSink<?>> sinks() {
        return List.of(InterchangeJson.enterprisesSink(), InterchangeJson.fundingCasesSink(),
                InterchangeJson.monthlyReportsSink(), InterchangeJson.fundingResultsSink(),
                InterchangeJson.disbursementsSink(), InterchangeJson.incidentsSink(), InterchangeJson.calendarSink(),
                InterchangeJson.bulletinSink(), InterchangeJson.disbursementSummarySink());
    }
}
