package io.github.baozhang.funding;

/**
 * Who pays a share, or makes up its gap.
 */
public enum Payer {
    /** The enterprise itself. */
    ENTERPRISE,
    /** 失业保险统筹地区: the unemployment-insurance pool where the enterprise is. */
    UI_FUND_LOCAL,
    /** 中央财政: central finance, for central enterprises (passed on by the industry authority). */
    FINANCE_CENTRAL,
    /** 地方财政: local finance, for local enterprises, Shougang's external plants included. */
    FINANCE_LOCAL,
    /** 首钢总公司: Shougang headquarters, which makes up its external plants' own shortfall. */
    SHOUGANG_HQ
}
