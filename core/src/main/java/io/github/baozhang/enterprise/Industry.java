package io.github.baozhang.enterprise;

/**
 * The industry of an enterprise. The notice monitors three industries — 军工, 冶金 and 有色 —
 * whose central enterprises are chosen by their industry authority.
 */
public enum Industry {
    /** 军工: the defence industry. */
    MILITARY,
    /** 冶金: metallurgy (iron and steel). */
    METALLURGY,
    /** 有色: non-ferrous metals. */
    NONFERROUS,
    /** Any other industry. */
    OTHER;

    /**
     * Returns whether the notice names this industry as monitored (军工, 冶金, 有色).
     *
     * @return true for {@link #MILITARY}, {@link #METALLURGY} and {@link #NONFERROUS}
     */
    public boolean isMonitoredByNotice() {
        return this != OTHER;
    }
}
