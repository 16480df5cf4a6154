/**
 * The pluggable SDK: what an adapter vendor implements and how Baozhang finds it.
 *
 * <ul>
 *   <li>{@link io.github.baozhang.adapter.spi.FeedReader} — reads a {@link
 *       io.github.baozhang.adapter.spi.DocumentKind kind} of document into core values, record by
 *       record, through a {@link io.github.baozhang.adapter.spi.FeedListener}; bad data becomes
 *       {@link io.github.baozhang.adapter.spi.RejectedRecord rejected records}, never an
 *       exception; {@link io.github.baozhang.adapter.spi.ReadSummary} counts rows in = accepted +
 *       rejected.</li>
 *   <li>{@link io.github.baozhang.adapter.spi.ReportSink} — writes a value in one format.</li>
 *   <li>{@link io.github.baozhang.adapter.spi.AdapterProvider} — the service an adapter module
 *       registers; {@link io.github.baozhang.adapter.spi.Adapters} discovers providers and
 *       checks their {@link io.github.baozhang.adapter.spi.SpiVersion}.</li>
 * </ul>
 *
 * <p>The conformance kit {@code baozhang-adapter-tck} checks an adapter against these contracts.
 */
package io.github.baozhang.adapter.spi;
