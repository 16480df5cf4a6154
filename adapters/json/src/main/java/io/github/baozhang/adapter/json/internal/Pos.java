package io.github.baozhang.adapter.json.internal;

/**
 * Where a token stood: its JSON pointer and its 1-based line and column.
 *
 * @param pointer  the RFC 6901 pointer, empty for the root
 * @param line  the line, 1 or more
 * @param column  the column, 1 or more
 */
record Pos(String pointer, long line, long column) {

    /** Appends a name or index to a pointer, escaping {@code ~} and {@code /} (RFC 6901). */
    static String child(String pointer, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return pointer + "/" + name;
        }
        return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
