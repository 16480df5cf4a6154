package io.github.baozhang.adapter.csv.internal;

import io.github.baozhang.adapter.csv.ColumnMapping;
import io.github.baozhang.adapter.csv.CsvProfile;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the worker rows of one period: binds the header through the profile's mapping, then
 * validates every row fully and hands it to a {@link Handler} as a reusable {@link Row} or as a
 * rejected record. Shared by the public reader and its summarizing entry point, so both see
 * exactly the same rows. Not thread-safe: one engine run per read.
 */
public final class WorkerRowEngine {

    /** The longest row kept, in bytes. */
    public static final int ROW_LIMIT = 1 << 16;

    private static final int PERIOD = 0;
    private static final int PROVINCE = 1;
    private static final int CITY = 2;
    private static final int ENTERPRISE = 3;
    private static final int WORKER = 4;
    private static final int ALLOWANCE_DUE = 5;
    private static final int ALLOWANCE_PAID = 6;
    private static final int CONTRIBUTIONS_DUE = 7;
    private static final int CONTRIBUTIONS_PAID = 8;
    private static final int PAID_DATE = 9;

    /** Receives what the engine makes of each row. */
    public interface Handler {

        /**
         * Receives a valid row; the row object is reused for the next one.
         *
         * @param row  the row
         */
        void accepted(Row row);

        /**
         * Receives a rejected row.
         *
         * @param record  the record
         */
        void rejected(RejectedRecord record);

        /**
         * Receives a violation of the whole document; no row follows.
         *
         * @param violation  the violation
         */
        void documentRejected(Violation violation);

        /**
         * Tells whether this handler wants each rejected row as a located record. When it does
         * not, the engine only counts each rejected row's codes (the same codes) and never calls
         * {@link #rejected}: no violation, location or message argument is built, so a read whose
         * rejects nobody keeps makes almost no garbage.
         *
         * @return true (the default) to receive {@link #rejected}
         */
        default boolean wantsRejected() {
            return true;
        }
    }

    /** A valid row, reused from row to row. */
    public static final class Row {
        /** The line the row starts on. */
        public long line;
        /** The province. */
        public DivisionCode province;
        /** The city. */
        public DivisionCode city;
        /** The enterprise. */
        public OrganizationCode enterprise;
        /** The worker. */
        public CitizenId worker;
        /** Allowance due, fen. */
        public long allowanceDue;
        /** Allowance paid, fen. */
        public long allowancePaid;
        /** Contributions due, fen. */
        public long contributionsDue;
        /** Contributions paid, fen. */
        public long contributionsPaid;
        /** The paid date as {@code yyyymmdd}, or 0 when empty. */
        public int paidDate;
        /** Whether the row is on time. */
        public boolean onTime;

        /**
         * Returns the paid date.
         *
         * @return the date, or empty
         */
        public Optional<LocalDate> paidOn() {
            return paidDate == 0 ? Optional.empty()
                    : Optional.of(LocalDate.of(paidDate / 10000, paidDate / 100 % 100, paidDate % 100));
        }
    }

    private final int period;
    private final String periodText;
    private final int payDate;
    private final CsvProfile profile;
    private final int chunkSize;
    private final boolean values;
    private final FastChecks.Cache provinces = new FastChecks.Cache(1 << 8);
    private final FastChecks.Cache cities = new FastChecks.Cache(1 << 12);
    private final FastChecks.Cache enterprises = new FastChecks.Cache(1 << 17);
    /** Whether the current run only counts the codes of rejected rows. */
    private boolean lean;
    /** In a lean run: one code-only violation, and one record of it, per code. */
    private final EnumMap<ProblemCode, Violation> stubs = new EnumMap<>(ProblemCode.class);
    private final EnumMap<ProblemCode, RejectedRecord> stubRecords = new EnumMap<>(ProblemCode.class);
    private Location stubAt;

    /** A valid city code and the province it lies in. */
    private static final class City {
        final DivisionCode city;
        final DivisionCode province;

        City(DivisionCode city) {
            this.city = city;
            this.province = city.province();
        }
    }

    /**
     * Creates an engine.
     *
     * @param period  the period read, not null
     * @param payDate  the pay date of the period, not null
     * @param profile  the CSV profile, not null
     * @param chunkSize  the read size in bytes
     */
    public WorkerRowEngine(YearMonth period, LocalDate payDate, CsvProfile profile, int chunkSize) {
        this(period, payDate, profile, chunkSize, true);
    }

