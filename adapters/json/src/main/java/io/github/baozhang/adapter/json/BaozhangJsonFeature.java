package io.github.baozhang.adapter.json;

/**
 * The switches of {@link BaozhangJsonModule}, each with a documented default, in the manner of
 * Jackson's {@code JavaTimeFeature}. Whatever they say, what is written is valid interchange
 * format v1 that the readers accept.
 */
public enum BaozhangJsonFeature {

    /**
     * Write organisation codes in the printed form {@code XXXXXXXX-X} instead of nine characters.
     * Readers accept both. Off by default.
     */
    WRITE_HYPHENATED_ORGANIZATION_CODES(false),

    /**
     * Write the optional fields of a funding case that hold their default value
     * ({@code shougangExternal} false, {@code enterpriseRatio} 1/3, {@code received} zero,
     * {@code uiArrearsFen} 0), so that a person sees them. On by default.
     */
    WRITE_DEFAULT_VALUES(true);

    private final boolean enabledByDefault;

    BaozhangJsonFeature(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
    }

    /**
     * Returns whether the feature is on unless changed.
     *
     * @return the default
     */
    public boolean enabledByDefault() {
        return enabledByDefault;
    }
}
