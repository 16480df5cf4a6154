package io.github.baozhang.examples.cli;

/**
 * The entry point of {@code java -jar baozhang-cli.jar}.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the tool and exits with its code.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        System.exit(BaozhangCli.commandLine(System.out, System.err).execute(args));
    }
}
