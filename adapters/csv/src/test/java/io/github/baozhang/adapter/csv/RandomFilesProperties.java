package io.github.baozhang.adapter.csv;

import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Random files — columns in any order, quoted fields with commas, quotes and line breaks, LF and
 * CRLF mixed, a BOM or not, UTF-8 or GBK, bad rows of every kind — read by the reader and by a
 * straightforward reference implementation written here, which must agree.
 */
class RandomFilesProperties {

    static final YearMonth PERIOD = YearMonth.of(1999, 7);
    static final LocalDate PAY_DATE = LocalDate.of(1999, 7, 15);
    static final String[][] PLACES = {{"110000", "110100"}, {"310000", "310100"}, {"440000", "440100"},
        {"440000", "440300"}};
    static final String[] ENTERPRISES = {Fixtures.E1, Fixtures.E2, Fixtures.organizationCode("30000003"),
        Fixtures.organizationCode("A1B2C3D4")};
    static final List<String> COLUMNS = new ArrayList<>(ColumnMapping.NATIONAL_COLUMNS);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    static {
        COLUMNS.add("note");
    }

    /** A generated file: its bytes and what the reference makes of it. */
    static final class Generated {
        byte[] bytes;
        final List<Map<String, String>> rows = new ArrayList<>();
        final List<Boolean> structurallyBad = new ArrayList<>();
        final List<Long> lines = new ArrayList<>();
    }

