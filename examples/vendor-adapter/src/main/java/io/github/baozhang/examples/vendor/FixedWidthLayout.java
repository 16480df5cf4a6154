package io.github.baozhang.examples.vendor;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;

/**
 * The layout of the ACME legacy export: one record per line, {@value #RECORD_LENGTH} bytes in
 * {@code GBK}, lines ending in CR LF (LF alone is read too), no header. Each constant is a field,
 * with its first byte (1-based), its length in bytes and its picture.
 *
 * <pre>
 * col  len picture   field
 *   1    6 YYYYMM    period
 *   7    9 X(9)      enterprise organisation code, with its check character
 *  16   18 X(18)     worker's citizen ID, with its check character
 *  34   20 GBK       worker's name, padded with spaces
 *  54   12 9(12)     allowance due, fen, zero-padded
 *  66   12 9(12)     allowance paid, fen
 *  78   12 9(12)     contributions due, fen
 *  90   12 9(12)     contributions paid, fen
 * 102    8 YYYYMMDD  paid on, or eight spaces if nothing was paid
 * </pre>
 */
public enum FixedWidthLayout {

    /** {@code YYYYMM}. */
    PERIOD("period", 1, 6, "YYYYMM"),
    /** The enterprise's organisation code. */
    ENTERPRISE("enterpriseId", 7, 9, "X(9)"),
    /** The worker's citizen ID. */
    WORKER("workerId", 16, 18, "X(18)"),
    /** The worker's name in GBK, padded with spaces. */
    NAME("name", 34, 20, "GBK X(20)"),
    /** The allowance due in fen. */
    ALLOWANCE_DUE("allowanceDueFen", 54, 12, "9(12)"),
    /** The allowance paid in fen. */
    ALLOWANCE_PAID("allowancePaidFen", 66, 12, "9(12)"),
    /** The contributions due in fen. */
    CONTRIBUTIONS_DUE("contributionsDueFen", 78, 12, "9(12)"),
    /** The contributions paid in fen. */
    CONTRIBUTIONS_PAID("contributionsPaidFen", 90, 12, "9(12)"),
    /** The day of payment, {@code YYYYMMDD}, or spaces. */
    PAID_ON("paidOn", 102, 8, "YYYYMMDD");

    /** The length of a record in bytes, without its line end. */
    public static final int RECORD_LENGTH = 109;

    /** The largest amount a 12-digit field holds, in fen. */
    public static final long MAX_FEN = 999_999_999_999L;

    /** The character set of the export. */
    public static final Charset CHARSET = Charset.forName("GBK");

    private final String fieldName;
    private final int column;
    private final int length;
    private final String picture;

    FixedWidthLayout(String fieldName, int column, int length, String picture) {
        this.fieldName = fieldName;
        this.column = column;
        this.length = length;
        this.picture = picture;
    }

    /**
     * Returns the field's name as violations report it.
     *
     * @return the name, not null
     */
    public String fieldName() {
        return fieldName;
    }

    /**
     * Returns the 1-based byte column of the field's first byte.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns the field's length in bytes.
     *
     * @return the length
     */
    public int length() {
        return length;
    }

    /**
     * Returns the field's picture, as the vendor's documentation writes it.
     *
     * @return the picture, not null
     */
    public String picture() {
        return picture;
    }

    /** Returns the 0-based offset of the field in a record. */
    int offset() {
        return column - 1;
    }

    /**
     * Returns whether a name fits the layout: not blank, no surrounding white space, encodable in
     * GBK in at most 20 bytes.
     */
    static boolean fitsName(String name) {
        if (name.isBlank() || !name.strip().equals(name)) {
            return false;
        }
        byte[] bytes = encodeName(name);
        return bytes != null && bytes.length <= NAME.length;
    }

    /** Returns the name in GBK, or null if it cannot be encoded. */
    static byte[] encodeName(String name) {
        CharsetEncoder encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = encoder.encode(CharBuffer.wrap(name));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
