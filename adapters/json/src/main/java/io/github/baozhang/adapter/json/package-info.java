/**
 * Will hold: the Jackson 3 module (mix-ins, no annotations in core), strict readers and sinks for every kind of the interchange format v1, and the JSON Schemas. Built in issue 5; today only the module exists.
 */
package io.github.baozhang.adapter.json;
