package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.csv.CsvProfile;
import io.github.baozhang.adapter.csv.CsvWriter;
import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.csv.WorkerRow;
import io.github.baozhang.adapter.json.DisbursementSummaryJson;
import io.github.baozhang.adapter.spi.FeedListener;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DuplicateRecipients;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ingest FILE --profile NAME --period YYYY-MM [--threads N] [--duplicates] [--out FILE]
 * [--rejects FILE]}: streams a worker-row feed, validates every row, writes
 * {@code disbursement-summary@1} (stdout or {@code --out}) and, with {@code --rejects}, every
 * rejected row with its line and reason, IDs masked. Exit 0 all accepted, 1 some rejected
 * (summary still written) or the document rejected (nothing written), 2 usage or I/O error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Streams a worker-row CSV feed, validates every row, and writes the summary "
                + "(baozhang/disbursement-summary@1) as JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all rows accepted", "1:some rows rejected (summary still written), or the document rejected",
            "2:usage or I/O error"})
final class IngestCommand implements Callable<Integer> {

    /** The profiles {@code --profile} names: the province profile, then the CSV profile. */
    private static final Map<String, CsvProfile> PROFILES = Map.of(
            "national", CsvProfile.national(),
            "gbk-chinese", CsvProfile.gbkChinese());

    /** This command's own words, zh and en (kept here so the shared {@link Texts} stays as it is). */
    private static final Map<String, String[]> TEXTS = Map.of(
            "unknownProfile", new String[] {"未知的省份配置 %s（可用：%s）", "unknown profile %s (known: %s)"},
            "badPeriod", new String[] {"期间 %s 应为 YYYY-MM", "the period %s should be YYYY-MM"},
            "badThreads", new String[] {"线程数 %d 应至少为 1", "threads %d should be 1 or more"},
            "cannotWrite", new String[] {"无法写入 %s：%s", "cannot write %s: %s"},
            "ingestSummary", new String[] {"%s：读取 %d 行，接受 %d 行，拒绝 %d 行", "%s: %d rows read, %d accepted, %d rejected"},
            "duplicatesSummary", new String[] {"重复领取：%d 处", "duplicate recipients: %d"});

    @ParentCommand
    private BaozhangCli parent;

