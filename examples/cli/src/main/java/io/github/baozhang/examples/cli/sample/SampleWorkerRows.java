package io.github.baozhang.examples.cli.sample;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.examples.cli.sample.Sample.EnterprisePeriod;
import io.github.baozhang.examples.cli.sample.Sample.Figures;
import io.github.baozhang.id.AdminDivision;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * The worker rows of the sample, in the national worker-row CSV of the interchange contract:
 * one row per worker in the centre, enterprise and month, streamed to a file, never held in
 * memory (about 360,000 rows and 30 MB a month).
 *
 * <p>Each worker keeps an 18-character citizen ID with a valid check character from month to
 * month, unique in the sample: born 1940–1975, area code of a county of the enterprise's 1999
 * prefecture. A worker is due the enterprise's allowance and contributions per head; the
 * enterprise's arrears fall on its last workers, so the rows of an enterprise and month sum
 * exactly to the figures of its (latest) report. Paid dates are a few days around the report's
 * paid date; an amended month is paid in full on the 1st of the next month, as its revision 2
 * says. An enterprise whose report was never sent still has its rows.
 *
 * <p>Two kinds of defect are <em>planted</em> in every month, and listed:
 * {@link #mismatches(YearMonth)} — two reported enterprises one of whose workers is due one yuan
 * more allowance than the report declares (the control totals differ on
 * {@code allowance.dueFen}, finding {@code F9603}); and {@link #badRows(YearMonth)} — three extra
 * rows, copies of a worker's row with a wrong check character, which the reader rejects (they
 * add to no sum, so the sums still agree).
 *
 * <p>Deterministic: the same sample gives the same bytes. Instances are immutable and thread-safe.
 */
public final class SampleWorkerRows {

    /** The header row, the national worker-row CSV's columns in order. */
    public static final String HEADER = "period,province_code,city_code,enterprise_code,worker_id,allowance_due_fen,"
            + "allowance_paid_fen,contributions_due_fen,contributions_paid_fen,paid_date";

    /** The planted control-total mismatches per month. */
    public static final int MISMATCHES_PER_MONTH = 2;

    /** The planted rows with a wrong check character per month. */
    public static final int BAD_ROWS_PER_MONTH = 3;

    /** The fen added to one worker's allowance due in a planted mismatch. */
    static final long MISMATCH_FEN = 100;

    /** Birth dates run over 1940-01-01 … 1975-12-31: 13,149 days, times 1,000 sequence numbers. */
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final long ID_SPACE = 13_149L * 1000;
    private static final long ID_MULTIPLIER = 1_000_003L;

    /**
     * A planted row with a wrong check character.
     *
     * @param line  its line in the file (the header is line 1)
     * @param enterpriseId  the enterprise whose worker's row it copies
     */
    public record BadRow(long line, io.github.baozhang.id.OrganizationCode enterpriseId) {
    }

    private final Sample sample;
    private final List<List<String>> areas = new ArrayList<>();
    private final long idOffset;

    private SampleWorkerRows(Sample sample) {
        this.sample = sample;
        Gb2260 table = Gb2260.of(Gb2260Revision.R1999);
        for (Enterprise e : sample.registry()) {
            List<String> counties = table.childrenOf(e.city()).stream()
                    .filter(d -> d.level() == DivisionLevel.COUNTY)
                    .map(AdminDivision::code).map(Object::toString).toList();
            areas.add(counties.isEmpty() ? List.of(e.city().toString()) : counties);
        }
        this.idOffset = Math.floorMod(new Random(sample.seed() ^ 0x5EED_1D5L).nextLong(), ID_SPACE);
    }

    /**
     * Returns the worker rows of a sample.
     *
     * @param sample  the sample, not null
     * @return its rows, not null
     */
    public static SampleWorkerRows of(Sample sample) {
        return new SampleWorkerRows(Objects.requireNonNull(sample, "sample"));
    }

    /**
     * Returns the enterprises of a month where a control-total mismatch is planted.
     *
     * @param period  one of the sample's periods
     * @return the enterprises and the month, in registry order, not null
     */
    public List<EnterprisePeriod> mismatches(YearMonth period) {
        return plan(period).mismatchAt.keySet().stream()
                .map(i -> new EnterprisePeriod(sample.registry().get(i).id(), period)).toList();
    }

    /**
     * Returns the planted rows of a month with a wrong check character.
     *
     * @param period  one of the sample's periods
     * @return the rows, by line, not null
     */
    public List<BadRow> badRows(YearMonth period) {
        Plan plan = plan(period);
        List<BadRow> out = new ArrayList<>();
        long line = 1;
        for (Figures f : sample.figures(period)) {
            List<Long> after = plan.badAfter.getOrDefault(f.index(), List.of());
            int done = 0;
            for (long w = 0; w < f.inCentre(); w++) {
                line++;
                while (done < after.size() && after.get(done) == w) {
                    line++;
                    done++;
                    out.add(new BadRow(line, f.enterprise().id()));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Writes the rows of a month: the header, then each enterprise's workers in registry order,
     * with the planted rows among them. Buffers, and flushes at the end; does not close.
     *
     * @param period  one of the sample's periods
     * @param out  where to write UTF-8 (ASCII) CSV with LF line ends, not null
     * @return the rows written, the header not counted
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if the period is not one of the sample's
     */
    public long write(YearMonth period, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        List<Figures> all = sample.figures(period);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no rows for " + period + " (the sample has " + sample.periods() + ")");
        }
        Plan plan = plan(period);
        BufferedOutputStream o = new BufferedOutputStream(out, 1 << 16);
        o.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
        StringBuilder line = new StringBuilder(128);
        long written = 0;
        for (Figures f : all) {
            Random r = new Random(sample.seed() * 7919 + f.index() * 104_729L + period.getMonthValue());
            String prefix = period + "," + f.enterprise().province() + "," + f.enterprise().city() + ","
                    + f.enterprise().id() + ",";
            long allowanceFull = f.allowancePaidFen() / f.allowancePerHeadFen();
            long allowanceRest = f.allowancePaidFen() % f.allowancePerHeadFen();
            long contributionsFull = f.contributionsPerHeadFen() == 0 ? 0 : f.contributionsPaidFen() / f.contributionsPerHeadFen();
            long contributionsRest = f.contributionsPerHeadFen() == 0 ? 0 : f.contributionsPaidFen() % f.contributionsPerHeadFen();
            List<Long> bad = plan.badAfter.getOrDefault(f.index(), List.of());
            int badDone = 0;
            boolean mismatch = plan.mismatchAt.containsKey(f.index());
            for (long w = 0; w < f.inCentre(); w++) {
                long allowanceDue = f.allowancePerHeadFen() + (mismatch && w == 0 ? MISMATCH_FEN : 0);
                long allowancePaid = w < allowanceFull ? f.allowancePerHeadFen() : w == allowanceFull ? allowanceRest : 0;
                long contributionsPaid = w < contributionsFull ? f.contributionsPerHeadFen()
                        : w == contributionsFull ? contributionsRest : 0;
                LocalDate paid = null;
                if (allowancePaid > 0 || contributionsPaid > 0) {
                    LocalDate around = f.paidOn() != null ? f.paidOn() : period.atDay(15);
                    paid = f.paidOn() != null && !YearMonth.from(around).equals(period) ? around
                            : clamp(period, around.plusDays(r.nextInt(7) - 3));
                }
                String id = workerId(f.index(), w);
                line.setLength(0);
                line.append(prefix).append(id).append(',').append(allowanceDue).append(',').append(allowancePaid)
                        .append(',').append(f.contributionsPerHeadFen()).append(',').append(contributionsPaid).append(',')
                        .append(paid == null ? "" : paid.toString()).append('\n');
                o.write(line.toString().getBytes(StandardCharsets.US_ASCII));
                written++;
                while (badDone < bad.size() && bad.get(badDone) == w) {
                    // Planted: the same row again, its ID mistyped in the check character.
                    String wrong = id.substring(0, 17) + wrongCheck(id.charAt(17));
                    String copy = line.toString().replace(id, wrong);
                    o.write(copy.getBytes(StandardCharsets.US_ASCII));
                    written++;
                    badDone++;
                }
            }
        }
        o.flush();
        return written;
    }

    /** A worker's ID: unique over the sample (a bijection of enterprise and worker), stable over the months. */
    private String workerId(int enterprise, long worker) {
        long v = Math.floorMod(Math.addExact(Math.multiplyExact(worker * Sample.ENTERPRISES + enterprise, ID_MULTIPLIER)
                % ID_SPACE, idOffset), ID_SPACE);
        List<String> counties = areas.get(enterprise);
        // the county follows the worker, not the month
        String area = counties.get((int) Math.floorMod(v * 31 + 7, (long) counties.size()));
        LocalDate birth = FIRST_BIRTH.plusDays(v / 1000);
        String first17 = area + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), v % 1000);
        return first17 + CitizenId.checkCharacter(first17);
    }

    private static char wrongCheck(char right) {
        return right == '0' ? '1' : '0';
    }

    private static LocalDate clamp(YearMonth period, LocalDate day) {
        return day.isBefore(period.atDay(1)) ? period.atDay(1) : day.isAfter(period.atEndOfMonth()) ? period.atEndOfMonth() : day;
    }

    /** Where a month's defects are planted: drawn from the seed and the month alone. */
    private Plan plan(YearMonth period) {
        List<Figures> all = sample.figures(period);
        Random r = new Random(sample.seed() * 65_537 + period.getMonthValue());
        Plan plan = new Plan();
        List<Figures> eligible = all.stream().filter(f -> f.reported() && !f.conflict() && f.inCentre() > 0).toList();
        while (plan.mismatchAt.size() < Math.min(MISMATCHES_PER_MONTH, eligible.size())) {
            plan.mismatchAt.put(eligible.get(r.nextInt(eligible.size())).index(), Boolean.TRUE);
        }
        List<Figures> withRows = all.stream().filter(f -> f.inCentre() > 0).toList();
        for (int i = 0; i < BAD_ROWS_PER_MONTH && !withRows.isEmpty(); i++) {
            Figures f = withRows.get(r.nextInt(withRows.size()));
            long after = r.nextInt((int) Math.min(Integer.MAX_VALUE, f.inCentre()));
            List<Long> list = plan.badAfter.computeIfAbsent(f.index(), k -> new ArrayList<>());
            list.add(after);
            list.sort(null);
        }
        return plan;
    }

    private static final class Plan {
        final TreeMap<Integer, Boolean> mismatchAt = new TreeMap<>();
        final TreeMap<Integer, List<Long>> badAfter = new TreeMap<>();
    }
}
