package io.github.baozhang.examples.vendor;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the ACME legacy export ({@link FixedWidthLayout}), kind {@value #KIND_NAME}: every
 * record checked field by field — the period, the organisation code and the citizen ID with
 * their check characters, the name in GBK, the amounts as twelve digits of fen, the paid date,
 * which may be blank only when nothing was paid — and each rejected record reported with its
 * line, the byte column of the offending field and every violation found in it.
 *
 * <p>A record of the wrong length is rejected as a whole ({@code E9701}); a line holding only
 * the DOS end-of-file mark (0x1A) ends the file. Memory is bounded by one record, whatever the
 * length of the file or of a line.
 *
 * <p>This class is immutable and thread-safe: one reader may read several sources at once.
 */
public final class FixedWidthWorkerRowReader implements FeedReader<LegacyWorkerRow> {

    /** The name of the kind read: {@code acme/fixed-width-worker-rows@1}. */
    public static final String KIND_NAME = "acme/fixed-width-worker-rows@1";

    /** The kind read. */
    public static final DocumentKind KIND = DocumentKind.of(KIND_NAME);

    /** The bytes of a line kept for checking; a longer line is only measured. */
    private static final int KEPT = FixedWidthLayout.RECORD_LENGTH + 1;

    private static final int DOS_EOF = 0x1A;

    /** Creates the reader. */
    public FixedWidthWorkerRowReader() {
        // stateless
    }

    @Override
    public DocumentKind kind() {
        return KIND;
    }

    @Override
    public Class<LegacyWorkerRow> valueType() {
        return LegacyWorkerRow.class;
    }

    @Override
    public ReadSummary read(Source source, FeedListener<? super LegacyWorkerRow> listener) throws IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(listener, "listener");
        ReadSummary.Counter counter = ReadSummary.counter();
        String document = source.name();
        byte[] line = new byte[KEPT];
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            long lineNumber = 0;
            while (true) {
                int kept = 0;
                long length = 0;
                int last = -1;
                int c;
                while ((c = in.read()) != -1 && c != '\n') {
                    if (kept < KEPT) {
                        line[kept++] = (byte) c;
                    }
                    length++;
                    last = c;
                }
                if (c == -1 && length == 0) {
                    break;
                }
                lineNumber++;
                if (last == '\r') {
                    length--;
                    kept = (int) Math.min(kept, length);
                }
                if (c == -1 && length == 1 && (line[0] & 0xff) == DOS_EOF) {
                    break;
                }
                Location at = Location.builder().document(document).line(lineNumber).column(1).build();
                if (length != FixedWidthLayout.RECORD_LENGTH) {
                    long column = Math.min(length, FixedWidthLayout.RECORD_LENGTH) + 1;
                    reject(listener, counter, at, List.of(Violation.builder().code(ProblemCode.FIXED_WIDTH_RECORD_LENGTH)
                            .location(Location.builder().document(document).line(lineNumber).column(column).build())
                            .putArguments("length", Long.toString(length))
                            .putArguments("expected", Integer.toString(FixedWidthLayout.RECORD_LENGTH)).build()));
                } else {
                    parse(line, document, lineNumber, at, listener, counter);
                }
                if (c == -1) {
                    break;
                }
            }
        }
        return counter.toSummary();
    }

    private static void reject(FeedListener<?> listener, ReadSummary.Counter counter, Location at, List<Violation> problems) {
        RejectedRecord record = RejectedRecord.of(at, problems);
        counter.rejected(record);
        listener.rejected(record);
    }

    /** Checks one record of the right length; every field is checked, every problem kept. */
    private static void parse(byte[] r, String document, long lineNumber, Location at,
            FeedListener<? super LegacyWorkerRow> listener, ReadSummary.Counter counter) {
        Record record = new Record(r, document, lineNumber);
        YearMonth period = record.period();
        OrganizationCode enterprise = record.parsed(FixedWidthLayout.ENTERPRISE, OrganizationCode::check);
        CitizenId worker = record.parsed(FixedWidthLayout.WORKER, CitizenId::check);
        String name = record.name();
        Money allowanceDue = record.fen(FixedWidthLayout.ALLOWANCE_DUE);
        Money allowancePaid = record.fen(FixedWidthLayout.ALLOWANCE_PAID);
        Money contributionsDue = record.fen(FixedWidthLayout.CONTRIBUTIONS_DUE);
        Money contributionsPaid = record.fen(FixedWidthLayout.CONTRIBUTIONS_PAID);
        Optional<LocalDate> paidOn = record.paidOn();
        if (paidOn != null && paidOn.isEmpty()) {
            for (Money paid : new Money[] {allowancePaid, contributionsPaid}) {
                if (paid != null && paid.isPositive()) {
                    record.problem(FixedWidthLayout.PAID_ON, ProblemCode.PAID_ON_MISSING, Map.of("paidFen", Long.toString(paid.fen())));
                    break;
                }
            }
        }
        if (!record.problems.isEmpty()) {
            reject(listener, counter, at, record.problems);
            return;
        }
        LegacyWorkerRow row = LegacyWorkerRow.of(period, enterprise, worker, name, allowanceDue, allowancePaid,
                contributionsDue, contributionsPaid, paidOn);
        counter.accepted();
        listener.accepted(row, at);
    }

    /** One record's bytes and the problems found in it so far. */
    private static final class Record {

        private final byte[] bytes;
        private final String document;
        private final long line;
        final List<Violation> problems = new ArrayList<>(2);

        Record(byte[] bytes, String document, long line) {
            this.bytes = bytes;
            this.document = document;
            this.line = line;
        }

        void problem(FixedWidthLayout field, ProblemCode code, Map<String, String> arguments) {
            problems.add(Violation.builder().code(code).location(location(field)).putAllArguments(arguments).build());
        }

        private Location location(FixedWidthLayout field) {
            return Location.builder().document(document).line(line).column(field.column()).field(field.fieldName()).build();
        }

        private void malformed(FixedWidthLayout field) {
            problem(field, ProblemCode.FIXED_WIDTH_FIELD_MALFORMED, Map.of("value", text(field), "pattern", field.picture()));
        }

        /** The field as text for messages: GBK, undecodable bytes replaced. */
        private String text(FixedWidthLayout field) {
            return new String(bytes, field.offset(), field.length(), FixedWidthLayout.CHARSET);
        }

        private String ascii(FixedWidthLayout field) {
            for (int i = field.offset(); i < field.offset() + field.length(); i++) {
                if (bytes[i] < 0x20) {
                    return null;
                }
            }
            return new String(bytes, field.offset(), field.length(), StandardCharsets.US_ASCII);
        }

        /** Returns the digits of a field as a number, or -1 if the field is not all digits. */
        private long digits(int offset, int length) {
            long n = 0;
            for (int i = offset; i < offset + length; i++) {
                int d = bytes[i] - '0';
                if (d < 0 || d > 9) {
                    return -1;
                }
                n = n * 10 + d;
            }
            return n;
        }

        YearMonth period() {
            int at = FixedWidthLayout.PERIOD.offset();
            long year = digits(at, 4);
            long month = digits(at + 4, 2);
            if (year < 1 || month < 1 || month > 12) {
                malformed(FixedWidthLayout.PERIOD);
                return null;
            }
            return YearMonth.of((int) year, (int) month);
        }

        <T> T parsed(FixedWidthLayout field, java.util.function.Function<CharSequence, Parsed<T>> check) {
            String text = ascii(field);
            Parsed<T> parsed = text == null ? null : check.apply(text);
            if (parsed == null || !parsed.isValid()) {
                if (parsed == null) {
                    malformed(field);
                } else {
                    problems.add(parsed.toViolation(location(field)));
                }
                return null;
            }
            return parsed.value();
        }

        String name() {
            FixedWidthLayout field = FixedWidthLayout.NAME;
            String name;
            try {
                name = FixedWidthLayout.CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, field.offset(), field.length())).toString().strip();
            } catch (CharacterCodingException e) {
                problem(field, ProblemCode.CSV_ENCODING_MALFORMED, Map.of("charset", FixedWidthLayout.CHARSET.name()));
                return null;
            }
            if (name.isEmpty()) {
                problem(field, ProblemCode.WORKER_NAME_BLANK, Map.of());
                return null;
            }
            return name;
        }

        Money fen(FixedWidthLayout field) {
            long n = digits(field.offset(), field.length());
            if (n < 0) {
                malformed(field);
                return null;
            }
            return Money.ofFen(n);
        }

        /** Returns the paid date, empty for spaces, or null if malformed. */
        Optional<LocalDate> paidOn() {
            FixedWidthLayout field = FixedWidthLayout.PAID_ON;
            int at = field.offset();
            boolean blank = true;
            for (int i = at; i < at + field.length(); i++) {
                blank &= bytes[i] == ' ';
            }
            if (blank) {
                return Optional.empty();
            }
            long year = digits(at, 4);
            long month = digits(at + 4, 2);
            long day = digits(at + 6, 2);
            if (year >= 1 && month >= 0 && day >= 0) {
                try {
                    return Optional.of(LocalDate.of((int) year, (int) month, (int) day));
                } catch (DateTimeException e) {
                    // not a real date: reported below
                }
            }
            malformed(field);
            return null;
        }
    }
}