    static Generated generate(long seed, int count, Charset charset) {
        Random r = new Random(seed);
        Generated g = new Generated();
        List<String> order = new ArrayList<>(COLUMNS);
        Collections.shuffle(order, r);
        StringBuilder text = new StringBuilder();
        if (charset.equals(StandardCharsets.UTF_8) && r.nextBoolean()) {
            text.append('\uFEFF');
        }
        text.append(String.join(",", order)).append(r.nextBoolean() ? "\n" : "\r\n");
        long line = 2;
        for (int i = 0; i < count; i++) {
            Map<String, String> row = new LinkedHashMap<>();
            String[] place = PLACES[r.nextInt(PLACES.length)];
            row.put("period", PERIOD.toString());
            row.put("province_code", place[0]);
            row.put("city_code", place[1]);
            row.put("enterprise_code", ENTERPRISES[r.nextInt(ENTERPRISES.length)]);
            String birth = String.format("19%02d%02d%02d", 40 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
            row.put("worker_id", Fixtures.citizenId(place[1].substring(0, 4) + "01" + birth + String.format("%03d", r.nextInt(1000))));
            long aDue = r.nextInt(4) == 0 ? 0 : r.nextInt(50_000);
            long cDue = r.nextInt(4) == 0 ? 0 : r.nextInt(20_000);
            long aPaid = r.nextBoolean() ? aDue : r.nextInt(50_000);
            long cPaid = r.nextBoolean() ? cDue : r.nextInt(20_000);
            if (r.nextInt(6) == 0) {
                aPaid = 0;
                cPaid = 0;
            }
            row.put("allowance_due_fen", Long.toString(aDue));
            row.put("allowance_paid_fen", Long.toString(aPaid));
            row.put("contributions_due_fen", Long.toString(cDue));
            row.put("contributions_paid_fen", Long.toString(cPaid));
            boolean noDate = aPaid == 0 && cPaid == 0 && r.nextBoolean();
            row.put("paid_date", noDate ? "" : PERIOD.atDay(1 + r.nextInt(31)).toString());
            row.put("note", note(r));
            boolean extraField = false;
            boolean strayQuote = false;
            if (r.nextInt(5) == 0) {
                switch (r.nextInt(11)) {
                    case 0: {
                        String id = row.get("worker_id");
                        char c = id.charAt(17) == '1' ? '2' : '1';
                        row.put("worker_id", id.substring(0, 17) + c);
                        break;
                    }
                    case 1: row.put("allowance_due_fen", "-5"); break;
                    case 2: row.put("contributions_paid_fen", "1x"); break;
                    case 3: row.put("period", "1999-08"); break;
                    case 4: row.put("allowance_paid_fen", "100"); row.put("paid_date", ""); break;
                    case 5: extraField = true; break;
                    case 6: strayQuote = true; break;
                    case 7: row.put("city_code", place[0].equals("110000") ? "310100" : "110100"); break;
                    case 8: row.put("contributions_due_fen", "99999999999999999999"); break;
                    case 9: row.put("paid_date", "1999-07-32"); break;
                    default: row.put("enterprise_code", ""); break;
                }
            }
            StringBuilder rendered = new StringBuilder();
            for (int c = 0; c < order.size(); c++) {
                if (c > 0) {
                    rendered.append(',');
                }
                String column = order.get(c);
                String value = row.get(column);
                if (strayQuote && column.equals("allowance_due_fen")) {
                    rendered.append(value).append("\"1");
                } else {
                    rendered.append(render(value, r));
                }
            }
            if (extraField) {
                rendered.append(",extra");
            }
            boolean last = i == count - 1;
            if (!last || r.nextBoolean()) {
                rendered.append(r.nextBoolean() ? "\n" : "\r\n");
            }
            g.rows.add(row);
            g.structurallyBad.add(extraField || strayQuote);
            g.lines.add(line);
            line += rendered.chars().filter(ch -> ch == '\n').count();
            text.append(rendered);
        }
        g.bytes = text.toString().getBytes(charset);
        return g;
    }

    static String note(Random r) {
        String[] parts = {"a", ",", "\"", "\n", "\r\n", "中", " ", "=", "x"};
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(5);
        for (int i = 0; i < n; i++) {
            b.append(parts[r.nextInt(parts.length)]);
        }
        return b.toString();
    }

    static String render(String value, Random r) {
        boolean must = value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n");
        if (must || r.nextInt(4) == 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** The reference: plain parsing of each logical row, sums in BigInteger. */
    static final class Reference {
        long accepted;
        long rejected;
        final List<Long> rejectedLines = new ArrayList<>();
        final Map<String, long[]> national = new TreeMap<>();
        final Map<String, long[]> provinces = new TreeMap<>();
        final Map<String, long[]> enterprises = new TreeMap<>();
        final Map<String, BigInteger[]> amounts = new TreeMap<>();
    }

    static Reference reference(Generated g) {
        Reference ref = new Reference();
        for (int i = 0; i < g.rows.size(); i++) {
            Map<String, String> row = g.rows.get(i);
            long[] v = g.structurallyBad.get(i) ? null : valid(row);
            if (v == null) {
                ref.rejected++;
                ref.rejectedLines.add(g.lines.get(i));
                continue;
            }
            ref.accepted++;
            for (String key : List.of("N", "P" + row.get("province_code"),
                    "E" + row.get("province_code") + "/" + row.get("enterprise_code"))) {
                long[] counts = ref.national.computeIfAbsent(key, k -> new long[3]);
                counts[0]++;
                counts[1] += v[4];
                counts[2] += v[5];
                BigInteger[] sums = ref.amounts.computeIfAbsent(key, k -> new BigInteger[] {BigInteger.ZERO,
                    BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO});
                for (int a = 0; a < 4; a++) {
                    sums[a] = sums[a].add(BigInteger.valueOf(v[a]));
                }
            }
        }
        return ref;
    }

    /** Returns due/paid amounts, paid in full (0/1) and on time (0/1), or null if invalid. */
    static long[] valid(Map<String, String> row) {
        if (!row.get("period").equals("1999-07")) {
            return null;
        }
        var province = DivisionCode.check(row.get("province_code"));
        var city = DivisionCode.check(row.get("city_code"));
        if (!province.isValid() || province.value().level() != DivisionLevel.PROVINCE || !city.isValid()
                || city.value().level() == DivisionLevel.PROVINCE || !city.value().province().equals(province.value())) {
            return null;
        }
        if (!OrganizationCode.check(row.get("enterprise_code")).isValid() || !CitizenId.check(row.get("worker_id")).isValid()) {
            return null;
        }
        long[] a = new long[4];
        String[] names = {"allowance_due_fen", "allowance_paid_fen", "contributions_due_fen", "contributions_paid_fen"};
        for (int i = 0; i < 4; i++) {
            String s = row.get(names[i]);
            if (!s.matches("[0-9]+") || new BigInteger(s).compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0) {
                return null;
            }
            a[i] = Long.parseLong(s);
        }
        LocalDate date = null;
        String d = row.get("paid_date");
        if (d.isEmpty()) {
            if (a[1] != 0 || a[3] != 0) {
                return null;
            }
        } else {
            try {
                date = LocalDate.parse(d, DATE);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        boolean onTime = (a[0] == 0 && a[2] == 0) || (date != null && !date.isAfter(PAY_DATE));
        boolean inFull = a[1] >= a[0] && a[3] >= a[2];
        return new long[] {a[0], a[1], a[2], a[3], inFull ? 1 : 0, onTime ? 1 : 0};
    }

    static void assertSummary(Reference ref, String key, DisbursementSummary s) {
        long[] counts = ref.national.get(key);
        BigInteger[] sums = ref.amounts.get(key);
        assertEquals(counts[0], s.rows(), key);
        assertEquals(counts[1], s.paidInFull(), key);
        assertEquals(counts[2], s.onTime(), key);
        assertEquals(sums[0], s.allowance().dueFen(), key);
        assertEquals(sums[1], s.allowance().paidFen(), key);
        assertEquals(sums[2], s.contributions().dueFen(), key);
        assertEquals(sums[3], s.contributions().paidFen(), key);
    }

    @Property(tries = 200)
    void theReaderAgreesWithTheReference(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int count,
            @ForAll boolean gbk) throws IOException {
        Charset charset = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        Generated g = generate(seed, count, charset);
        Reference ref = reference(g);
        CsvProfile profile = CsvProfile.of("p", charset, ColumnMapping.nationalEnglish());
        NationalWorkerRowReader reader = NationalWorkerRowReader.of(PERIOD,
                io.github.baozhang.profile.ProvinceProfile.national(), profile);
        List<RejectedRecord> rejects = new ArrayList<>();
        PeriodDisbursementSummary s = reader.summarize(Source.of("r.csv", g.bytes), rejects::add);
        assertAgrees(ref, count, s, rejects);
        assertEquals(s, reader.summarize(Source.of("r.csv", g.bytes)), "keeping no rejected row counts the same codes");
        Fixtures.Collected c = Fixtures.read(reader, Source.of("r.csv", g.bytes));
        assertEquals(s.rows(), Fixtures.rowsOf(c.summary), "the listener path counts the same");
        assertEquals(rejects, c.rejected);
    }

    static void assertAgrees(Reference ref, int count, PeriodDisbursementSummary s, List<RejectedRecord> rejects) {
        assertEquals(count, s.rows().read(), "rows in = accepted + rejected");
        assertEquals(ref.accepted, s.rows().accepted());
        assertEquals(ref.rejected, s.rows().rejected());
        assertEquals(ref.rejectedLines, rejects.stream().map(x -> x.location().line().orElseThrow()).collect(Collectors.toList()));
        for (RejectedRecord r : rejects) {
            for (var v : r.violations()) {
                assertEquals(r.location().line(), v.location().line(), "each violation at its row's line");
            }
        }
        if (ref.accepted == 0) {
            assertEquals(DisbursementSummary.identity(), s.national());
            return;
        }
        assertSummary(ref, "N", s.national());
        assertEquals(ref.national.keySet().stream().filter(k -> k.startsWith("P")).count(), s.provinces().size());
        s.provinces().forEach((p, sum) -> assertSummary(ref, "P" + p, sum));
        assertEquals(ref.national.keySet().stream().filter(k -> k.startsWith("E")).count(), s.enterprises().size());
        for (PeriodDisbursementSummary.Enterprise e : s.enterprises()) {
            assertSummary(ref, "E" + e.province() + "/" + e.enterpriseId(), e.summary());
        }
    }

    /**
     * N threads = 1 thread = the reference: random files (quoted fields with line breaks, CRLF
     * and LF mixed, a BOM or not, bad rows), cut into ranges that sometimes fall inside quotes.
     */
    @Property(tries = 300)
    void everyThreadCountGivesTheSameResult(@ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int count,
            @ForAll @IntRange(min = 2, max = 6) int threads, @ForAll boolean gbk,
            @ForAll @IntRange(min = 1, max = 4096) int chunk) throws IOException {
        Charset charset = gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        Generated g = generate(seed, count, charset);
        Reference ref = reference(g);
        CsvProfile profile = CsvProfile.of("p", charset, ColumnMapping.nationalEnglish());
        NationalWorkerRowReader one = NationalWorkerRowReader.of(PERIOD, io.github.baozhang.profile.ProvinceProfile.national(), profile);
        NationalWorkerRowReader many = one.withThreads(threads).withChunkSize(chunk);
        List<RejectedRecord> oneRejects = new ArrayList<>();
        List<RejectedRecord> manyRejects = new ArrayList<>();
        PeriodDisbursementSummary a = one.summarize(Source.of("r.csv", g.bytes), oneRejects::add);
        PeriodDisbursementSummary b = many.summarize(Source.of("r.csv", g.bytes), manyRejects::add);
        assertAgrees(ref, count, b, manyRejects);
        assertEquals(a, b);
        assertEquals(oneRejects, manyRejects);
        // keeping no rejected row, the reader only counts their codes: the same counts
        assertEquals(a, one.summarize(Source.of("r.csv", g.bytes)));
        assertEquals(a, many.summarize(Source.of("r.csv", g.bytes)));
    }

    @Property(tries = 100)
    void resultsDoNotDependOnHowTheInputIsSplit(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int count,
            @ForAll @IntRange(min = 1, max = 97) int chunk) throws IOException {
        Generated g = generate(seed, count, StandardCharsets.UTF_8);
        NationalWorkerRowReader reader = NationalWorkerRowReader.of(PERIOD);
        List<RejectedRecord> whole = new ArrayList<>();
        List<RejectedRecord> split = new ArrayList<>();
        PeriodDisbursementSummary a = reader.summarize(Source.of("r.csv", g.bytes), whole::add);
        PeriodDisbursementSummary b = reader.withChunkSize(chunk).summarize(Source.of("r.csv", g.bytes), split::add);
        assertEquals(a, b);
        assertEquals(whole, split);
    }
}
