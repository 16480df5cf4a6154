package io.github.baozhang.funding;

/**
 * The three sources of the three-thirds rule (三三制), in the order the interchange format
 * lists them.
 */
public enum FundingSource {
    /** 企业自筹: the enterprise's own share. */
    ENTERPRISE,
    /** 社会筹集: the social share, paid from the unemployment-insurance fund. */
    SOCIAL,
    /** 财政承担: the fiscal share. */
    FISCAL
}
