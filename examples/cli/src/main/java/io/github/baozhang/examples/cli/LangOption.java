package io.github.baozhang.examples.cli;

import picocli.CommandLine.Option;

/** {@code --lang zh|en}, mixed into every command. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "zh|en",
            description = "Language of the messages: zh or en (default: from the system locale).")
    private Lang lang;

    Lang lang() {
        return lang == null ? Lang.ofSystem() : lang;
    }
}
