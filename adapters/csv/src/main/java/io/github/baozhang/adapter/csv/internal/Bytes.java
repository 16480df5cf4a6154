package io.github.baozhang.adapter.csv.internal;

/**
 * Byte-level parsing of the ASCII fields of a CSV record: integers of fen, periods and dates,
 * with no {@code String} made on the way.
 */
public final class Bytes {

    /** The field is empty. */
    public static final long EMPTY = -1;
    /** The field is not a sequence of ASCII digits. */
    public static final long MALFORMED = -2;
    /** The field is a minus sign followed by digits. */
    public static final long NEGATIVE = -3;
    /** The digits exceed {@code Long.MAX_VALUE}. */
    public static final long OVERFLOW = -4;

    private Bytes() {
    }

    /**
     * Parses a non-negative integer of ASCII digits.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return the value, or {@link #EMPTY}, {@link #MALFORMED}, {@link #NEGATIVE}, {@link #OVERFLOW}
     */
    public static long parseFen(byte[] b, int from, int to) {
        if (from == to) {
            return EMPTY;
        }
        boolean negative = b[from] == '-';
        int i = negative ? from + 1 : from;
        if (i == to) {
            return MALFORMED;
        }
        long value = 0;
        boolean overflow = false;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return MALFORMED;
            }
            if (!overflow) {
                if (value > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + d;
                }
            }
        }
        if (negative) {
            return NEGATIVE;
        }
        return overflow ? OVERFLOW : value;
    }

    /**
     * Parses {@code YYYY-MM}.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return {@code year * 100 + month}, or -1 if malformed
     */
    public static int parsePeriod(byte[] b, int from, int to) {
        if (to - from != 7 || b[from + 4] != '-') {
            return -1;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        if (year < 0 || month < 1 || month > 12) {
            return -1;
        }
        return year * 100 + month;
    }

    /**
     * Parses {@code YYYY-MM-DD}, a real date of the Gregorian calendar.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return {@code year * 10000 + month * 100 + day}, or -1 if malformed
     */
    public static int parseDate(byte[] b, int from, int to) {
        if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
            return -1;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return -1;
        }
        return year * 10000 + month * 100 + day;
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /**
     * Returns whether every byte is ASCII.
     *
     * @param b  the bytes
     * @param from  the first byte
     * @param to  after the last byte
     * @return true if so
     */
    public static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** A reusable view of ASCII bytes as characters; not thread-safe. */
    public static final class AsciiView implements CharSequence {

        private byte[] bytes;
        private int from;
        private int to;

        /**
         * Points the view at bytes.
         *
         * @param b  the bytes
         * @param start  the first byte
         * @param end  after the last byte
         * @return this view
         */
        public AsciiView of(byte[] b, int start, int end) {
            this.bytes = b;
            this.from = start;
            this.to = end;
            return this;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
