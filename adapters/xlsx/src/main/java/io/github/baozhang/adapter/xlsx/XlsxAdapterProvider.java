package io.github.baozhang.adapter.xlsx;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import java.util.List;

/**
 * The XLSX adapter as a provider of the adapter SPI, named {@code xlsx}: the sink of
 * {@code baozhang/bulletin@1} in format {@code xlsx}; no reader. Registered in
 * {@code module-info.java} and {@code META-INF/services}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxAdapterProvider implements AdapterProvider {

    /** The provider's name. */
    public static final String NAME = "xlsx";

    /** Creates the provider; ServiceLoader calls this. */
    public XlsxAdapterProvider() {
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
        return List.of();
    }

    @Override
    public List<ReportSink<?>> sinks() {
        return List.of(new BulletinXlsxSink());
    }
}
