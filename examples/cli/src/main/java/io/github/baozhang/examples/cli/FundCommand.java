package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fund FILE}: reads {@code funding-cases@1}, prints {@code funding-results@1} on stdout.
 * Exit 0 all valid, 1 some rejected (results still printed) or the document rejected (nothing
 * printed, the violation on stderr with its line and column), 2 usage or I/O error.
 */
@Command(name = "fund", mixinStandardHelpOptions = true,
        description = "Reads funding cases (baozhang/funding-cases@1) and prints the funding results "
                + "(baozhang/funding-results@1) as JSON on stdout.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all cases valid", "1:some cases rejected (results still printed), or the document rejected",
            "2:usage or I/O error"})
final class FundCommand implements Callable<Integer> {

    @ParentCommand
    private BaozhangCli parent;

    @Mixin
    LangOption lang;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "A baozhang/funding-cases@1 document.")
    private Path file;

    /**
     * Returns the message a rejection in the results carries: the problem's words without its
     * location (the rejection carries its index).
     */
    static Function<Violation, String> messages(Lang lang) {
        ProblemFormatter formatter = ProblemFormatter.of(lang.locale());
        return v -> formatter.message(v.code(), v.arguments());
    }

    @Override
    public Integer call() {
        Lang l = lang.lang();
        if (!Files.isRegularFile(file)) {
            parent.err.println(Texts.get(l, "cannotRead", file, Texts.get(l, "noSuchFile")));
            return BaozhangCli.USAGE_OR_IO;
        }
        ReadSummary summary;
        try {
            summary = InterchangeJson.fund(Source.of(file), parent.out, messages(l));
            parent.out.flush();
        } catch (IOException | RuntimeException e) {
            parent.err.println(Texts.get(l, "cannotRead", file, e.getMessage()));
            return BaozhangCli.USAGE_OR_IO;
        }
        ProblemFormatter formatter = ProblemFormatter.of(l.locale());
        if (summary.isDocumentRejected()) {
            summary.documentViolations().forEach(v -> parent.err.println(formatter.format(v)));
            return 1;
        }
        if (summary.rejected() > 0) {
            parent.err.println(Texts.get(l, "fundSummary", file, summary.read(), summary.rejected()));
            return 1;
        }
        return 0;
    }
}
