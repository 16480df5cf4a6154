package io.github.baozhang.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code baozhang}: the command-line tool of the interchange format. Exit codes: 0 clean,
 * 1 violations, 2 usage or I/O error. A failure never prints a stack trace.
 */
@Command(name = "baozhang", mixinStandardHelpOptions = true, version = "baozhang-cli 0.1.0-SNAPSHOT",
        description = "The Baozhang (保障) command-line tool over the interchange format.",
        subcommands = {DemoCommand.class, ValidateCommand.class, FundCommand.class, RollupCommand.class,
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
        // The usage help follows --lang: the Chinese words come from a resource bundle, set once
        // the command line is parsed (picocli reads descriptions when it renders the help).
        cl.setExecutionStrategy(parsed -> {
            if (languageOf(parsed) == Lang.zh) {
                cl.setResourceBundle(ResourceBundle.getBundle("io.github.baozhang.examples.cli.Help", Lang.zh.locale()));
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            // No stack trace: what went wrong, in the user's language.
            Lang l = top.lang == null ? Lang.ofSystem() : top.lang.lang();
            Object cmd = line.getCommand();
            for (java.lang.reflect.Field f : cmd.getClass().getDeclaredFields()) {
                if (f.getType() == LangOption.class) {
                    try {
                        LangOption option = (LangOption) f.get(cmd);
                        if (option != null) {
                            l = option.lang();
                        }
                    } catch (IllegalAccessException ignored) {
                        // keep the top command's language
                    }
                }
            }
            String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            line.getErr().println(Texts.get(l, "failed", what));
            return USAGE_OR_IO;
        });
        return cl;
    }

    /** The language asked for on the command line (the innermost --lang), or the system's. */
    private static Lang languageOf(CommandLine.ParseResult parsed) {
        Lang lang = Lang.ofSystem();
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--lang")) {
                lang = p.matchedOptionValue("--lang", lang);
            }
        }
        return lang;
    }
}
