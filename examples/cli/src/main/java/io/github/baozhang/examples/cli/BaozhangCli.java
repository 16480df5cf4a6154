package io.github.baozhang.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baozhang}: the command-line tool of the interchange format. Exit codes: 0 clean,
 * 1 violations, 2 usage or I/O error. A failure never prints a stack trace.
 */
@Command(name = "baozhang", mixinStandardHelpOptions = true, version = "baozhang-cli 0.1.0-SNAPSHOT",
        description = "The Baozhang (保障) command-line tool over the interchange format.",
        subcommands = {FundCommand.class, ValidateCommand.class,
            IngestCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean", "1:violations (results still printed)", "2:usage or I/O error"})
final class BaozhangCli implements Runnable {

    /** Exit code: a usage error or a file that cannot be read. */
    static final int USAGE_OR_IO = 2;

    @Mixin
    LangOption lang;

    final PrintStream out;
    final PrintStream err;

    private BaozhangCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    /**
     * Returns the command line of the tool writing to the given streams.
     *
     * @param out  standard output: results only
     * @param err  standard error: messages, usage, violations
     * @return the command line; {@code execute(args)} returns the exit code
     */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        BaozhangCli top = new BaozhangCli(out, err);
        CommandLine cl = new CommandLine(top);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            // No stack trace: what went wrong, in the user's language.
            Lang l = top.lang == null ? Lang.ofSystem() : top.lang.lang();
            Object cmd = line.getCommand();
            if (cmd instanceof FundCommand) {
                l = ((FundCommand) cmd).lang.lang();
            } else if (cmd instanceof ValidateCommand) {
                l = ((ValidateCommand) cmd).lang.lang();
            }
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            line.getErr().println(Texts.get(l, "failed", what));
            return USAGE_OR_IO;
        });
        return cl;
    }
}
