package io.github.baozhang.examples.benchmarks;

import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The baseline a typical library would write: Jackson CSV binds each line to a record of
 * Strings and longs, the record is validated with core's public checks (period, division codes,
 * organisation code, citizen ID, amounts, paid date with {@link LocalDate#parse}), and the
 * accepted rows are summed in a {@code HashMap<String, long[]>} keyed by province and
 * enterprise. Same job as the Baozhang reader; one thread.
 */
public final class JacksonBaseline {

    /** One CSV line as Jackson binds it. */
    public record Row(String period, String provinceCode, String cityCode, String enterpriseCode, String workerId,
            long allowanceDueFen, long allowancePaidFen, long contributionsDueFen, long contributionsPaidFen,
            String paidDate) {
    }

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private JacksonBaseline() {
    }

    /**
     * Reads, validates and sums a file.
     *
     * @param file  the national worker-row CSV
     * @param period  the period
     * @param payDate  the pay date
     * @return accepted, rejected, then the national rows, paid in full, on time and four sums
     * @throws IOException if the file cannot be read
     */
    public static long[] run(Path file, YearMonth period, LocalDate payDate) throws IOException {
        String periodText = period.toString();
        Map<String, long[]> byEnterprise = new HashMap<>();
        long accepted = 0;
        long rejected = 0;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<Row> it = MAPPER.readerFor(Row.class).with(schema).readValues(in)) {
            while (it.hasNextValue()) {
                Row r = it.nextValue();
                if (!valid(r, periodText)) {
                    rejected++;
                    continue;
                }
                LocalDate paid = r.paidDate().isEmpty() ? null : parse(r.paidDate());
                if (paid == null && (!r.paidDate().isEmpty() || r.allowancePaidFen() > 0 || r.contributionsPaidFen() > 0)) {
                    rejected++;
                    continue;
                }
                accepted++;
                long[] a = byEnterprise.computeIfAbsent(r.provinceCode() + "/" + r.enterpriseCode(), k -> new long[7]);
                a[0]++;
                if (r.allowancePaidFen() >= r.allowanceDueFen() && r.contributionsPaidFen() >= r.contributionsDueFen()) {
                    a[1]++;
                }
                if ((r.allowanceDueFen() == 0 && r.contributionsDueFen() == 0) || (paid != null && !paid.isAfter(payDate))) {
                    a[2]++;
                }
                a[3] = Math.addExact(a[3], r.allowanceDueFen());
                a[4] = Math.addExact(a[4], r.allowancePaidFen());
                a[5] = Math.addExact(a[5], r.contributionsDueFen());
                a[6] = Math.addExact(a[6], r.contributionsPaidFen());
            }
        }
        Map<String, long[]> byProvince = new TreeMap<>();
        long[] nation = new long[7];
        for (Map.Entry<String, long[]> e : byEnterprise.entrySet()) {
            long[] p = byProvince.computeIfAbsent(e.getKey().substring(0, 6), k -> new long[7]);
            for (int i = 0; i < 7; i++) {
                p[i] = Math.addExact(p[i], e.getValue()[i]);
                nation[i] = Math.addExact(nation[i], e.getValue()[i]);
            }
        }
        return new long[] {accepted, rejected, nation[0], nation[1], nation[2], nation[3], nation[4], nation[5], nation[6]};
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean valid(Row r, String period) {
        if (!period.equals(r.period())) {
            return false;
        }
        Parsed<DivisionCode> province = DivisionCode.check(r.provinceCode());
        Parsed<DivisionCode> city = DivisionCode.check(r.cityCode());
        if (!province.isValid() || province.value().level() != DivisionLevel.PROVINCE || !city.isValid()
                || city.value().level() == DivisionLevel.PROVINCE || !city.value().province().equals(province.value())) {
            return false;
        }
        if (!OrganizationCode.check(r.enterpriseCode()).isValid() || !CitizenId.check(r.workerId()).isValid()) {
            return false;
        }
        return (r.allowanceDueFen() | r.allowancePaidFen() | r.contributionsDueFen() | r.contributionsPaidFen()) >= 0;
    }
}