    /**
     * Creates an engine that may leave out of each accepted {@link Row} the values a summary does
     * not need: the worker's {@link CitizenId} and the city (both still fully validated).
     *
     * @param period  the period read, not null
     * @param payDate  the pay date of the period, not null
     * @param profile  the CSV profile, not null
     * @param chunkSize  the read size in bytes
     * @param values  whether rows carry the worker and the city
     */
    public WorkerRowEngine(YearMonth period, LocalDate payDate, CsvProfile profile, int chunkSize, boolean values) {
        this.values = values;
        this.period = period.getYear() * 100 + period.getMonthValue();
        this.periodText = period.toString();
        this.payDate = payDate.getYear() * 10000 + payDate.getMonthValue() * 100 + payDate.getDayOfMonth();
        this.profile = Objects.requireNonNull(profile, "profile");
        this.chunkSize = chunkSize;
    }

    /** The header of a document, bound: where each canonical column is, and the row width. */
    public static final class Header {
        final int[] index;
        final int width;
        final long end;
        final long nextLine;

        Header(int[] index, int width, long end, long nextLine) {
            this.index = index;
            this.width = width;
            this.end = end;
            this.nextLine = nextLine;
        }

        /**
         * Returns the byte offset just past the header's line end: where the rows start.
         *
         * @return the offset
         */
        public long end() {
            return end;
        }

        /**
         * Returns the line the rows start on.
         *
         * @return the line, 2 or more
         */
        public long nextLine() {
            return nextLine;
        }
    }

    /**
     * Reads a document.
     *
     * @param document  the document's name, not null
     * @param in  the bytes, not null; not closed
     * @param handler  receives rows, not null
     * @param counter  counts, not null
     * @throws IOException if the bytes cannot be read
     */
    public void run(String document, InputStream in, Handler handler, ReadSummary.Counter counter) throws IOException {
        CsvTokenizer t = new CsvTokenizer(in, ROW_LIMIT, chunkSize);
        Header header = header(document, t, handler, counter);
        if (header != null) {
            rows(document, t, header, handler, counter);
        }
    }

    /**
     * Opens a tokenizer at the start of a document and binds its header.
     *
     * @param document  the document's name, not null
     * @param in  the bytes, not null; not closed
     * @param handler  receives the document's rejection, if any, not null
     * @param counter  counts it, not null
     * @return the header, or null if the document was rejected
     * @throws IOException if the bytes cannot be read
     */
    public Header header(String document, InputStream in, Handler handler, ReadSummary.Counter counter) throws IOException {
        return header(document, new CsvTokenizer(in, ROW_LIMIT, chunkSize), handler, counter);
    }

    private Header header(String document, CsvTokenizer t, Handler handler, ReadSummary.Counter counter) throws IOException {
        Location docLocation = Location.builder().document(document).line(1).build();
        if (!t.nextRecord()) {
            document(handler, counter, Violation.builder().code(ProblemCode.CSV_HEADER_MISSING).location(docLocation).build());
            return null;
        }
        int[] index = new int[ColumnMapping.NATIONAL_COLUMNS.size()];
        Arrays.fill(index, -1);
        Violation headerProblem = bindHeader(t, index, docLocation);
        if (headerProblem != null) {
            document(handler, counter, headerProblem);
            return null;
        }
        return new Header(index, t.fieldCount(), t.position(), t.currentLine());
    }

    /**
     * Reads the rows of a part of a document that starts at a line start outside any quoted
     * field (just after the header, or just after a line feed), numbering its lines from 1.
     *
     * @param document  the document's name, not null
     * @param in  the bytes of the part, not null; not closed
     * @param header  the document's header, not null
     * @param handler  receives rows, not null
     * @param counter  counts, not null
     * @return the state at the end of the part
     * @throws IOException if the bytes cannot be read
     */
    public PartEnd part(String document, InputStream in, Header header, Handler handler, ReadSummary.Counter counter)
            throws IOException {
        CsvTokenizer t = new CsvTokenizer(in, ROW_LIMIT, chunkSize, false);
        rows(document, t, header, handler, counter);
        return new PartEnd(t.currentLine() - 1, t.endedInQuotes());
    }

