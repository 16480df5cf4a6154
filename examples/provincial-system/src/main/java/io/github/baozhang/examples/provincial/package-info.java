/**
 * A provincial system that embeds Baozhang: reads its CSV feed, validates, funds and writes its
 * monthly reports upward. Compiled and run by the build (its test runs {@code main}).
 */
package io.github.baozhang.examples.provincial;
