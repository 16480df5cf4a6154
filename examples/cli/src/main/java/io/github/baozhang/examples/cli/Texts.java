package io.github.baozhang.examples.cli;

import java.util.Map;

/** The tool's own words, in zh and en (the problems' words come from the validation module). */
final class Texts {

    private static final Map<String, String[]> TEXTS = Map.of(
            "cannotRead", new String[] {"无法读取 %s：%s", "cannot read %s: %s"},
            "noSuchFile", new String[] {"文件不存在", "no such file"},
            "fundSummary", new String[] {"%s：共 %d 个案例，%d 个被拒绝", "%s: %d cases, %d rejected"},
            "failed", new String[] {"出错：%s", "failed: %s"},
            "validateSummary", new String[] {"%d 个文件，%d 个错误，%d 个警告", "%d files, %d errors, %d warnings"});

    private Texts() {
    }

    static String get(Lang lang, String key, Object... args) {
        String[] texts = TEXTS.get(key);
        return String.format(texts[lang == Lang.zh ? 0 : 1], args);
    }
}
