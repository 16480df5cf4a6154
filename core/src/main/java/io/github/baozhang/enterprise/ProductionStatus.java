package io.github.baozhang.enterprise;

/**
 * The state of an enterprise's production.
 */
public enum ProductionStatus {
    /** Producing normally. */
    NORMAL,
    /** 半停产: production half stopped. */
    HALF_STOPPED,
    /** 停产: production stopped. */
    STOPPED
}
