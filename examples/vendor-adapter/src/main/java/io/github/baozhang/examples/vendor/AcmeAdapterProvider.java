package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import java.util.List;

/**
 * ACME's adapter as a provider of the adapter SPI, named {@value #NAME}: the reader and the sink
 * of the legacy fixed-width export of worker rows ({@link FixedWidthWorkerRowReader#KIND}).
 * Registered in {@code module-info.java} and in {@code META-INF/services}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcmeAdapterProvider implements AdapterProvider {

    /** The provider's name, for an explicit choice. */
    public static final String NAME = "acme-fixed-width";

    /** Creates the provider; ServiceLoader calls this. */
    public AcmeAdapterProvider() {
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
        return List.of(new FixedWidthWorkerRowReader());
    }

    @Override
    public List<ReportSink<?>> sinks() {
        return List.of(new FixedWidthWorkerRowSink());
    }
}
