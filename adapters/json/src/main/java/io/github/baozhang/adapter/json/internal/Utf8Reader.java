package io.github.baozhang.adapter.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;

/**
 * Decodes strict UTF-8 and knows the line and column of every character it hands out, so that a
 * byte that is not UTF-8 (a GBK export, say) is reported where it stands. A leading byte-order
 * mark is skipped. Lines end at LF, CR or CRLF, counted as Jackson counts them; columns count
 * UTF-16 units from 1.
 *
 * <p>Rejected: bytes that start no sequence, missing or extra continuation bytes, overlong forms,
 * surrogates and code points above U+10FFFF — the rules of RFC 3629.
 */
final class Utf8Reader extends Reader {

    /** Thrown for bytes that are not UTF-8; carries where and which byte. */
    static final class MalformedException extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        /** The 1-based line of the character the byte starts. */
        final long line;
        /** The 1-based column. */
        final long column;
        /** The offending byte, 0–255. */
        final int badByte;

        MalformedException(long line, long column, int badByte) {
            this.line = line;
            this.column = column;
            this.badByte = badByte;
        }

        @Override
        public String getMessage() {
            return String.format("not UTF-8: byte 0x%02X at line %d, column %d", badByte, line, column);
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[16384];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private boolean afterCr;
    private long line = 1;
    private long column = 1;
    /** A low surrogate still to hand out, or -1. */
    private int pendingLow = -1;

    Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int n = 0;
        if (pendingLow >= 0) {
            cbuf[off + n++] = (char) pendingLow;
            pendingLow = -1;
        }
        while (n < len) {
            if (pos >= limit && !fill()) {
                break;
            }
            int b = buf[pos] & 0xFF;
            if (b < 0x80) {
                pos++;
                count((char) b);
                cbuf[off + n++] = (char) b;
                continue;
            }
            int cp = decodeMultiByte(b);
            if (!started && cp == 0xFEFF) {
                started = true;
                continue;
            }
            started = true;
            if (cp >= 0x10000) {
                char high = Character.highSurrogate(cp);
                char low = Character.lowSurrogate(cp);
                column += 2;
                afterCr = false;
                cbuf[off + n++] = high;
                if (n < len) {
                    cbuf[off + n++] = low;
                } else {
                    pendingLow = low;
                }
            } else {
                count((char) cp);
                cbuf[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    private void count(char c) {
        started = true;
        if (c == '\n') {
            if (!afterCr) {
                line++;
                column = 1;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            column = 1;
            afterCr = true;
        } else {
            column++;
            afterCr = false;
        }
    }

    /** Decodes the sequence whose lead byte is {@code b} (not ASCII) at {@code pos}. */
    private int decodeMultiByte(int b) throws IOException {
        int need;
        int cp;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0) {
                min2 = 0xA0;
            } else if (b == 0xED) {
                max2 = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0) {
                min2 = 0x90;
            } else if (b == 0xF4) {
                max2 = 0x8F;
            }
        } else {
            throw new MalformedException(line, column, b);
        }
        pos++;
        for (int i = 0; i < need; i++) {
            if (pos >= limit && !fill()) {
                throw new MalformedException(line, column, b);
            }
            int c = buf[pos] & 0xFF;
            int lo = i == 0 ? min2 : 0x80;
            int hi = i == 0 ? max2 : 0xBF;
            if (c < lo || c > hi) {
                throw new MalformedException(line, column, b);
            }
            cp = (cp << 6) | (c & 0x3F);
            pos++;
        }
        return cp;
    }

    /** Moves the unread bytes to the front and reads more; false at the end of input. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int remaining = limit - pos;
        if (remaining > 0) {
            System.arraycopy(buf, pos, buf, 0, remaining);
        }
        pos = 0;
        limit = remaining;
        while (limit < buf.length) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                break;
            }
            if (r == 0) {
                continue;
            }
            limit += r;
            break;
        }
        return limit > pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
