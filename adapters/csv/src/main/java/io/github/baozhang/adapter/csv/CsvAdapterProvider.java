package io.github.baozhang.adapter.csv;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import java.util.List;

/**
 * The CSV adapter as a service: provider {@code csv}, offering the sink of
 * {@code baozhang/disbursement-summary@1} and of {@code baozhang/bulletin@1} (as {@code csv}).
 *
 * <p>It offers no reader through discovery: the worker-row reader needs the period it reads
 * (rows of another period are rejected), so it is made with
 * {@link NationalWorkerRowReader#of(java.time.YearMonth, io.github.baozhang.profile.ProvinceProfile,
 * CsvProfile)}.
 */
public final class CsvAdapterProvider implements AdapterProvider {

    /** The provider's name. */
    public static final String NAME = "csv";

    /** Creates the provider; ServiceLoader calls this. */
    public CsvAdapterProvider() {
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
        return List.of();
    }

    @Override
    public List<ReportSink<?>> sinks() {
        return List.of(DisbursementSummaryCsvSink.create(), BulletinCsvSink.create());
    }
}