    /** How a part of a document ended. */
    public static final class PartEnd {
        /** The line feeds in the part. */
        public final long lineFeeds;
        /** Whether the part ended inside a quoted field: it was not cut at a row boundary. */
        public final boolean inQuotes;

        PartEnd(long lineFeeds, boolean inQuotes) {
            this.lineFeeds = lineFeeds;
            this.inQuotes = inQuotes;
        }
    }

    private void rows(String document, CsvTokenizer t, Header header, Handler handler, ReadSummary.Counter counter)
            throws IOException {
        int width = header.width;
        int[] index = header.index;
        Row row = new Row();
        Bytes.AsciiView view = new Bytes.AsciiView();
        lean = !handler.wantsRejected();
        stubs.clear();
        stubRecords.clear();
        stubAt = Location.builder().document(document).build();
        while (t.nextRecord()) {
            List<Violation> problems = parse(t, width, index, row, view, document);
            if (problems == null) {
                counter.accepted();
                handler.accepted(row);
            } else if (lean) {
                counter.rejected(stubRecord(problems));
            } else {
                RejectedRecord r = RejectedRecord.of(Location.builder().document(document).line(t.line()).build(), problems);
                counter.rejected(r);
                handler.rejected(r);
            }
        }
    }

    /** A code-only violation: what a lean run counts. */
    private Violation stub(ProblemCode code) {
        Violation v = stubs.get(code);
        if (v == null) {
            v = Violation.builder().code(code).location(stubAt).build();
            stubs.put(code, v);
        }
        return v;
    }

    /** A record of code-only violations, shared by every row with the same single code. */
    private RejectedRecord stubRecord(List<Violation> problems) {
        if (problems.size() != 1) {
            return RejectedRecord.of(stubAt, problems);
        }
        ProblemCode code = problems.get(0).code();
        RejectedRecord r = stubRecords.get(code);
        if (r == null) {
            r = RejectedRecord.of(stubAt, List.of(problems.get(0)));
            stubRecords.put(code, r);
        }
        return r;
    }

    /** The code core gives a field that is not a valid value, from bytes when they are ASCII. */
    private ProblemCode codeOf(Parsed<?> fromView, CsvTokenizer t, int f, java.util.function.Function<String, Parsed<?>> check) {
        return (Bytes.isAscii(t.buffer(), t.start(f), t.end(f)) ? fromView : check.apply(text(t, f))).code().orElseThrow();
    }

    private static void document(Handler handler, ReadSummary.Counter counter, Violation v) {
        counter.documentRejected(v);
        handler.documentRejected(v);
    }

