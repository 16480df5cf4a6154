/**
 * The implementation of the CSV adapter: the byte-level tokenizer and the worker-row engine. Not
 * exported; no compatibility promise.
 */
package io.github.baozhang.adapter.csv.internal;
