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
        // Logs go to stderr through slf4j-simple, warnings and errors only, unless the user says
        // otherwise; Hibernate Validator's JBoss Logging is sent there too.
        setIfAbsent("org.jboss.logging.provider", "slf4j");
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        System.exit(BaozhangCli.commandLine(System.out, System.err).execute(args));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
