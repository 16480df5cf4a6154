package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.report.ReportSummary;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rollup --period YYYY-MM --registry FILE REPORTS…}: the bulletin of one period. Exit 0,
 * 1 if any input was rejected (the bulletin is still written), 2 usage or I/O error (nothing
 * written).
 */
@Command(name = "rollup", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Rolls up the monthly reports of one period into the bulletin (baozhang/bulletin@1).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:some input rejected (the bulletin is still written)", "2:usage or I/O error"})
final class RollupCommand implements Callable<Integer> {

    @ParentCommand
    private BaozhangCli parent;

    @Mixin
    LangOption lang;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", converter = PeriodConverter.class,
            description = "The period rolled up; reports of other periods are skipped and counted.")
    private YearMonth period;

    @Option(names = "--registry", required = true, paramLabel = "FILE",
            description = "The monitored enterprises (baozhang/enterprises@1).")
    private Path registry;

    @Parameters(arity = "1..*", paramLabel = "REPORTS", descriptionKey = "reports", description = "Monthly reports (baozhang/monthly-reports@1).")
    private List<Path> reports;

    @Option(names = "--incidents", paramLabel = "FILE", description = "Incidents (baozhang/incidents@1): add alerts, not counts.")
    private Path incidents;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Holidays and working weekend days (baozhang/calendar@1); weekends only when absent.")
    private Path calendar;

    @Option(names = "--format", paramLabel = "json|csv|html|md", defaultValue = "json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private BulletinOutput.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the bulletin here instead of stdout.")
    private Path out;

    @Mixin
    ProfileOption profile;

    @Override
    public Integer call() {
        Lang l = lang.lang();
        ProblemFormatter formatter = ProblemFormatter.of(l.locale());
        Optional<List<ProvinceProfile>> profiles = profile.profiles(l, parent.err);
        if (profiles.isEmpty()) {
            return profile.exitCode();
        }
        if (!BulletinOutput.rollupFormats().contains(format)) {
            parent.err.println(Texts.get(l, "formatUnavailable", format, BulletinOutput.rollupFormats()));
            return BaozhangCli.USAGE_OR_IO;
        }
        List<Path> inputs = new ArrayList<>();
        inputs.add(registry);
        inputs.addAll(reports);
        if (calendar != null) {
            inputs.add(calendar);
        }
        if (incidents != null) {
            inputs.add(incidents);
        }
        boolean unreadable = false;
        for (Path file : inputs) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                parent.err.println(Texts.get(l, "cannotRead", file, Texts.get(l, "noSuchFile")));
                unreadable = true;
            }
        }
        if (unreadable) {
            return BaozhangCli.USAGE_OR_IO;
        }
        List<Violation> rejected = new ArrayList<>();
        Loaded<Enterprise> registered;
        List<Loaded<MonthlyReport>> reportFiles = new ArrayList<>();
        HolidayCalendar days = HolidayCalendar.weekendsOnly();
        List<Incident> incidentList = new ArrayList<>();
        Path reading = registry;
        try {
            registered = Loaded.read(Source.of(registry), InterchangeJson.enterpriseReader());
            rejected.addAll(registered.violations);
            for (Path file : reports) {
                reading = file;
                Loaded<MonthlyReport> loaded = Loaded.read(Source.of(file), InterchangeJson.monthlyReportReader());
                rejected.addAll(loaded.violations);
                reportFiles.add(loaded);
            }
            if (calendar != null) {
                reading = calendar;
                Loaded<HolidayCalendar> read = Loaded.read(Source.of(calendar), InterchangeJson.calendarReader());
                rejected.addAll(read.violations);
                if (!read.values.isEmpty()) {
                    days = read.values.get(0);
                }
            }
            if (incidents != null) {
                reading = incidents;
                Loaded<Incident> read = Loaded.read(Source.of(incidents), InterchangeJson.incidentReader());
                rejected.addAll(read.violations);
                incidentList.addAll(read.values);
            }
        } catch (IOException | RuntimeException e) {
            parent.err.println(Texts.get(l, "cannotRead", reading, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
        RollupJob.Outcome outcome = RollupJob.run(period, registered.values, reportFiles, incidentList, days, profiles.get());
        rejected.addAll(outcome.rejected);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            BulletinOutput.write(outcome.result, Optional.empty(), Optional.empty(), format, l, bytes);
            if (out == null) {
                parent.out.write(bytes.toByteArray());
                parent.out.flush();
            } else {
                Path parentDir = out.toAbsolutePath().getParent();
                if (parentDir != null) {
                    Files.createDirectories(parentDir);
                }
                Files.write(out, bytes.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            parent.err.println(Texts.get(l, "cannotWrite", out == null ? "stdout" : out, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
        rejected.forEach(v -> parent.err.println(Texts.get(l, "error") + formatter.format(v)));
        outcome.warnings.forEach(v -> parent.err.println(Texts.get(l, "warning") + formatter.format(v)));
        if (outcome.skipped > 0) {
            parent.err.println(Texts.get(l, "skipped", outcome.skipped, period));
        }
        ReportSummary n = outcome.bulletin().national();
        parent.err.println(Texts.get(l, "rollupSummary", period, n.monitored(), n.reported(), n.onTime(), rejected.size()));
        return rejected.isEmpty() ? 0 : 1;
    }
}
