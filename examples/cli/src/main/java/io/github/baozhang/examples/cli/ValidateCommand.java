package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Severity;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.BaozhangValidator;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code validate FILE…}: checks {@code enterprises@1}, {@code funding-cases@1} and
 * {@code monthly-reports@1} documents, each alone and each report's enterprise against the
 * registries given beside it. Exit 0 clean, 1 violations, 2 usage or I/O error (2 outranks 1).
 * Warnings never change the exit code.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks documents (baozhang/enterprises@1, baozhang/funding-cases@1, "
                + "baozhang/monthly-reports@1, baozhang/province-profile@1, baozhang/incidents@1, baozhang/calendar@1, "
                + "baozhang/disbursements@1, baozhang/bulletin@1), each alone and each report against the registries given beside it; "
                + "prints each violation with where and why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:violations", "2:usage or I/O error (outranks 1)"})
final class ValidateCommand implements Callable<Integer> {

    private static final Pattern INDEX = Pattern.compile("^/(?:enterprises|reports)/(\\d+)");

    @ParentCommand
    private BaozhangCli parent;

    @Mixin
    LangOption lang;

    @Option(names = "--json", description = "Print the violations as JSON on stdout.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files", description = "Documents to check.")
    private List<Path> files;

    /** One file read by the reader of its kind. */
    private static final class Read {
        final Path file;
        final ReadResult<?> result;
        final FeedReader<?> reader;

        Read(Path file, FeedReader<?> reader, ReadResult<?> result) {
            this.file = file;
            this.reader = reader;
            this.result = result;
        }
    }

    @Override
    public Integer call() {
        Lang l = lang.lang();
        int exit = 0;
        List<Read> reads = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                parent.err.println(Texts.get(l, "cannotRead", file, Texts.get(l, "noSuchFile")));
                exit = BaozhangCli.USAGE_OR_IO;
                continue;
            }
            try {
                reads.add(read(file));
            } catch (IOException | RuntimeException e) {
                parent.err.println(Texts.get(l, "cannotRead", file, e.getMessage()));
                exit = BaozhangCli.USAGE_OR_IO;
            }
        }
        List<Enterprise> registry = new ArrayList<>();
        boolean registryGiven = false;
        for (Read r : reads) {
            if (r.reader.kind().equals(InterchangeJson.enterpriseReader().kind()) && !r.result.summary().isDocumentRejected()) {
                registryGiven = true;
                r.result.values().forEach(v -> registry.add((Enterprise) v));
            }
        }
        BaozhangValidator validator = BaozhangValidator.shared();
        List<Violation> violations = new ArrayList<>();
        for (Read r : reads) {
            violations.addAll(r.result.summary().documentViolations());
            for (RejectedRecord rejected : r.result.rejected()) {
                violations.addAll(rejected.violations());
            }
            violations.addAll(check(validator, r, registryGiven ? registry : null));
        }
        ProblemFormatter formatter = ProblemFormatter.of(l.locale());
        long errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Violation v : violations) {
                list.add(toJson(v, formatter));
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("violations", list);
            parent.out.println(InterchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            parent.out.flush();
        } else {
            violations.forEach(v -> parent.err.println(severityTag(v) + formatter.format(v)));
        }
        parent.err.println(Texts.get(l, "validateSummary", files.size(), errors, violations.size() - errors));
        if (exit == 0 && errors > 0) {
            exit = 1;
        }
        return exit;
    }

    private static String severityTag(Violation v) {
        return v.severity() == Severity.ERROR ? "ERROR " : "WARNING ";
    }

    /**
     * Reads a file with the reader of its kind: the first reader that does not refuse the
     * document's {@code format}; if every reader refuses it, the first one's violations stand
     * (a document that is not JSON is reported with its line and column).
     */
    private static Read read(Path file) throws IOException {
        Source source = Source.of(file);
        List<FeedReader<?>> readers = List.of(InterchangeJson.enterpriseReader(), InterchangeJson.fundingCaseReader(),
                InterchangeJson.monthlyReportReader(), InterchangeJson.provinceProfileReader(), InterchangeJson.incidentReader(),
                InterchangeJson.calendarReader(), InterchangeJson.disbursementReader(), InterchangeJson.bulletinReader());
        Read first = null;
        for (FeedReader<?> reader : readers) {
            ReadResult<?> result = reader.readAll(source);
            Read r = new Read(file, reader, result);
            boolean wrongKind = result.summary().documentViolations().stream()
                    .anyMatch(v -> v.code() == ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED);
            if (!wrongKind) {
                return r;
            }
            if (first == null) {
                first = r;
            }
        }
        return first;
    }

    /** The validator's rules on the values the reader accepted, located where the reader found them. */
    private static List<Violation> check(BaozhangValidator validator, Read r, List<Enterprise> registry) {
        ReadResult<?> result = r.result;
        if (result.summary().isDocumentRejected() || result.values().isEmpty()) {
            return List.of();
        }
        List<Location> where = result.locations();
        List<Violation> out = new ArrayList<>();
        Object first = result.values().get(0);
        if (first instanceof Enterprise) {
            List<Enterprise> values = cast(result.values());
            for (Violation v : validator.validateRegistry(values)) {
                out.add(relocate(v, where, -1));
            }
        } else if (first instanceof MonthlyReport) {
            List<MonthlyReport> values = cast(result.values());
            if (registry != null) {
                for (Violation v : validator.validateReports(values, registry)) {
                    out.add(relocate(v, where, -1));
                }
            } else {
                for (int i = 0; i < values.size(); i++) {
                    for (Violation v : validator.validate(values.get(i))) {
                        out.add(relocate(v, where, i));
                    }
                }
            }
        } else if (first instanceof ProvinceProfile) {
            List<ProvinceProfile> values = cast(result.values());
            for (int i = 0; i < values.size(); i++) {
                for (Violation v : validator.validate(values.get(i))) {
                    out.add(relocate(v, where, i));
                }
            }
        } else if (first instanceof FundingCase) {
            List<FundingCase> values = cast(result.values());
            for (int i = 0; i < values.size(); i++) {
                for (Violation v : validator.validate(values.get(i))) {
                    out.add(relocate(v, where, i));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(List<?> values) {
        return (List<T>) values;
    }

    /**
     * Puts a validator's violation where the reader found its value (document, line, column,
     * pointer), keeping its field. The index is the value's, or -1 to take it from the pointer.
     */
    private static Violation relocate(Violation v, List<Location> where, int index) {
        int i = index;
        if (i < 0) {
            Matcher m = INDEX.matcher(v.location().pointer().orElse(""));
            if (!m.find()) {
                return v;
            }
            i = Integer.parseInt(m.group(1));
        }
        if (i >= where.size()) {
            return v;
        }
        Location found = where.get(i);
        Location moved = v.location().field().map(found::withField).orElse(found);
        return v.withLocation(moved);
    }

    private static Map<String, Object> toJson(Violation v, ProblemFormatter formatter) {
        Map<String, Object> m = new LinkedHashMap<>();
        Location loc = v.location();
        loc.document().ifPresent(d -> m.put("document", d));
        loc.line().ifPresent(n -> m.put("line", n));
        loc.column().ifPresent(n -> m.put("column", n));
        loc.pointer().ifPresent(p -> m.put("pointer", p));
        loc.field().ifPresent(f -> m.put("field", f));
        m.put("code", v.code().code());
        m.put("severity", v.severity().name());
        m.put("message", formatter.message(v.code(), v.arguments()));
        return m;
    }
}
