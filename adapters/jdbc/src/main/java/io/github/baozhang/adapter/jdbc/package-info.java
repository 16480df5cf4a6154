/**
 * Will hold: a relational store for reports and worker rows (H2 embedded by default, PostgreSQL for real). No issue schedules it yet; today only the module exists.
 */
package io.github.baozhang.adapter.jdbc;
