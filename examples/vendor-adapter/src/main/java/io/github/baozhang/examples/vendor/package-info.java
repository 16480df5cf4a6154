/**
 * Will hold: a vendor's adapter registered through the SPI that passes the conformance kit. Built with issue 5; today only the module exists.
 */
package io.github.baozhang.examples.vendor;
