package io.github.baozhang.adapter.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.ReportSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The conformance kit for a {@link ReportSink}: extend it with one class per sink, supply the
 * sink and values to write; the kit checks the sink contract.
 *
 * <pre>{@code
 * class LegacyExportSinkTckTest extends ReportSinkContract<LegacyExport> {
 *     protected ReportSink<LegacyExport> sink() { return new FixedWidthWorkerRowSink(); }
 *     protected Arbitrary<LegacyExport> values() { return rows().list().ofMaxSize(20).map(LegacyExport::of); }
 * }
 * }</pre>
 *
 * <p>What is checked: the sink states its kind, a lower-case format and its value type;
 * <b>determinism</b> — the same value written twice gives byte-identical output; the
 * <b>thread-safety contract</b> — one sink writing on several threads at once gives every
 * thread the bytes it gives alone; the sink writes something and does not close the stream it
 * is given. That the output reads back as the same values is the round trip of
 * {@link FeedReaderContract} (its {@code encode} writes with the sink).
 *
 * @param <T>  the type of the values written
 */
public abstract class ReportSinkContract<T> {

    /** Creates the contract; subclasses have a no-argument constructor. */
    protected ReportSinkContract() {
    }

    /**
     * Returns the sink under test; the same instance every time is right.
     *
     * @return the sink, not null
     */
    protected abstract ReportSink<T> sink();

    /**
     * Returns values to write.
     *
     * @return the arbitrary, not null
     */
    protected abstract Arbitrary<T> values();

    /**
     * Provides {@link #values()} to the properties.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<T> tckValues() {
        return values();
    }

    /**
     * Provides a few {@link #values()} at once to the thread-safety property.
     *
     * @return the arbitrary, not null
     */
    @Provide
    public Arbitrary<List<T>> tckValueBatches() {
        return values().list().ofMinSize(2).ofMaxSize(6);
    }

    private byte[] write(T value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sink().write(value, out);
        return out.toByteArray();
    }

    /** The sink states its kind, a lower-case format and its value type. */
    @Example
    public void theSinkStatesItsKindFormatAndValueType() {
        ReportSink<T> sink = sink();
        assertNotNull(sink.kind(), "kind()");
        assertNotNull(sink.valueType(), "valueType()");
        String format = sink.format();
        assertNotNull(format, "format()");
        assertFalse(format.isBlank(), "format() is blank");
        assertEquals(format.toLowerCase(Locale.ROOT), format, "format() is in lower case");
    }

    /**
     * Every value generated is of the sink's value type.
     *
     * @param value  a value
     */
    @Property(tries = 20)
    public void theValuesAreOfTheSinksValueType(@ForAll("tckValues") T value) {
        assertTrue(sink().valueType().isInstance(value), () -> value + " is not a " + sink().valueType());
    }

    /**
     * The same value written twice gives the same bytes.
     *
     * @param value  a value
     * @throws IOException if the sink fails
     */
    @Property(tries = 100)
    public void theSameValueGivesTheSameBytes(@ForAll("tckValues") T value) throws IOException {
        byte[] first = write(value);
        assertTrue(first.length > 0, "the sink wrote nothing");
        assertArrayEquals(first, write(value), "the same value written twice gave different bytes");
    }

    /**
     * The sink does not close the stream it is given.
     *
     * @param value  a value
     * @throws IOException if the sink fails
     */
    @Property(tries = 20)
    public void theSinkDoesNotCloseTheStream(@ForAll("tckValues") T value) throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        sink().write(value, out);
        assertFalse(closed[0], "the sink closed the caller's stream");
    }

    /**
     * One sink writing several values on several threads at once gives each the bytes it gives
     * alone.
     *
     * @param values  values to write
     * @throws Exception if a thread fails
     */
    @Property(tries = 15)
    public void oneSinkServesSeveralThreadsAtOnce(@ForAll("tckValueBatches") List<T> values)
            throws Exception {
        List<byte[]> alone = new ArrayList<>();
        for (T v : values) {
            alone.add(write(v));
        }
        List<Callable<List<byte[]>>> tasks = new ArrayList<>();
        for (int k = 0; k < Math.max(4, values.size()); k++) {
            int offset = k;
            tasks.add(() -> {
                byte[][] mine = new byte[values.size()][];
                for (int i = 0; i < values.size(); i++) {
                    int d = (i + offset) % values.size();
                    mine[d] = write(values.get(d));
                }
                return List.of(mine);
            });
        }
        for (List<byte[]> result : Concurrently.run(tasks)) {
            for (int i = 0; i < alone.size(); i++) {
                assertArrayEquals(alone.get(i), result.get(i), "a write on several threads at once differs from the same write alone");
            }
        }
    }
}
