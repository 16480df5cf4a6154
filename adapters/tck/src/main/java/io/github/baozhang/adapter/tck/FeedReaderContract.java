package io.github.baozhang.adapter.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The conformance kit for a {@link FeedReader}: extend it with one class per kind your adapter
 * reads, supply the reader, valid values, how to write them, and a few ways to break a record;
 * the kit checks the reader contract on generated documents.
 *
 * <pre>{@code
 * class LegacyWorkerRowReaderTckTest extends FeedReaderContract<LegacyWorkerRow> {
 *     protected FeedReader<LegacyWorkerRow> reader() { return new FixedWidthWorkerRowReader(); }
 *     protected Arbitrary<List<LegacyWorkerRow>> valueLists() { return rows().list().ofMaxSize(20); }
 *     protected byte[] encode(List<LegacyWorkerRow> rows) throws IOException {
 *         return write(new FixedWidthWorkerRowSink(), LegacyExport.of(rows));
 *     }
 *     protected List<Corruptor<LegacyWorkerRow>> corruptors() {
 *         return List.of((rows, bytes, i) -> Optional.of(Corrupted.recordAtLine(breakAmount(bytes, i), i + 1)));
 *     }
 * }
 * }</pre>
 *
 * <p>What is checked, each by a test named for it:
 * <dl>
 *   <dt>Round trip</dt>
 *   <dd>A document {@link #encode written} from valid values reads back as exactly those values,
 *       in order, each with a line or a pointer, and nothing rejected.</dd>
 *   <dt>Rejection with location</dt>
 *   <dd>A record broken by one of your {@link #corruptors()} is rejected at its line or pointer,
 *       with a code on every violation; every other record is still counted.</dd>
 *   <dt>Conservation of rows</dt>
 *   <dd>For any bytes at all — valid, broken, truncated, random — the read never throws, rows
 *       read = accepted + rejected, and the listener's calls agree with the summary (counts,
 *       rejections by code, document violations; no record after a document violation).</dd>
 *   <dt>Determinism</dt>
 *   <dd>The same bytes read twice give the same calls in the same order and the same summary.</dd>
 *   <dt>Thread safety</dt>
 *   <dd>One reader instance reading several documents on several threads at once gives each the
 *       same result as reading them one after another.</dd>
 *   <dt>Sources</dt>
 *   <dd>The reader closes every stream it opens, and a source that cannot be read is an
 *       {@link IOException}, never a silent empty read.</dd>
 * </dl>
 *
 * <p>The kit runs on jqwik (JUnit Platform): add {@code baozhang-adapter-tck} in test scope and
 * name the subclass so that your build runs it ({@code *Test}). The tries of each property are
 * fixed here so that a vendor's build stays quick.
 *
 * @param <T>  the type of the values read
 */
public abstract class FeedReaderContract<T> {

    /** Creates the contract; subclasses have a no-argument constructor. */
    protected FeedReaderContract() {
    }

    /**
     * Returns the reader under test. Called once per check; returning the same instance every
     * time is right (the thread-safety check uses one instance on several threads).
     *
     * @return the reader, not null
     */
    protected abstract FeedReader<T> reader();

    /**
     * Returns lists of valid values, the content of valid documents (empty lists included). Keep
     * them short (tens of values): the kit reads many documents.
     *
     * @return the arbitrary, not null
     */
    protected abstract Arbitrary<List<T>> valueLists();

    /**
     * Writes values as a valid document of the reader's kind — with your adapter's sink when it
     * has one ({@link #write(ReportSink, Object)}), so that the round trip checks sink and reader
     * together.
     *
     * @param values  the values in document order, not null
     * @return the document, not null
     * @throws IOException if writing fails
     */
    protected abstract byte[] encode(List<T> values) throws IOException;

    /**
     * Returns ways to break one record of a valid document, each with where the reader must
     * report it. The default is none, which leaves only the generic corruptions (flipped bytes,
     * truncation, random bytes) that check conservation; a conforming adapter supplies at least
     * one per kind.
     *
     * @return the corruptors, not null
     */
    protected List<Corruptor<T>> corruptors() {
        return List.of();
    }

    /**
     * Returns the name the sources of this kit carry ({@code Location.document()}).
     *
     * @return the name, not null
     */
    protected String documentName() {
        return "tck-document";
    }

    /**
     * Writes a value with a sink into bytes: the usual body of {@link #encode}.
     *
     * @param <D>  the type the sink writes
     * @param sink  the sink, not null
     * @param value  the value, not null
     * @return the bytes written, not null
     * @throws IOException if the sink fails
     */
    protected static <D> byte[] write(ReportSink<D> sink, D value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sink.write(value, out);
        return out.toByteArray();
    }

    // ---- providers ----

    /**
     * Provides {@link #valueLists()} to the properties.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<List<T>> tckValueLists() {
        return valueLists();
    }

    /**
     * Provides non-empty {@link #valueLists()} to the properties.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<List<T>> tckNonEmptyValueLists() {
        return valueLists().filter(l -> !l.isEmpty());
    }

    /**
     * Provides arbitrary bytes, mostly short, some of them text-like.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<byte[]> tckGarbage() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> texty = Arbitraries.strings().withChars("{}[]\",:0123456789-\r\n\t abcdefXYZ工资")
                .ofMaxLength(300).map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Arbitraries.oneOf(raw, texty);
    }

    // ---- helpers ----

    private Source source(byte[] bytes) {
        return Source.of(documentName(), bytes);
    }

    private Transcript<T> read(byte[] bytes) {
        try {
            return Transcript.of(reader(), source(bytes));
        } catch (IOException e) {
            throw new AssertionError("an in-memory source gave an IOException: bad data must never throw", e);
        } catch (RuntimeException e) {
            throw new AssertionError("the reader threw on bad data instead of rejecting it", e);
        }
    }

    private byte[] encoded(List<T> values) {
        try {
            return encode(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the reader itself ----

    /** The reader states its kind and value type. */
    @Example
    public void theReaderStatesItsKindAndValueType() {
        FeedReader<T> reader = reader();
        assertNotNull(reader, "reader()");
        assertNotNull(reader.kind(), "kind()");
        assertNotNull(reader.valueType(), "valueType()");
    }

    // ---- round trip ----

    /**
     * Valid values written and read back are the same values, in order, each located.
     *
     * @param values  valid values
     */
    @Property(tries = 60)
    public void roundTripGivesTheSameValues(@ForAll("tckValueLists") List<T> values) {
        Transcript<T> t = read(encoded(values)).conforming("reading a valid document");
        assertTrue(t.rejected.isEmpty() && t.document.isEmpty(),
                () -> "a valid document was rejected: " + t.rejected + " " + t.document);
        assertEquals(values, t.values, "the values read back");
        assertEquals(values.size(), t.summary.read(), "records read");
        assertTrue(t.summary.isClean(), t.summary::toString);
        for (Object v : t.values) {
            assertTrue(reader().valueType().isInstance(v), () -> v + " is not a " + reader().valueType());
        }
    }

    /**
     * The convenience {@link FeedReader#readAll} agrees with {@link FeedReader#read}.
     *
     * @param values  valid values
     * @throws IOException never, the source is in memory
     */
    @Property(tries = 20)
    public void readAllAgreesWithRead(@ForAll("tckValueLists") List<T> values) throws IOException {
        byte[] bytes = encoded(values);
        var all = reader().readAll(source(bytes));
        Transcript<T> t = read(bytes);
        assertEquals(t.values, all.values());
        assertEquals(t.locations, all.locations());
        assertEquals(t.rejected, all.rejected());
        assertEquals(t.summary, all.summary());
    }

    /**
     * {@link FeedReader#readAll} never throws on a broken document either, and agrees with
     * {@link FeedReader#read} on the counts.
     *
     * @param values  valid values, at least one
     * @param at  where to cut the document
     * @throws IOException never, the source is in memory
     */
    @Property(tries = 30)
    public void readAllOfABrokenDocumentDoesNotThrow(@ForAll("tckNonEmptyValueLists") List<T> values,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at) throws IOException {
        byte[] all = encoded(values);
        byte[] bytes = Arrays.copyOf(all, all.length == 0 ? 0 : at % all.length);
        var result = reader().readAll(source(bytes));
        assertEquals(read(bytes).summary, result.summary());
    }

    // ---- rejection with location ----

    /**
     * A record broken by a corruptor is rejected where it is, with a code, and the other records
     * are still counted.
     *
     * @param values  valid values, at least one
     * @param which  picks the record and the corruptor
     */
    @Property(tries = 100)
    public void aBrokenRecordIsRejectedWhereItIs(@ForAll("tckNonEmptyValueLists") List<T> values,
            @ForAll @IntRange(min = 0, max = 100_000) int which) {
        List<Corruptor<T>> corruptors = corruptors();
        if (corruptors.isEmpty()) {
            return;
        }
        byte[] valid = encoded(values);
        int index = which % values.size();
        Corruptor<T> corruptor = corruptors.get((which / values.size()) % corruptors.size());
        Optional<Corrupted> broken = corruptor.corrupt(List.copyOf(values), valid.clone(), index);
        if (broken.isEmpty()) {
            return;
        }
        Corrupted c = broken.get();
        Transcript<T> t = read(c.bytes()).conforming("reading " + c);
        for (RejectedRecord r : t.rejected) {
            for (Violation v : r.violations()) {
                assertNotNull(v.code(), () -> "a violation without code in " + r);
            }
        }
        if (c.isWholeDocument()) {
            assertTrue(t.summary.isDocumentRejected(), () -> c + " should reject the document; got " + t.summary);
            assertEquals(0, t.summary.read());
            assertFalse(t.document.isEmpty(), "the listener heard of the document violation");
            return;
        }
        assertFalse(t.summary.isDocumentRejected(), () -> c + " broke one record, not the document: " + t.document);
        assertEquals(values.size(), t.summary.read(), () -> "every record is still counted after " + c + ": " + t.summary);
        assertTrue(t.summary.rejected() >= 1, () -> c + " was accepted: " + t.values);
        boolean found = t.rejected.stream().map(RejectedRecord::location).anyMatch(l -> at(l, c));
        assertTrue(found, () -> "no record rejected at " + c + "; rejected: " + t.rejected);
    }

    private static boolean at(Location l, Corrupted c) {
        if (c.line().isPresent()) {
            return l.line().isPresent() && l.line().getAsLong() == c.line().getAsLong();
        }
        String p = c.pointer().orElseThrow();
        return l.pointer().isPresent() && (l.pointer().get().equals(p) || l.pointer().get().startsWith(p + "/"));
    }

    // ---- conservation ----

    /**
     * A valid document with one byte changed never makes the reader throw, and every record is
     * counted.
     *
     * @param values  valid values
     * @param at  where to change a byte
     * @param mask  how to change it
     */
    @Property(tries = 100)
    public void aFlippedByteKeepsRowsInEqualAcceptedPlusRejected(@ForAll("tckNonEmptyValueLists") List<T> values,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll @IntRange(min = 1, max = 255) int mask) {
        byte[] bytes = encoded(values);
        if (bytes.length == 0) {
            return;
        }
        bytes[at % bytes.length] ^= (byte) mask;
        read(bytes).conforming("reading a document with a flipped byte");
    }

    /**
     * A valid document cut short never makes the reader throw, and every record is counted.
     *
     * @param values  valid values
     * @param at  where to cut
     */
    @Property(tries = 50)
    public void aTruncatedDocumentKeepsRowsInEqualAcceptedPlusRejected(@ForAll("tckNonEmptyValueLists") List<T> values,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at) {
        byte[] bytes = encoded(values);
        read(Arrays.copyOf(bytes, bytes.length == 0 ? 0 : at % bytes.length)).conforming("reading a truncated document");
    }

    /**
     * Any bytes at all never make the reader throw, and every record is counted.
     *
     * @param bytes  arbitrary bytes
     */
    @Property(tries = 100)
    public void anyBytesKeepRowsInEqualAcceptedPlusRejected(@ForAll("tckGarbage") byte[] bytes) {
        read(bytes).conforming("reading arbitrary bytes");
    }

    /** An empty document never makes the reader throw. */
    @Example
    public void anEmptyDocumentIsReadWithoutThrowing() {
        read(new byte[0]).conforming("reading an empty document");
    }

    // ---- determinism ----

    /**
     * The same bytes read twice give the same calls and the same summary, for valid and for
     * broken documents.
     *
     * @param values  valid values
     * @param at  where to change a byte
     * @param mask  how to change it, 0 for not at all
     */
    @Property(tries = 50)
    public void theSameBytesReadTwiceGiveTheSameResult(@ForAll("tckValueLists") List<T> values,
            @ForAll @IntRange(min = 0, max = 1_000_000) int at, @ForAll @IntRange(min = 0, max = 255) int mask) {
        byte[] bytes = encoded(values);
        if (bytes.length > 0) {
            bytes[at % bytes.length] ^= (byte) mask;
        }
        assertEquals(read(bytes), read(bytes));
    }

    /**
     * Writing the same values twice gives the same bytes.
     *
     * @param values  valid values
     */
    @Property(tries = 30)
    public void encodingIsDeterministic(@ForAll("tckValueLists") List<T> values) {
        assertArrayEquals(encoded(values), encoded(values));
    }

    private static void assertArrayEquals(byte[] a, byte[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, "the same values gave different bytes");
    }

    // ---- thread safety ----

    /**
     * One reader reading several documents on several threads at once gives each document the
     * result it gives alone.
     *
     * @param documents  valid values of several documents
     * @param mask  a byte flipped in every other document, 0 for none
     * @throws Exception if a thread fails
     */
    @Property(tries = 10)
    public void oneReaderServesSeveralThreadsAtOnce(@ForAll @Size(min = 2, max = 6) List<@From("tckValueLists") List<T>> documents,
            @ForAll @IntRange(min = 0, max = 255) int mask) throws Exception {
        FeedReader<T> reader = reader();
        List<byte[]> bytes = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            byte[] b = encoded(documents.get(i));
            if (i % 2 == 1 && b.length > 0) {
                b[(b.length * 7 / 11) % b.length] ^= (byte) mask;
            }
            bytes.add(b);
        }
        List<Transcript<T>> alone = new ArrayList<>();
        for (byte[] b : bytes) {
            alone.add(Transcript.of(reader, source(b)));
        }
        int threads = Math.max(4, bytes.size());
        List<Callable<List<Transcript<T>>>> tasks = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int offset = k;
            tasks.add(() -> {
                List<Transcript<T>> mine = new ArrayList<>();
                for (int i = 0; i < bytes.size(); i++) {
                    mine.add(null);
                }
                for (int i = 0; i < bytes.size(); i++) {
                    int d = (i + offset) % bytes.size();
                    mine.set(d, Transcript.of(reader, source(bytes.get(d))));
                }
                return mine;
            });
        }
        for (List<Transcript<T>> result : Concurrently.run(tasks)) {
            assertEquals(alone, result, "a read on several threads at once differs from the same read alone");
        }
    }

    // ---- sources ----

    /**
     * The reader closes every stream it opens, for valid and broken documents.
     *
     * @param values  valid values
     * @param cut  how many bytes to keep, from the end (0 for all)
     * @throws IOException never, the source is in memory
     */
    @Property(tries = 20)
    public void theReaderClosesWhatItOpens(@ForAll("tckValueLists") List<T> values, @ForAll @IntRange(min = 0, max = 50) int cut)
            throws IOException {
        byte[] all = encoded(values);
        byte[] bytes = Arrays.copyOf(all, Math.max(0, all.length - cut));
        AtomicInteger open = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        Source counting = new Source() {
            @Override
            public String name() {
                return documentName();
            }

            @Override
            public InputStream open() {
                opened.incrementAndGet();
                open.incrementAndGet();
                return new FilterInputStream(new java.io.ByteArrayInputStream(bytes)) {
                    private boolean closed;

                    @Override
                    public void close() throws IOException {
                        if (!closed) {
                            closed = true;
                            open.decrementAndGet();
                        }
                        super.close();
                    }
                };
            }
        };
        Transcript.of(reader(), counting);
        assertTrue(opened.get() >= 1, "the reader opened the source");
        assertEquals(0, open.get(), "streams left open by the reader");
    }

    /** A source that cannot be opened is an {@link IOException}, not an empty read. */
    @Example
    public void aSourceThatCannotBeOpenedIsAnIOException() {
        Source broken = new Source() {
            @Override
            public String name() {
                return documentName();
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("the kit's unreadable source");
            }
        };
        assertThrows(IOException.class, () -> Transcript.of(reader(), broken));
    }

    /**
     * A source that fails while being read is an {@link IOException}, not a short read.
     *
     * @param values  valid values, at least one
     */
    @Property(tries = 10)
    public void aSourceThatFailsMidwayIsAnIOException(@ForAll("tckNonEmptyValueLists") List<T> values) {
        byte[] bytes = encoded(values);
        Source failing = new Source() {
            @Override
            public String name() {
                return documentName();
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    private int at;

                    @Override
                    public int read() throws IOException {
                        if (at >= bytes.length / 2) {
                            throw new IOException("the kit's failing disk");
                        }
                        return bytes[at++] & 0xff;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (len == 0) {
                            return 0;
                        }
                        if (at >= bytes.length / 2) {
                            throw new IOException("the kit's failing disk");
                        }
                        int n = Math.min(len, bytes.length / 2 - at);
                        System.arraycopy(bytes, at, b, off, n);
                        at += n;
                        return n;
                    }
                };
            }
        };
        assertThrows(IOException.class, () -> Transcript.of(reader(), failing));
    }
}
