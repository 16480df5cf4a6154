package io.github.baozhang.id;

/**
 * The level of an administrative division in GB/T 2260, read from the shape of its code.
 */
public enum DivisionLevel {
    /** A province, autonomous region or municipality: {@code PP0000}. */
    PROVINCE,
    /** A prefecture-level division (地级): {@code PPCC00}. */
    PREFECTURE,
    /** A county-level division (县级): {@code PPCCDD}. */
    COUNTY
}
