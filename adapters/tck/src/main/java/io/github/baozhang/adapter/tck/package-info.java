/**
 * The conformance kit (TCK) for Baozhang adapters: abstract JUnit 5 / jqwik test classes that a
 * vendor extends with its adapter, a few lines per kind.
 *
 * <ul>
 *   <li>{@link io.github.baozhang.adapter.tck.FeedReaderContract}: round trip, rejection of a
 *       broken record with its location, conservation of rows, determinism, the thread-safety
 *       contract, and the handling of sources.</li>
 *   <li>{@link io.github.baozhang.adapter.tck.ReportSinkContract}: byte-identical output,
 *       thread safety, the caller's stream left open.</li>
 *   <li>{@link io.github.baozhang.adapter.tck.AdapterProviderContract}: discovery through
 *       ServiceLoader and by explicit choice, the SPI version, the kinds claimed, registration
 *       in {@code module-info.java} and {@code META-INF/services}.</li>
 * </ul>
 *
 * <p>Add {@code io.github.baozhang:baozhang-adapter-tck} in test scope, extend the contracts in
 * classes your build runs ({@code *Test}), and supply generators with
 * {@link io.github.baozhang.adapter.tck.arbitraries}. The guide is {@code docs/adapters.md}.
 */
package io.github.baozhang.adapter.tck;
