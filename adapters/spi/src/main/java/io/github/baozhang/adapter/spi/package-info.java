/**
 * Will hold: the service-provider interfaces for feed readers and report sinks, loading of province profiles from files, and provider discovery (explicit choice, then ServiceLoader). Built in issue 5; today only the module exists.
 */
package io.github.baozhang.adapter.spi;