    @Mixin
    LangOption lang;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file",
            description = "A worker-row CSV feed (the national worker-row CSV).")
    private Path file;

    @Option(names = "--profile", required = true, paramLabel = "NAME",
            description = "The province profile of the feed: national (UTF-8, English headers) or gbk-chinese.")
    private String profile;

    @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The period the rows must belong to.")
    private String period;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads to read with (default 1); results are the same for every N.")
    private int threads;

    @Option(names = "--duplicates",
            description = "Also look for duplicate recipients (one ID in two enterprises): a second pass on one thread, "
                    + "memory in proportion to the rows (about 200 bytes a row).")
    private boolean duplicates;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the summary here instead of stdout.")
    private Path out;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected row here as CSV: line, field, code, message (IDs masked).")
    private Path rejects;

    @Override
    public Integer call() {
        Lang l = lang.lang();
        ProblemFormatter formatter = ProblemFormatter.of(l.locale());
        CsvProfile csv = PROFILES.get(profile);
        if (csv == null) {
            return usage(l, text(l, "unknownProfile", profile, String.join(", ", new java.util.TreeSet<>(PROFILES.keySet()))));
        }
        YearMonth month;
        try {
            month = YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            return usage(l, text(l, "badPeriod", period));
        }
        if (threads < 1) {
            return usage(l, text(l, "badThreads", threads));
        }
        if (!Files.isRegularFile(file)) {
            parent.err.println(Texts.get(l, "cannotRead", file, Texts.get(l, "noSuchFile")));
            return BaozhangCli.USAGE_OR_IO;
        }
        NationalWorkerRowReader reader = NationalWorkerRowReader.of(month, ProvinceProfile.national(), csv).withThreads(threads);
        PeriodDisbursementSummary summary;
        int findings = 0;
        try (RejectsFile sink = rejects == null ? null : new RejectsFile(rejects, formatter)) {
            // without --rejects, rejected rows are counted and not kept (bounded memory on N threads)
            summary = sink == null ? reader.summarize(Source.of(file)) : reader.summarize(Source.of(file), sink);
            if (summary.isDocumentRejected()) {
                summary.documentViolations().forEach(v -> parent.err.println(formatter.format(v)));
                return 1;
            }
            if (duplicates) {
                findings = duplicates(reader, formatter, sink);
            }
        } catch (UncheckedIOException e) {
            parent.err.println(text(l, "cannotWrite", rejects, e.getCause().getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        } catch (IOException | RuntimeException e) {
            parent.err.println(Texts.get(l, "cannotRead", file, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
        try {
            if (out == null) {
                DisbursementSummaryJson.sink().write(summary, parent.out);
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    DisbursementSummaryJson.sink().write(summary, o);
                }
            }
        } catch (IOException e) {
            parent.err.println(text(l, "cannotWrite", out == null ? "stdout" : out, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
        PeriodDisbursementSummary.Rows rows = summary.rows();
        parent.err.println(text(l, "ingestSummary", file, rows.read(), rows.accepted(), rows.rejected()));
        if (duplicates) {
            parent.err.println(text(l, "duplicatesSummary", findings));
        }
        // A sum beyond the 64-bit range is written exactly, and is a violation (E1002): the
        // nation's sums bound every other sum, so checking them is enough.
        List<Violation> outOfRange = summary.national().check();
        outOfRange.forEach(v -> parent.err.println(formatter.format(v)));
        return rows.rejected() > 0 || !outOfRange.isEmpty() ? 1 : 0;
    }

    static String text(Lang lang, String key, Object... args) {
        return String.format(TEXTS.get(key)[lang == Lang.zh ? 0 : 1], args);
    }

    private int usage(Lang l, String message) {
        parent.err.println(message);
        return BaozhangCli.USAGE_OR_IO;
    }

    /** The second pass of {@code --duplicates}: each accepted row's ID, enterprise and province. */
    private int duplicates(NationalWorkerRowReader reader, ProblemFormatter formatter, RejectsFile sink) throws IOException {
        DuplicateRecipients detector = DuplicateRecipients.create();
        Map<OrganizationCode, OrganizationCode> enterprises = new HashMap<>();
        Map<DivisionCode, DivisionCode> provinces = new HashMap<>();
        int[] found = {0};
        reader.read(Source.of(file), new FeedListener<WorkerRow>() {
            @Override
            public void accepted(WorkerRow row, Location location) {
                // one instance per enterprise and province, so the detector keeps only the IDs per row
                OrganizationCode e = enterprises.computeIfAbsent(row.enterpriseId(), k -> k);
                DivisionCode p = provinces.computeIfAbsent(row.province(), k -> k);
                detector.add(row.workerId(), row.period(), e, p).ifPresent(f -> {
                    found[0]++;
                    parent.err.println(location.line().orElse(0) + ": " + formatter.format(f));
                    if (sink != null) {
                        sink.finding(location, f);
                    }
                });
            }

            @Override
            public void rejected(RejectedRecord record) {
                // already reported by the first pass
            }

            @Override
            public void documentRejected(Violation violation) {
                // already reported by the first pass
            }
        });
        return found[0];
    }

    /** The rejects file: CSV {@code line,field,code,message}, one line per violation, IDs masked. */
    private static final class RejectsFile implements Consumer<RejectedRecord>, AutoCloseable {
        private final OutputStream stream;
        private final CsvWriter csv;
        private final ProblemFormatter formatter;

        RejectsFile(Path path, ProblemFormatter formatter) throws IOException {
            this.stream = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            this.csv = CsvWriter.to(stream, false);
            this.formatter = formatter;
            csv.text("line").text("field").text("code").text("message").endRow();
        }

        @Override
        public void accept(RejectedRecord record) {
            try {
                for (Violation v : record.violations()) {
                    csv.number(v.location().line().orElse(record.location().line().orElse(0)))
                            .text(v.location().field().orElse("")).text(v.code().code())
                            .text(formatter.message(v.code(), masked(v))).endRow();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finding(Location at, Finding f) {
            try {
                csv.number(at.line().orElse(0)).text("worker_id").text(f.code().code())
                        .text(formatter.message(f.code(), f.arguments())).endRow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The arguments of a violation, with the birth date of a citizen ID starred. */
        static Map<String, String> masked(Violation v) {
            if (v.code() != ProblemCode.CITIZEN_ID_BIRTH_DATE || !v.arguments().containsKey("birthDate")) {
                return v.arguments();
            }
            Map<String, String> m = new LinkedHashMap<>(v.arguments());
            m.put("birthDate", "********");
            return m;
        }

        @Override
        public void close() throws IOException {
            csv.flush();
            stream.close();
        }
    }
}
