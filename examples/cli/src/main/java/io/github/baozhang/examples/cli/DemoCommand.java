package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.examples.cli.sample.Sample;
import io.github.baozhang.examples.cli.sample.SampleDocuments;
import io.github.baozhang.examples.cli.sample.SampleWorkerRows;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.EnterpriseMonthSummary;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.reporting.CrossChecks;
import java.io.BufferedOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import io.github.baozhang.funding.Backstop;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.funding.Payer;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.reporting.Indicator;
import io.github.baozhang.reporting.Indicators;
import io.github.baozhang.reporting.ProvinceRanking;
import io.github.baozhang.reporting.Trend;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Severity;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.ReportSummary;
import io.github.baozhang.validation.BaozhangValidator;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo [--out DIR]}: the main job on the bundled synthetic sample — validate, fund, roll up
 * each of the twelve months, write the bulletins, print a summary. Exit 0; 2 when DIR cannot be
 * written.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The main job on the bundled synthetic sample of the 151 monitored enterprises: validates, "
                + "funds, rolls up the twelve months of 2000, ingests one month's worker rows and checks the reports' "
                + "control totals against them, writes the bulletins to DIR and prints a summary.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error, or DIR cannot be written"})
final class DemoCommand implements Callable<Integer> {

    private static final int WEAKEST = 3;
    private static final int ALERTS_SHOWN = 5;
    private static final int ROW_THREADS = 2;

    @ParentCommand
    private BaozhangCli parent;

    @Mixin
    LangOption lang;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where to write the sample and the bulletins (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Sample.DEFAULT_SEED,
            description = "The seed of the synthetic sample (default: ${DEFAULT-VALUE}, the bundled sample).")
    private long seed;

