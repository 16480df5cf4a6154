package io.github.baozhang.adapter.spi;

import java.util.List;

/**
 * The service an adapter module provides: its readers and sinks. Register an implementation in
 * {@code module-info.java} ({@code provides io.github.baozhang.adapter.spi.AdapterProvider with
 * …}) and in {@code META-INF/services/io.github.baozhang.adapter.spi.AdapterProvider}, with a
 * public no-argument constructor.
 *
 * <p>{@link Adapters} finds providers and checks each against the SPI version it was built for.
 */
public interface AdapterProvider {

    /**
     * Returns the provider's name, unique among installed providers, such as {@code "json"} or
     * {@code "acme-fixed-width"}; an explicit choice names it.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Returns the SPI version this provider was built against: use {@link SpiVersion#CURRENT}
     * of the SPI you compile with.
     *
     * @return the version, {@code MAJOR.MINOR}, not null
     */
    String spiVersion();

    /**
     * Returns the readers this provider offers.
     *
     * @return the readers, not null
     */
    default List<FeedReader<?>> readers() {
        return List.of();
    }

    /**
     * Returns the sinks this provider offers.
     *
     * @return the sinks, not null
     */
    default List<ReportSink<?>> sinks() {
        return List.of();
    }
}
