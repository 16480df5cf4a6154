package io.github.baozhang.enterprise;

/**
 * Whether an enterprise answers to the central government or to a local one; this decides
 * which level of finance pays the fiscal share and makes up the gaps.
 */
public enum Affiliation {
    /** 中央直属企业: a central enterprise; central finance pays and backstops. */
    CENTRAL,
    /** 地方企业: a local enterprise; local finance pays and backstops. */
    LOCAL
}