    @Option(names = "--rows-month", paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "The month whose worker rows (one per worker in the centre, about 360,000) are written and "
                    + "ingested (default: the last month of the sample).")
    private YearMonth rowsMonth;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        Lang l = lang.lang();
        Optional<List<ProvinceProfile>> profiles = profile.profiles(l, parent.err);
        if (profiles.isEmpty()) {
            return profile.exitCode();
        }
        boolean progress = isTerminal();
        Sample sample = Sample.generate(seed);
        YearMonth rows = rowsMonth == null ? sample.periods().get(sample.periods().size() - 1) : rowsMonth;
        if (!sample.periods().contains(rows)) {
            parent.err.println(Texts.get(l, "demoRowsMonth", rows, sample.periods().get(0),
                    sample.periods().get(sample.periods().size() - 1)));
            return BaozhangCli.USAGE_OR_IO;
        }
        Map<String, byte[]> documents = SampleDocuments.of(sample).all();
        Path sampleDir = out.resolve("sample");
        Path writing = out;
        try {
            Files.createDirectories(sampleDir);
            for (Map.Entry<String, byte[]> d : documents.entrySet()) {
                writing = sampleDir.resolve(d.getKey());
                Files.write(writing, d.getValue());
            }
            if (progress) {
                parent.err.println(Texts.get(l, "demoWriting", sampleDir));
            }
            if (progress) {
                parent.err.println(Texts.get(l, "demoRowsWriting", rows));
            }
            writing = sampleDir.resolve("worker-rows-" + rows + ".csv");
            try (OutputStream o = Files.newOutputStream(writing)) {
                SampleWorkerRows.of(sample).write(rows, o);
            }
            writing = out;
            return run(l, sample, sampleDir, rows, profiles.get(), progress);
        } catch (IOException | RuntimeException e) {
            parent.err.println(Texts.get(l, "cannotWrite", writing, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
    }

    private int run(Lang l, Sample sample, Path sampleDir, YearMonth rowsMonth, List<ProvinceProfile> profiles,
            boolean progress)
            throws IOException {
        ProblemFormatter formatter = ProblemFormatter.of(l.locale());
        parent.out.println(Texts.get(l, "demoTitle", Sample.YEAR, sample.seed()));

        // 1. Validate: read the documents back with the strict readers, then the rules.
        Loaded<Enterprise> registry = Loaded.read(Source.of(sampleDir.resolve("enterprises.json")),
                InterchangeJson.enterpriseReader());
        List<Violation> violations = new ArrayList<>(registry.violations);
        BaozhangValidator validator = BaozhangValidator.shared();
        violations.addAll(validator.validateRegistry(registry.values));
        List<Loaded<MonthlyReport>> files = new ArrayList<>();
        List<MonthlyReport> all = new ArrayList<>();
        for (YearMonth month : sample.periods()) {
            Loaded<MonthlyReport> file = Loaded.read(Source.of(sampleDir.resolve("reports-" + month + ".json")),
                    InterchangeJson.monthlyReportReader());
            violations.addAll(file.violations);
            files.add(file);
            all.addAll(file.values);
        }
        violations.addAll(validator.validateReports(all, registry.values));
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        violations.forEach(v -> parent.err.println(formatter.format(v)));
        parent.out.println(Texts.get(l, "demoValidated", registry.values.size(), all.size(), errors));

        // 2. Fund the year of every enterprise.
        try (OutputStream results = Files.newOutputStream(out.resolve("funding-results.json"))) {
            ReadSummary funded = InterchangeJson.fund(Source.of(sampleDir.resolve("funding-cases.json")), results,
                    FundCommand.messages(l));
            if (!funded.isClean()) {
                parent.err.println(Texts.get(l, "fundSummary", "funding-cases.json", funded.read(), funded.rejected()));
            }
        }
        fundingSummary(l, sample.fundingCases());

        // 3. Roll up each month; then write each bulletin with the month before and the year's trend.
        List<RollupJob.Outcome> outcomes = new ArrayList<>();
        List<Bulletin> bulletins = new ArrayList<>();
        long rejected = 0;
        for (YearMonth month : sample.periods()) {
            if (progress) {
                parent.err.println(Texts.get(l, "demoMonth", month));
            }
            // A month's reports arrive in its batch; its amendments (revision 2) with the next one.
            int i = month.getMonthValue() - 1;
            List<Loaded<MonthlyReport>> batches = files.subList(i, Math.min(files.size(), i + 2));
            RollupJob.Outcome outcome = RollupJob.run(month, registry.values, batches, sample.incidents(),
                    sample.calendar(), profiles);
            rejected += outcome.rejected.size();
            outcomes.add(outcome);
            bulletins.add(outcome.bulletin());
        }
        Optional<Trend> trend = Optional.of(Trend.of(Sample.YEAR, bulletins));
        for (int i = 0; i < outcomes.size(); i++) {
            RollupJob.Outcome outcome = outcomes.get(i);
            Optional<Bulletin> previous = i == 0 ? Optional.empty() : Optional.of(bulletins.get(i - 1));
            for (BulletinOutput.Format format : BulletinOutput.available()) {
                Path file = out.resolve("bulletin-" + outcome.bulletin().period() + "." + format);
                try (OutputStream o = Files.newOutputStream(file)) {
                    BulletinOutput.write(outcome.result, previous, trend, format, l, o);
                }
            }
        }
        yearSummary(l, formatter, bulletins, rejected);
        workerRows(l, formatter, sampleDir, rowsMonth, files);
        parent.out.println(Texts.get(l, "demoOut", out, BulletinOutput.available()));
        parent.out.flush();
        return 0;
    }

    /**
     * Step 4: ingests one month's worker rows as {@code ingest} does (two threads), writes the
     * disbursement summary, and checks that month's reports against the rows' control totals.
     */
    private void workerRows(Lang l, ProblemFormatter formatter, Path sampleDir, YearMonth month,
            List<Loaded<MonthlyReport>> files) throws IOException {
        NationalWorkerRowReader reader = NationalWorkerRowReader.of(month).withThreads(ROW_THREADS);
        PeriodDisbursementSummary summary = reader.summarize(Source.of(sampleDir.resolve("worker-rows-" + month + ".csv")));
        try (OutputStream o = new BufferedOutputStream(
                Files.newOutputStream(out.resolve("disbursement-summary-" + month + ".json")))) {
            InterchangeJson.disbursementSummarySink().write(summary, o);
        }
        Map<OrganizationCode, EnterpriseMonthSummary> byEnterprise = new HashMap<>();
        for (PeriodDisbursementSummary.Enterprise e : summary.enterprises()) {
            byEnterprise.put(e.enterpriseId(), EnterpriseMonthSummary.of(e.enterpriseId(), month, e.summary()));
        }
        // The month's reports: its batch and the next (where its amendments travel), the latest revision of each.
        Map<OrganizationCode, MonthlyReport> latest = new LinkedHashMap<>();
        int i = month.getMonthValue() - 1;
        for (Loaded<MonthlyReport> file : files.subList(i, Math.min(files.size(), i + 2))) {
            for (MonthlyReport report : file.values) {
                if (report.period().equals(month)) {
                    latest.merge(report.enterpriseId(), report, (a, b) -> b.revision() > a.revision() ? b : a);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        long mismatched = 0;
        for (MonthlyReport report : latest.values()) {
            EnterpriseMonthSummary rows = byEnterprise.getOrDefault(report.enterpriseId(),
                    EnterpriseMonthSummary.of(report.enterpriseId(), month, DisbursementSummary.identity()));
            List<Finding> found = CrossChecks.againstRows(report, rows);
            findings.addAll(found);
            mismatched += found.isEmpty() ? 0 : 1;
        }
        PeriodDisbursementSummary.Rows counts = summary.rows();
        parent.out.println(Texts.get(l, "demoRows", month, counts.read(), counts.accepted(), counts.rejected(),
                latest.size(), mismatched));
        findings.forEach(f -> parent.out.println("  " + f.code().code() + " " + formatter.format(f)));
    }

    private void fundingSummary(Lang l, List<FundingCase> cases) {
        List<FundingResult> results = InterchangeJson.fund(cases).results();
        long requirement = 0;
        long received = 0;
        long gap = 0;
        Map<Payer, Long> backstops = new EnumMap<>(Payer.class);
        for (FundingResult r : results) {
            requirement = Math.addExact(requirement, r.requirement().fen());
            received = Math.addExact(received, r.received().total().fen());
            gap = Math.addExact(gap, r.gapTotal().fen());
            for (Backstop b : r.backstops()) {
                backstops.merge(b.payer(), b.amount().fen(), Math::addExact);
            }
        }
        StringBuilder by = new StringBuilder();
        backstops.forEach((payer, fen) -> by.append(by.length() == 0 ? "" : ", ")
                .append(Texts.get(l, "payer." + payer.name())).append(' ').append(yuan(fen)));
        parent.out.println(Texts.get(l, "demoFunded", yuan(requirement), yuan(received), percent(received, requirement),
                yuan(gap), by));
    }

    private void yearSummary(Lang l, ProblemFormatter formatter, List<Bulletin> bulletins, long rejected) {
        ReportSummary year = ReportSummary.identity();
        Map<DivisionCode, ReportSummary> provinces = new TreeMap<>();
        Map<String, Long> alertsByCode = new TreeMap<>();
        for (Bulletin b : bulletins) {
            year = year.merge(b.national());
            b.provinces().forEach((code, s) -> provinces.merge(code, s, ReportSummary::merge));
            for (Finding f : b.alerts()) {
                alertsByCode.merge(f.code().code() + " " + f.code().name(), 1L, Long::sum);
            }
        }
        parent.out.println(Texts.get(l, "demoYear", percent(year.reported(), year.monitored()), year.reported(),
                year.monitored(), percent(year.onTime(), year.monitored()), year.onTime(), year.monitored(), rejected));
        Gb2260 names = Gb2260.of(Gb2260Revision.R1999);
        String span = bulletins.get(0).period() + "…" + bulletins.get(bulletins.size() - 1).period();
        parent.out.println(Texts.get(l, "demoWeakest", span));
        // The library's ranking (overall arrival, then timeliness, then completeness) of the year.
        Bulletin yearBulletin = Bulletin.of(bulletins.get(bulletins.size() - 1).period(), year, provinces, Map.of(), List.of());
        List<ProvinceRanking.Entry> ranked = new ArrayList<>(ProvinceRanking.of(yearBulletin).entries());
        Collections.reverse(ranked);
        for (ProvinceRanking.Entry e : ranked.subList(0, Math.min(WEAKEST, ranked.size()))) {
            Indicators in = e.indicators();
            parent.out.println(Texts.get(l, "demoProvince", e.rank(), e.province(),
                    names.find(e.province()).map(d -> d.name()).orElse(""), percent(in.arrivalOverall()),
                    in.summary().onTime(), in.summary().monitored(), percent(in.allowancePaidShare())));
        }
        long total = alertsByCode.values().stream().mapToLong(Long::longValue).sum();
        parent.out.println(Texts.get(l, "demoAlerts", span, total));
        alertsByCode.forEach((code, count) -> {
            String[] parts = code.split(" ", 2);
            parent.out.println(Texts.get(l, "demoAlertCount", parts[0], parts[1], count));
        });
        Bulletin last = bulletins.get(bulletins.size() - 1);
        last.alerts().stream().limit(ALERTS_SHOWN).forEach(f -> parent.out.println("  " + last.period() + " " + formatter.format(f)));
        if (last.alerts().size() > ALERTS_SHOWN) {
            parent.out.println(Texts.get(l, "demoMore"));
        }
    }

    /**
     * Whether the standard streams are a terminal: a console exists and, on JDK 22 and later
     * (where a console exists even when redirected), {@code Console.isTerminal()} says so.
     */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** An indicator as a percentage (see {@link #percent(long, long)}). */
    static String percent(Indicator indicator) {
        if (indicator.denominator().signum() == 0) {
            return "-";
        }
        BigInteger bp = indicator.numerator().multiply(BigInteger.valueOf(10_000)).divide(indicator.denominator());
        BigInteger[] qr = bp.divideAndRemainder(BigInteger.valueOf(100));
        return String.format("%d.%02d%%", qr[0], qr[1].intValue());
    }

    /** Fen as yuan with two decimals and thousands separators, exactly. */
    static String yuan(long fen) {
        String sign = fen < 0 ? "-" : "";
        BigInteger abs = BigInteger.valueOf(fen).abs();
        BigInteger[] qr = abs.divideAndRemainder(BigInteger.valueOf(100));
        return String.format("%s%,d.%02d", sign, qr[0], qr[1].intValue());
    }

    /** A share as a percentage with two decimals, rounded down exactly; "-" when the whole is zero. */
    static String percent(long part, long whole) {
        if (whole == 0) {
            return "-";
        }
        BigInteger bp = BigInteger.valueOf(part).multiply(BigInteger.valueOf(10_000)).divide(BigInteger.valueOf(whole));
        BigInteger[] qr = bp.divideAndRemainder(BigInteger.valueOf(100));
        return String.format("%d.%02d%%", qr[0], qr[1].intValue());
    }
}
