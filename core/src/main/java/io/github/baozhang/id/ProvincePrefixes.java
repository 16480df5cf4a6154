package io.github.baozhang.id;

/**
 * The two-digit prefixes of GB/T 2260 that name a province-level division: 11–15, 21–23,
 * 31–37, 41–46, 50–54, 61–65, 71 (Taiwan), 81 (Hong Kong) and 82 (Macao).
 *
 * <p>Shared by {@link DivisionCode} and {@link CitizenId}; a lookup table, no allocation.
 */
final class ProvincePrefixes {

    private static final boolean[] PROVINCE = new boolean[100];

    static {
        int[][] ranges = {{11, 15}, {21, 23}, {31, 37}, {41, 46}, {50, 54}, {61, 65}, {71, 71}, {81, 82}};
        for (int[] range : ranges) {
            for (int p = range[0]; p <= range[1]; p++) {
                PROVINCE[p] = true;
            }
        }
    }

    private ProvincePrefixes() {
    }

    /**
     * Returns whether two digits name a province.
     *
     * @param tens  the first digit, 0–9
     * @param units  the second digit, 0–9
     * @return true if {@code tens * 10 + units} is a province prefix
     */
    static boolean isProvince(int tens, int units) {
        return PROVINCE[tens * 10 + units];
    }

    /**
     * Returns whether a number 0–99 is a province prefix.
     *
     * @param prefix  the prefix
     * @return true if it names a province; false outside 0–99
     */
    static boolean isProvince(int prefix) {
        return prefix >= 0 && prefix < 100 && PROVINCE[prefix];
    }
}
