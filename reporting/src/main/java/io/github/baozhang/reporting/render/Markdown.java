package io.github.baozhang.reporting.render;

import io.github.baozhang.reporting.BulletinView;
import java.util.List;

/** The Markdown rendering: GitHub-flavoured tables, every cell escaped. */
final class Markdown {

    private Markdown() {
    }

    /**
     * Escapes text for a Markdown table cell: backslash-escapes Markdown's punctuation and the
     * cell separator, writes {@code <} {@code >} {@code &} as entities (so no HTML passes through)
     * and turns line breaks into spaces.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '\n':
                case '\r':
                    out.append(' ');
                    break;
                case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '#': case '!':
                    out.append('\\').append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    static String document(BulletinView view, Labels l) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("# ").append(escape(l.get("title") + " " + view.bulletin().period())).append("\n\n");
        for (Tables.Table t : Tables.of(view, l)) {
            s.append("## ").append(escape(t.heading)).append("\n\n");
            if (!t.rows.isEmpty()) {
                line(s, t.headers);
                s.append('|');
                for (int i = 0; i < t.headers.size(); i++) {
                    s.append(i < t.textColumns ? " --- |" : " ---: |");
                }
                s.append('\n');
                for (List<String> row : t.rows) {
                    line(s, row);
                }
                s.append('\n');
            }
            if (t.note != null) {
                s.append(escape(t.note)).append("\n\n");
            }
        }
        return s.toString();
    }

    private static void line(StringBuilder s, List<String> cells) {
        s.append('|');
        for (String cell : cells) {
            s.append(' ').append(escape(cell)).append(" |");
        }
        s.append('\n');
    }
}