    private Violation bindHeader(CsvTokenizer t, int[] index, Location at) {
        ColumnMapping mapping = profile.mapping();
        if (t.malformed() != null || t.tooLong()) {
            return Violation.builder().code(ProblemCode.CSV_QUOTING_MALFORMED).location(at)
                    .putAllArguments(args("reason", t.tooLong() ? "the header is too long" : t.malformed())).build();
        }
        for (int f = 0; f < t.fieldCount(); f++) {
            String header;
            try {
                header = profile.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(t.buffer(), t.start(f), t.end(f) - t.start(f))).toString();
            } catch (CharacterCodingException e) {
                return Violation.builder().code(ProblemCode.CSV_ENCODING_MALFORMED).location(at.withField("#" + (f + 1)))
                        .putAllArguments(args("charset", profile.charset().name())).build();
            }
            Optional<String> column = mapping.columnOf(header);
            if (column.isEmpty()) {
                if (mapping.unknownColumns() == ColumnMapping.UnknownColumns.REJECT) {
                    return Violation.builder().code(ProblemCode.CSV_COLUMN_UNKNOWN).location(at)
                            .putAllArguments(args("header", header)).build();
                }
                continue;
            }
            int c = ColumnMapping.NATIONAL_COLUMNS.indexOf(column.get());
            if (c < 0) {
                continue; // a column of the mapping this reader does not use
            }
            if (index[c] >= 0) {
                return Violation.builder().code(ProblemCode.CSV_COLUMN_DUPLICATE).location(at.withField(column.get()))
                        .putAllArguments(args("column", column.get())).build();
            }
            index[c] = f;
        }
        for (int c = 0; c < index.length; c++) {
            if (index[c] < 0) {
                String name = ColumnMapping.NATIONAL_COLUMNS.get(c);
                return Violation.builder().code(ProblemCode.CSV_COLUMN_MISSING).location(at.withField(name))
                        .putAllArguments(args("column", name)).build();
            }
        }
        return null;
    }

    private List<Violation> parse(CsvTokenizer t, int width, int[] index, Row row, Bytes.AsciiView view, String document) {
        long line = t.line();
        if (t.tooLong()) {
            return List.of(lean ? stub(ProblemCode.CSV_ROW_TOO_LONG) : Violation.builder().code(ProblemCode.CSV_ROW_TOO_LONG).location(at(document, line, null))
                    .putAllArguments(args("limit", Integer.toString(ROW_LIMIT))).build());
        }
        if (t.malformed() != null) {
            return List.of(lean ? stub(ProblemCode.CSV_QUOTING_MALFORMED) : Violation.builder().code(ProblemCode.CSV_QUOTING_MALFORMED).location(at(document, line, null))
                    .putAllArguments(args("reason", t.malformed())).build());
        }
        if (t.fieldCount() != width) {
            return List.of(lean ? stub(ProblemCode.CSV_FIELD_COUNT) : Violation.builder().code(ProblemCode.CSV_FIELD_COUNT).location(at(document, line, null))
                    .putAllArguments(args("count", Integer.toString(t.fieldCount()), "expected", Integer.toString(width))).build());
        }
        byte[] b = t.buffer();
        List<Violation> problems = null;

        int f = index[PERIOD];
        int p = Bytes.parsePeriod(b, t.start(f), t.end(f));
        if (t.start(f) == t.end(f)) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_VALUE_MISSING) : missing(document, line, PERIOD));
        } else if (p < 0) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_PERIOD_MALFORMED) : Violation.builder().code(ProblemCode.CSV_PERIOD_MALFORMED)
                    .location(at(document, line, PERIOD)).putAllArguments(args("value", text(t, f))).build());
        } else if (p != period) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_PERIOD_OTHER) : Violation.builder().code(ProblemCode.CSV_PERIOD_OTHER)
                    .location(at(document, line, PERIOD)).putAllArguments(args("period", text(t, f), "expected", periodText)).build());
        }

        DivisionCode province = null;
        f = index[PROVINCE];
        long key = FastChecks.key(b, t.start(f), t.end(f));
        Object cached = key == -1 ? null : provinces.get(key);
        if (cached != null) {
            province = (DivisionCode) cached;
        } else if (t.start(f) == t.end(f)) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_VALUE_MISSING) : missing(document, line, PROVINCE));
        } else {
            Parsed<DivisionCode> d = DivisionCode.check(view.of(b, t.start(f), t.end(f)));
            if (!d.isValid()) {
                problems = add(problems, lean ? stub(codeOf(d, t, f, DivisionCode::check))
                        : DivisionCode.check(text(t, f)).toViolation(at(document, line, PROVINCE)));
            } else if (d.value().level() != DivisionLevel.PROVINCE) {
                problems = add(problems, lean ? stub(ProblemCode.DIVISION_CODE_LEVEL) : Violation.builder().code(ProblemCode.DIVISION_CODE_LEVEL)
                        .location(at(document, line, PROVINCE)).putAllArguments(args("code", d.value().toString(),
                                "level", d.value().level().name(), "expected", DivisionLevel.PROVINCE.name())).build());
            } else {
                province = d.value();
                provinces.put(key, province);
            }
        }

        DivisionCode city = null;
        f = index[CITY];
        key = FastChecks.key(b, t.start(f), t.end(f));
        City known = key == -1 ? null : (City) cities.get(key);
        if (known != null && (province == null || known.province.equals(province))) {
            city = known.city;
        } else if (t.start(f) == t.end(f)) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_VALUE_MISSING) : missing(document, line, CITY));
        } else {
            Parsed<DivisionCode> d = DivisionCode.check(view.of(b, t.start(f), t.end(f)));
            if (!d.isValid()) {
                problems = add(problems, lean ? stub(codeOf(d, t, f, DivisionCode::check))
                        : DivisionCode.check(text(t, f)).toViolation(at(document, line, CITY)));
            } else if (d.value().level() == DivisionLevel.PROVINCE) {
                problems = add(problems, lean ? stub(ProblemCode.DIVISION_CODE_LEVEL) : Violation.builder().code(ProblemCode.DIVISION_CODE_LEVEL)
                        .location(at(document, line, CITY)).putAllArguments(args("code", d.value().toString(),
                                "level", DivisionLevel.PROVINCE.name(), "expected", DivisionLevel.PREFECTURE.name())).build());
            } else if (province != null && !d.value().province().equals(province)) {
                problems = add(problems, lean ? stub(ProblemCode.CSV_CITY_OUTSIDE_PROVINCE) : Violation.builder().code(ProblemCode.CSV_CITY_OUTSIDE_PROVINCE)
                        .location(at(document, line, CITY)).putAllArguments(args("city", d.value().toString(),
                                "province", province.toString())).build());
            } else {
                city = d.value();
                cities.put(key, new City(city));
            }
        }

        OrganizationCode enterprise = null;
        f = index[ENTERPRISE];
        key = FastChecks.key(b, t.start(f), t.end(f));
        cached = key == -1 ? null : enterprises.get(key);
        if (cached != null) {
            enterprise = (OrganizationCode) cached;
        } else if (t.start(f) == t.end(f)) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_VALUE_MISSING) : missing(document, line, ENTERPRISE));
        } else {
            Parsed<OrganizationCode> o = OrganizationCode.check(view.of(b, t.start(f), t.end(f)));
            if (o.isValid() && Bytes.isAscii(b, t.start(f), t.end(f))) {
                enterprise = o.value();
                enterprises.put(key, enterprise);
            } else if (lean) {
                Parsed<OrganizationCode> again = Bytes.isAscii(b, t.start(f), t.end(f)) ? o : OrganizationCode.check(text(t, f));
                problems = add(problems, stub(again.isValid() ? ProblemCode.CSV_ENCODING_MALFORMED : again.code().orElseThrow()));
            } else {
                Parsed<OrganizationCode> again = OrganizationCode.check(text(t, f));
                problems = add(problems, again.isValid()
                        ? Violation.builder().code(ProblemCode.CSV_ENCODING_MALFORMED).location(at(document, line, ENTERPRISE))
                                .putAllArguments(args("charset", profile.charset().name())).build()
                        : again.toViolation(at(document, line, ENTERPRISE)));
            }
        }

        CitizenId worker = null;
        f = index[WORKER];
        if (!values && FastChecks.isCitizenId(b, t.start(f), t.end(f))) {
            // valid; the summary needs no CitizenId object
        } else if (t.start(f) == t.end(f)) {
            problems = add(problems, lean ? stub(ProblemCode.CSV_VALUE_MISSING) : missing(document, line, WORKER));
        } else if (lean && FastChecks.isCitizenIdWrongOnlyInCheckCharacter(b, t.start(f), t.end(f))) {
            problems = add(problems, stub(ProblemCode.CITIZEN_ID_CHECK)); // what core says, without its arguments
        } else {
            Parsed<CitizenId> c = CitizenId.check(view.of(b, t.start(f), t.end(f)));
            if (c.isValid()) {
                worker = c.value();
            } else if (lean) {
                problems = add(problems, stub(codeOf(c, t, f, CitizenId::check)));
            } else {
                String raw = text(t, f);
                // ASCII bytes are the same characters as the decoded text: core's answer stands
                Parsed<CitizenId> why = Bytes.isAscii(b, t.start(f), t.end(f)) ? c : CitizenId.check(raw);
                problems = add(problems, Violation.builder().code(why.code().orElseThrow()).location(at(document, line, WORKER))
                        .putAllArguments(why.arguments()).offendingValue(maskId(raw)).build());
            }
        }

        long allowanceDue = fen(t, ALLOWANCE_DUE, index, document, line);
        long allowancePaid = fen(t, ALLOWANCE_PAID, index, document, line);
        long contributionsDue = fen(t, CONTRIBUTIONS_DUE, index, document, line);
        long contributionsPaid = fen(t, CONTRIBUTIONS_PAID, index, document, line);
        problems = flushFen(problems);

        f = index[PAID_DATE];
        int paidDate = 0;
        if (t.start(f) == t.end(f)) {
            if (allowancePaid > 0 || contributionsPaid > 0) {
                long paid = Math.max(allowancePaid, 0) + Math.max(contributionsPaid, 0);
                problems = add(problems, lean ? stub(ProblemCode.PAID_ON_MISSING) : Violation.builder().code(ProblemCode.PAID_ON_MISSING)
                        .location(at(document, line, PAID_DATE)).putAllArguments(args("paidFen", Long.toString(paid < 0 ? Long.MAX_VALUE : paid))).build());
            }
        } else {
            paidDate = Bytes.parseDate(b, t.start(f), t.end(f));
            if (paidDate < 0) {
                problems = add(problems, lean ? stub(ProblemCode.CSV_DATE_MALFORMED) : Violation.builder().code(ProblemCode.CSV_DATE_MALFORMED)
                        .location(at(document, line, PAID_DATE)).putAllArguments(args("value", text(t, f))).build());
            }
        }
        if (problems != null) {
            return problems;
        }
        row.line = line;
        row.province = province;
        row.city = city;
        row.enterprise = enterprise;
        row.worker = worker;
        row.allowanceDue = allowanceDue;
        row.allowancePaid = allowancePaid;
        row.contributionsDue = contributionsDue;
        row.contributionsPaid = contributionsPaid;
        row.paidDate = paidDate;
        row.onTime = (allowanceDue == 0 && contributionsDue == 0) || (paidDate != 0 && paidDate <= payDate);
        return null;
    }

    private final List<Violation> fenProblems = new ArrayList<>(4);

    private List<Violation> flushFen(List<Violation> problems) {
        if (fenProblems.isEmpty()) {
            return problems; // the common case: no iterator allocated
        }
        List<Violation> out = problems;
        for (int i = 0; i < fenProblems.size(); i++) {
            out = add(out, fenProblems.get(i));
        }
        fenProblems.clear();
        return out;
    }

    private long fen(CsvTokenizer t, int column, int[] index, String document, long line) {
        int f = index[column];
        long v = Bytes.parseFen(t.buffer(), t.start(f), t.end(f));
        if (v >= 0) {
            return v;
        }
        if (lean) {
            fenProblems.add(stub(v == Bytes.EMPTY ? ProblemCode.CSV_VALUE_MISSING
                    : v == Bytes.NEGATIVE ? ProblemCode.VALUE_NEGATIVE : ProblemCode.AMOUNT_MALFORMED));
            return v;
        }
        Location at = at(document, line, column);
        Violation problem;
        if (v == Bytes.EMPTY) {
            problem = missing(document, line, column);
        } else if (v == Bytes.NEGATIVE) {
            problem = Violation.builder().code(ProblemCode.VALUE_NEGATIVE).location(at).putAllArguments(args("value", text(t, f))).build();
        } else if (v == Bytes.OVERFLOW) {
            problem = Violation.builder().code(ProblemCode.AMOUNT_MALFORMED).location(at)
                    .putAllArguments(args("value", text(t, f), "reason", "beyond the range of a 64-bit integer of fen")).build();
        } else {
            problem = Violation.builder().code(ProblemCode.AMOUNT_MALFORMED).location(at)
                    .putAllArguments(args("value", text(t, f), "reason", "not an integer number of fen")).build();
        }
        fenProblems.add(problem);
        return v;
    }

    private static java.util.Map<String, String> args(String... namesAndValues) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    private static List<Violation> add(List<Violation> problems, Violation v) {
        if (v == null) {
            return problems;
        }
        List<Violation> out = problems == null ? new ArrayList<>(2) : problems;
        out.add(v);
        return out;
    }

    private static Violation missing(String document, long line, int column) {
        String name = ColumnMapping.NATIONAL_COLUMNS.get(column);
        return Violation.builder().code(ProblemCode.CSV_VALUE_MISSING).location(at(document, line, column))
                .putAllArguments(args("column", name)).build();
    }

    private static Location at(String document, long line, Integer column) {
        Location.Builder b = Location.builder().document(document).line(line);
        if (column != null) {
            b.field(ColumnMapping.NATIONAL_COLUMNS.get(column));
        }
        return b.build();
    }

    private String text(CsvTokenizer t, int f) {
        return decode(t.buffer(), t.start(f), t.end(f), profile.charset());
    }

    static String decode(byte[] b, int from, int to, Charset charset) {
        return new String(b, from, to - from, charset);
    }

    /**
     * Masks a text that was meant to be a citizen ID: the first six and last four characters of
     * 18 kept, the rest starred; any other length entirely starred.
     *
     * @param raw  the text, not null
     * @return the masked text, not null
     */
    public static String maskId(String raw) {
        if (raw.length() == 18) {
            return raw.substring(0, 6) + "********" + raw.substring(14);
        }
        return "*".repeat(Math.min(raw.length(), 32));
    }
}
