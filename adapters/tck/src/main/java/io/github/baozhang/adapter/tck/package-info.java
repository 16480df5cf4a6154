/**
 * Will hold: the abstract JUnit 5 / jqwik test classes a vendor extends with its adapter (round
 * trip, rejection with location, conservation of rows, determinism, thread safety, discovery).
 * Built in issue 5. The arbitraries of the domain values live in
 * {@link io.github.baozhang.adapter.tck.arbitraries}.
 */
package io.github.baozhang.adapter.tck;
