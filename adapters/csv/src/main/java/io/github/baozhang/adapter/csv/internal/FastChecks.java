package io.github.baozhang.adapter.csv.internal;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;

/**
 * Allocation-free answers to "is this valid?" for the hot path, exactly as core's checks
 * answer it — or more strictly: when a fast check says no, the caller asks core, which gives the
 * verdict and the violation. The tables are built from core's own answers, so they cannot drift
 * from core's rules: the province prefixes from {@link DivisionCode#check}, the years a citizen
 * ID may be born in from {@link CitizenId#check}. A property test compares the fast ID check with
 * core on random IDs.
 */
public final class FastChecks {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final byte[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final boolean[] PROVINCE = new boolean[100];
    private static final int MIN_YEAR;
    private static final int MAX_YEAR;

    static {
        for (int p = 0; p < 100; p++) {
            PROVINCE[p] = DivisionCode.check(String.format("%02d0000", p)).isValid();
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int y = 1000; y <= 9999; y++) {
            String first17 = "110101" + y + "0101" + "001";
            if (CitizenId.check(first17 + CitizenId.checkCharacter(first17)).isValid()) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        MIN_YEAR = min;
        MAX_YEAR = max;
    }

    private FastChecks() {
    }

    /**
     * Returns whether bytes are a valid 18-character citizen ID, as {@link CitizenId#check}
     * would say; never true when core would say no.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return true if surely valid
     */
    public static boolean isCitizenId(byte[] b, int from, int to) {
        return citizenId(b, from, to) == VALID;
    }

    /**
     * Tells whether bytes are an 18-character citizen ID that is wrong only in its check
     * character: 17 digits, a digit or {@code X} (either case) last, a province prefix and a
     * birth date core accepts, and a check character other than the one the digits give. Core's
     * {@code CitizenId.check} reports such a text, and only such a text of this form, as
     * {@code CITIZEN_ID_CHECK} (a property proves it); no object is made.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return true if only the check character is wrong
     */
    public static boolean isCitizenIdWrongOnlyInCheckCharacter(byte[] b, int from, int to) {
        return citizenId(b, from, to) == WRONG_CHECK;
    }

    private static final int VALID = 0;
    private static final int WRONG_CHECK = 1;
    private static final int OTHER = 2;

    private static int citizenId(byte[] b, int from, int to) {
        if (to - from != 18) {
            return OTHER;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int d = b[from + i] - '0';
            if (d < 0 || d > 9) {
                return OTHER;
            }
            sum += d * WEIGHTS[i];
        }
        byte last = b[from + 17];
        if (last == 'x') {
            last = 'X';
        }
        if (last != 'X' && (last < '0' || last > '9')) {
            return OTHER;
        }
        if (!PROVINCE[(b[from] - '0') * 10 + b[from + 1] - '0']) {
            return OTHER;
        }
        int year = digits(b, from + 6, 4);
        int month = digits(b, from + 10, 2);
        int day = digits(b, from + 12, 2);
        if (!(year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1
                && day <= Bytes.lengthOfMonth(year, month))) {
            return OTHER;
        }
        return last == CHECK[sum % 11] ? VALID : WRONG_CHECK;
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = 0; i < count; i++) {
            v = v * 10 + b[from + i] - '0';
        }
        return v;
    }

    /**
     * Returns a key for up to nine printable ASCII bytes, unique for each such text; -1 for
     * anything else (longer, empty, or other bytes).
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return the key, or -1
     */
    public static long key(byte[] b, int from, int to) {
        int n = to - from;
        if (n < 1 || n > 9) {
            return -1;
        }
        long k = 1;
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0x21 || c > 0x7E) {
                return -1;
            }
            k = (k << 7) | c;
        }
        return k;
    }

    /**
     * A small open-addressing map from keys of {@link #key} to values, for codes already found
     * valid. It starts small, doubles when half full, and stops taking entries at its maximum
     * size, so memory stays bounded. Not thread-safe.
     */
    public static final class Cache {
        private static final int INITIAL = 64;
        private final int maxSlots;
        private long[] keys;
        private Object[] values;
        private int mask;
        private int size;

        /**
         * Creates a cache.
         *
         * @param maxSlotsPowerOfTwo  the most slots it grows to, a power of two; it holds at most
         *     half as many entries
         */
        public Cache(int maxSlotsPowerOfTwo) {
            this.maxSlots = maxSlotsPowerOfTwo;
            int slots = Math.min(INITIAL, maxSlotsPowerOfTwo);
            keys = new long[slots];
            values = new Object[slots];
            mask = slots - 1;
        }

        /**
         * Returns the value of a key.
         *
         * @param key  the key, not -1
         * @return the value, or null
         */
        public Object get(long key) {
            int i = slot(key);
            while (values[i] != null) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        /**
         * Adds a value unless the cache is full.
         *
         * @param key  the key, not -1
         * @param value  the value, not null
         */
        public void put(long key, Object value) {
            if (key == -1) {
                return;
            }
            if (size * 2 >= keys.length) {
                if (keys.length >= maxSlots) {
                    return;
                }
                grow();
            }
            insert(key, value);
        }

        private void insert(long key, Object value) {
            int i = slot(key);
            while (values[i] != null) {
                if (keys[i] == key) {
                    return;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new Object[oldKeys.length * 2];
            mask = keys.length - 1;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    insert(oldKeys[i], oldValues[i]);
                }
            }
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & mask;
        }
    }
}
