/**
 * Will hold: jqwik arbitraries for every domain type and abstract JUnit 5 / jqwik test classes a vendor extends with its adapter (round trip, rejection with location, conservation of rows, determinism, thread safety, discovery). Built in issue 5; today only the module exists.
 */
package io.github.baozhang.adapter.tck;
