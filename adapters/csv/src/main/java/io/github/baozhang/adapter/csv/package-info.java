/**
 * Will hold: CSV readers (UTF-8, GBK, GB18030, Chinese headers, per-profile column maps, the national worker-row CSV) and CSV sinks with formula-injection escaping. Built in issues 5 and 9; today only the module exists.
 */
package io.github.baozhang.adapter.csv;
