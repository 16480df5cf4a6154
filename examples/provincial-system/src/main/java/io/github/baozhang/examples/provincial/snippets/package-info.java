/**
 * The code the pages of {@code docs/} show, compiled here and run by {@code DocSnippetsTest}:
 * one class per page, each shown region between {@code // tag::NAME[]} and {@code // end::NAME[]}.
 * A page's block is preceded by {@code <!-- compiled: PATH#NAME -->}; the test fails when the
 * block and the region differ (indentation aside).
 */
package io.github.baozhang.examples.provincial.snippets;
