package io.github.baozhang.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "fund", "rollup", "ingest"})
    void everyCommandHasHelpInBothLanguages(String command) {
        DemoCommandTest.Run en = DemoCommandTest.run(command, "--lang", "en", "--help");
        assertEquals(0, en.exit(), en.err());
        assertTrue(en.out().contains("Usage: baozhang " + command), en.out());
        assertTrue(en.out().contains("Exit codes:"), en.out());
        DemoCommandTest.Run zh = DemoCommandTest.run(command, "--lang", "zh", "--help");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("用法： baozhang " + command), zh.out());
        assertTrue(zh.out().contains("退出码："), zh.out());
        assertTrue(zh.out().contains("显示本帮助并退出。"), zh.out());
        assertTrue(zh.out().lines().filter(line -> line.startsWith("      ") && line.matches(".*[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}.*"))
                .findAny().isEmpty(), "every description in Chinese:\n" + zh.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theToolHasHelpAndAVersion(String lang) {
        DemoCommandTest.Run help = DemoCommandTest.run("--lang", lang, "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("demo") && help.out().contains("rollup"), help.out());
        assertEquals(0, DemoCommandTest.run("--version").exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nosuch", "--lang=fr"})
    void noCommandOrAnUnknownOneIsAUsageError(String arg) {
        DemoCommandTest.Run r = arg.isEmpty() ? DemoCommandTest.run() : DemoCommandTest.run(arg);
        assertEquals(2, r.exit(), r.err());
    }
}
