/**
 * Will hold: readers and sinks for the Excel report forms provinces exchange (Apache POI). No issue schedules it yet; today only the module exists.
 */
package io.github.baozhang.adapter.xlsx;
