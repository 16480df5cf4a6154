package io.github.baozhang.adapter.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming RFC 4180 tokenizer over bytes: quoted fields, doubled quotes, commas and line
 * breaks inside quotes, LF and CRLF mixed, an optional UTF-8 BOM. It works on bytes, not
 * characters: in UTF-8, GBK and GB18030 the bytes of comma, quote, CR and LF never occur inside
 * a multi-byte character, so fields are decoded only when a caller asks.
 *
 * <p>One record at a time is held in a reusable buffer, bounded by a limit; a longer record is
 * flagged and its excess dropped, so memory does not grow with the document. Malformed quoting
 * flags the record ({@link #malformed()}) and never throws. Blank lines (no byte at all between
 * two line ends) are skipped. A lone CR that is not followed by LF is data.
 *
 * <p>Not thread-safe: one tokenizer per read.
 */
public final class CsvTokenizer {

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private final InputStream in;
    private final byte[] chunk;
    private int pos;
    private int end;
    private boolean eof;
    private boolean started;
    private long consumedBase;
    private boolean endedInQuotes;

    private final int limit;
    private byte[] record = new byte[256];
    private boolean inChunk;
    private int length;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fields;
    private long line = 1;
    private long firstLine;
    private String malformed;
    private boolean tooLong;

    /**
     * Creates a tokenizer.
     *
     * @param in  the bytes, not null; not closed here
     * @param limit  the longest record kept, in bytes
     */
    public CsvTokenizer(InputStream in, int limit) {
        this(in, limit, 1 << 16);
    }

    /**
     * Creates a tokenizer reading in chunks of the given size (tests use small chunks).
     *
     * @param in  the bytes, not null; not closed here
     * @param limit  the longest record kept, in bytes
     * @param chunkSize  the read size, 1 or more
     */
    public CsvTokenizer(InputStream in, int limit, int chunkSize) {
        this(in, limit, chunkSize, true);
    }

    /**
     * Creates a tokenizer that may start in the middle of a document: without a BOM check when
     * {@code documentStart} is false (a part of a document split at a line end, see
     * {@link #endedInQuotes()}).
     *
     * @param in  the bytes, not null; not closed here
     * @param limit  the longest record kept, in bytes
     * @param chunkSize  the read size, 1 or more
     * @param documentStart  whether the bytes start the document (a BOM is skipped only then)
     */
    public CsvTokenizer(InputStream in, int limit, int chunkSize, boolean documentStart) {
        this.in = Objects.requireNonNull(in, "in");
        this.limit = limit;
        this.chunk = new byte[chunkSize];
        this.started = !documentStart;
    }

    /**
     * Returns how many bytes of the input the records returned so far span, terminators
     * included: after {@link #nextRecord()}, the offset just past the record's line end.
     *
     * @return the offset, from the start of the input
     */
    public long position() {
        return consumedBase - end + pos;
    }

    /**
     * Returns whether the input ended inside a quoted field. For a part of a document cut at a
     * line end this means the cut was inside a quoted field: the part was not read as the whole
     * document would read it.
     *
     * @return true if so
     */
    public boolean endedInQuotes() {
        return endedInQuotes;
    }

    /**
     * Returns the line the tokenizer is on: 1 plus the line feeds consumed so far.
     *
     * @return the line, 1 or more
     */
    public long currentLine() {
        return line;
    }

    private int next() throws IOException {
        if (pos == end) {
            if (eof) {
                return -1;
            }
            int n = in.read(chunk, 0, chunk.length);
            while (n == 0) {
                n = in.read(chunk, 0, chunk.length);
            }
            if (n < 0) {
                eof = true;
                return -1;
            }
            pos = 0;
            end = n;
            consumedBase += n;
        }
        return chunk[pos++] & 0xFF;
    }

    private int peek() throws IOException {
        int b = next();
        if (b >= 0) {
            pos--;
        }
        return b;
    }

    private void skipBom() throws IOException {
        started = true;
        if (peek() != 0xEF) {
            return;
        }
        next();
        if (peek() != 0xBB) {
            append(0xEF);
            return;
        }
        next();
        if (peek() != 0xBF) {
            // not a BOM: the bytes are data of the first record
            append(0xEF);
            append(0xBB);
            return;
        }
        next();
    }

    private void append(int b) {
        if (length == limit) {
            tooLong = true;
            return;
        }
        if (length == record.length) {
            record = Arrays.copyOf(record, Math.min(limit, record.length * 2));
        }
        record[length++] = (byte) b;
    }

    /**
     * The fast path: a record that lies wholly in the chunk, without a quote, is not copied — its
     * fields point into the chunk. Anything else (a quote, the chunk's end before the line feed,
     * a record over the limit) leaves everything as it was, for the byte-by-byte path.
     */
    private boolean inPlace(int from) {
        byte[] c = chunk;
        int e = end;
        int max = from + limit;
        int fs = from;
        int nf = 0;
        for (int p = from; p < e; p++) {
            byte x = c[p];
            if (x == COMMA) {
                nf = inPlaceField(nf, fs, p);
                fs = p + 1;
            } else if (x == LF) {
                int fe = p > fs && c[p - 1] == CR ? p - 1 : p;
                if (fe - from > max - from) {
                    return false;
                }
                fields = inPlaceField(nf, fs, fe);
                inChunk = true;
                pos = p + 1;
                line++;
                return true;
            } else if (x == QUOTE || p >= max) {
                return false;
            }
        }
        return false;
    }

    private int inPlaceField(int n, int start, int stop) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = stop;
        return n + 1;
    }

    /** Copies the ordinary bytes that follow in the chunk (none of , " CR LF) in one go. */
    private void scanUnquoted() {
        byte[] c = chunk;
        int p = pos;
        int e = end;
        while (p < e) {
            byte x = c[p];
            if (x == COMMA || x == QUOTE || x == CR || x == LF) {
                break;
            }
            p++;
        }
        int n = p - pos;
        if (n > 0) {
            int room = limit - length;
            if (n > room) {
                tooLong = true;
                n = room;
            }
            if (length + n > record.length) {
                record = Arrays.copyOf(record, Math.min(limit, Math.max(record.length * 2, length + n)));
            }
            System.arraycopy(c, pos, record, length, n);
            length += n;
            pos = p;
        }
    }

    private void endField(int start) {
        if (fields == starts.length) {
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        starts[fields] = start;
        ends[fields] = length;
        fields++;
    }

    private void flag(String reason) {
        if (malformed == null) {
            malformed = reason;
        }
    }

    /**
     * Reads the next record.
     *
     * @return false at the end of the document
     * @throws IOException if the bytes cannot be read
     */
    public boolean nextRecord() throws IOException {
        fields = 0;
        malformed = null;
        tooLong = false;
        boolean firstBytesKept = false;
        if (!started) {
            length = 0;
            skipBom();
            firstBytesKept = length > 0;
        } else {
            length = 0;
        }
        // skip blank lines
        int b;
        while (true) {
            b = firstBytesKept ? -2 : next();
            if (b == LF) {
                line++;
                continue;
            }
            if (b == CR && peek() == LF) {
                next();
                line++;
                continue;
            }
            break;
        }
        if (b == -1) {
            return false;
        }
        firstLine = line;
        if (b >= 0 && b != CR && b != QUOTE && !firstBytesKept && inPlace(pos - 1)) {
            return true;
        }
        fields = 0;
        inChunk = false;
        int fieldStart = 0;
        if (b == -2) {
            b = next();
        }
        // states: at the start of a field, in an unquoted field, in a quoted field
        boolean atStart = true;
        boolean quoted = false;
        boolean closed = false; // a quoted field whose closing quote was seen
        while (true) {
            if (b == -1) {
                if (quoted) {
                    flag("a quoted field is still open at the end of the document");
                    endedInQuotes = true;
                }
                endField(fieldStart);
                return true;
            }
            if (quoted) {
                if (b == QUOTE) {
                    if (peek() == QUOTE) {
                        next();
                        append(QUOTE);
                    } else {
                        quoted = false;
                        closed = true;
                    }
                } else {
                    if (b == LF) {
                        line++;
                    }
                    append(b);
                }
            } else if (b == COMMA) {
                endField(fieldStart);
                fieldStart = length;
                atStart = true;
                closed = false;
                b = next();
                continue;
            } else if (b == LF) {
                line++;
                endField(fieldStart);
                return true;
            } else if (b == CR && peek() == LF) {
                next();
                line++;
                endField(fieldStart);
                return true;
            } else if (b == QUOTE) {
                if (atStart) {
                    quoted = true;
                } else if (closed) {
                    flag("text after the closing quote of a field");
                    append(b);
                } else {
                    flag("a quote inside an unquoted field");
                    append(b);
                }
            } else {
                if (closed) {
                    flag("text after the closing quote of a field");
                    append(b);
                } else {
                    append(b);
                    scanUnquoted();
                }
            }
            atStart = false;
            b = next();
        }
    }

    /**
     * Returns the line on which the current record starts (the header is line 1).
     *
     * @return the line, 1 or more
     */
    public long line() {
        return firstLine;
    }

    /**
     * Returns why the current record's quoting is malformed.
     *
     * @return the reason, or null if well-formed
     */
    public String malformed() {
        return malformed;
    }

    /**
     * Returns whether the current record exceeded the limit.
     *
     * @return true if so; its fields are then incomplete
     */
    public boolean tooLong() {
        return tooLong;
    }

    /**
     * Returns the number of fields of the current record.
     *
     * @return the count, 1 or more
     */
    public int fieldCount() {
        return fields;
    }

    /**
     * Returns the buffer holding the current record's field bytes, unquoted; valid until the
     * next call of {@link #nextRecord()}.
     *
     * @return the buffer, not null
     */
    public byte[] buffer() {
        return inChunk ? chunk : record;
    }

    /**
     * Returns where a field starts in {@link #buffer()}.
     *
     * @param field  the index, 0-based
     * @return the offset
     */
    public int start(int field) {
        return starts[field];
    }

    /**
     * Returns where a field ends (exclusive) in {@link #buffer()}.
     *
     * @param field  the index, 0-based
     * @return the offset
     */
    public int end(int field) {
        return ends[field];
    }
}
