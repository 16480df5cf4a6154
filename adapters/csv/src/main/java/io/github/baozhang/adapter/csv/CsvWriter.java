package io.github.baozhang.adapter.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes CSV for spreadsheets, safely: UTF-8 (with a BOM if asked, so that spreadsheet programs
 * recognise it), CRLF line ends, RFC 4180 quoting, and formula injection neutralised.
 *
 * <p><b>Formula injection.</b> A text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is written with a leading apostrophe ({@code '}), so
 * that a spreadsheet shows it as text instead of evaluating it (OWASP's advice). Numbers written
 * with {@link #number(long)} are not prefixed: a number is not a formula; the sinks of this
 * module write only numbers that are zero or more. A cell is quoted when it holds a comma, a
 * quote, a CR or an LF, or begins or ends with a space; quotes inside are doubled. An empty
 * first cell is written {@code ""}, so that a row of one empty cell is not a blank line (which
 * readers skip).
 *
 * <p>Not thread-safe: one writer per document. The writer does not close the stream;
 * {@link #flush()} when done.
 */
public final class CsvWriter {

    private final Writer out;
    private boolean atLineStart = true;

    private CsvWriter(OutputStream out, boolean bom) throws IOException {
        this.out = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        if (bom) {
            this.out.write('\uFEFF');
        }
    }

    /**
     * Returns a writer to a stream.
     *
     * @param out  the stream, not null; not closed by the writer
     * @param bom  whether to begin with a UTF-8 byte order mark
     * @return the writer, not null
     * @throws IOException if writing the BOM fails
     */
    public static CsvWriter to(OutputStream out, boolean bom) throws IOException {
        return new CsvWriter(out, bom);
    }

    /**
     * Returns a text cell as it is written: neutralised, then quoted if needed.
     *
     * @param text  the text, not null
     * @return the cell, not null
     */
    public static String cell(String text) {
        Objects.requireNonNull(text, "text");
        String safe = neutralise(text);
        boolean quote = false;
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                quote = true;
                break;
            }
        }
        if (!safe.isEmpty() && (safe.charAt(0) == ' ' || safe.charAt(safe.length() - 1) == ' ')) {
            quote = true;
        }
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /**
     * Returns a text with a leading apostrophe if it begins with {@code =}, {@code +},
     * {@code -}, {@code @}, a tab or a carriage return; otherwise the text itself.
     *
     * @param text  the text, not null
     * @return the safe text, not null
     */
    public static String neutralise(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    /**
     * Writes a text cell.
     *
     * @param text  the text, not null
     * @return this writer, not null
     * @throws IOException if writing fails
     */
    public CsvWriter text(String text) throws IOException {
        String cell = cell(text);
        if (cell.isEmpty() && atLineStart) {
            cell = "\"\""; // an empty first cell is quoted, so that a one-cell row is not a blank line
        }
        separate();
        out.write(cell);
        return this;
    }

    /**
     * Writes a number cell, digits with a minus sign if negative, never prefixed.
     *
     * @param value  the number
     * @return this writer, not null
     * @throws IOException if writing fails
     */
    public CsvWriter number(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    /**
     * Writes a number cell given as text of digits (a sum beyond the 64-bit range, say).
     *
     * @param digits  an optional minus sign and ASCII digits, not null
     * @return this writer, not null
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the text is not such a number
     */
    public CsvWriter number(String digits) throws IOException {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("-?[0-9]+")) {
            throw new IllegalArgumentException("not an integer: " + digits);
        }
        separate();
        out.write(digits);
        return this;
    }

    /**
     * Writes a whole row of text cells and ends it.
     *
     * @param cells  the cells, not null
     * @return this writer, not null
     * @throws IOException if writing fails
     */
    public CsvWriter row(List<String> cells) throws IOException {
        for (String c : cells) {
            text(c);
        }
        return endRow();
    }

    /**
     * Ends the current row with CRLF.
     *
     * @return this writer, not null
     * @throws IOException if writing fails
     */
    public CsvWriter endRow() throws IOException {
        out.write("\r\n");
        atLineStart = true;
        return this;
    }

    /**
     * Flushes what was written to the stream.
     *
     * @throws IOException if flushing fails
     */
    public void flush() throws IOException {
        out.flush();
    }

    private void separate() throws IOException {
        if (!atLineStart) {
            out.write(',');
        }
        atLineStart = false;
    }
}
