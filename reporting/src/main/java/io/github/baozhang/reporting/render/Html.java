package io.github.baozhang.reporting.render;

import io.github.baozhang.reporting.BulletinView;
import java.util.List;

/** The self-contained HTML page: inline CSS and SVG, no script, no external resource. */
final class Html {

    private static final String CSS = String.join("\n",
            ":root{color-scheme:light}",
            "body{font-family:\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\","
                    + "\"Source Han Sans SC\",\"WenQuanYi Micro Hei\",system-ui,sans-serif;"
                    + "line-height:1.6;margin:2em auto;max-width:1200px;padding:0 1em;color:#222}",
            "h1{font-size:1.6em;border-bottom:3px solid #b22222;padding-bottom:.3em}",
            "h2{font-size:1.2em;margin-top:1.6em}",
            "table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums}",
            "th,td{border:1px solid #bbb;padding:.25em .5em;text-align:right;white-space:nowrap}",
            "th.t,td.t{text-align:left;white-space:normal}",
            "th{background:#f3f3f3}",
            "figure{margin:1em 0}",
            "figcaption{font-weight:bold}",
            "svg text{font-size:12px;font-family:inherit}",
            ".note{color:#555;font-size:.9em}",
            "@media print{body{margin:0;max-width:none;font-size:10pt;color:#000}"
                    + "h2{page-break-after:avoid;break-after:avoid}"
                    + "table,figure{page-break-inside:avoid;break-inside:avoid}"
                    + "th{background:none}a{color:#000;text-decoration:none}@page{size:A4 landscape;margin:12mm}}");

    private Html() {
    }

    /** Escapes text for HTML and XML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append("&#xFFFD;");
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    static String page(BulletinView view, Labels l) {
        StringBuilder s = new StringBuilder(32_768);
        String title = l.get("title") + " " + view.bulletin().period();
        s.append("<!DOCTYPE html>\n<html lang=\"").append(l.lang()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        List<Tables.Table> tables = Tables.of(view, l);
        for (Tables.Table t : tables) {
            s.append("<section id=\"").append(t.key).append("\">\n<h2>").append(escape(t.heading)).append("</h2>\n");
            if (t.key.equals("provinces")) {
                figure(s, l.get("chartArrival"), Charts.arrivalByProvince(view, l));
            } else if (t.key.equals("funds")) {
                figure(s, l.get("chartFunds"), Charts.fundsBySource(view, l));
            } else if (t.key.equals("trend")) {
                figure(s, l.get("chartTrend"), Charts.trend(view.trend().orElseThrow(), l));
            }
            if (!t.rows.isEmpty()) {
                s.append("<table>\n<thead><tr>");
                for (int i = 0; i < t.headers.size(); i++) {
                    s.append(i < t.textColumns ? "<th class=\"t\">" : "<th>").append(escape(t.headers.get(i)))
                            .append("</th>");
                }
                s.append("</tr></thead>\n<tbody>\n");
                for (List<String> row : t.rows) {
                    s.append("<tr>");
                    for (int i = 0; i < row.size(); i++) {
                        s.append(i < t.textColumns ? "<td class=\"t\">" : "<td>").append(escape(row.get(i)))
                                .append("</td>");
                    }
                    s.append("</tr>\n");
                }
                s.append("</tbody>\n</table>\n");
            }
            if (t.note != null) {
                s.append("<p class=\"note\">").append(escape(t.note)).append("</p>\n");
            }
            s.append("</section>\n");
        }
        return s.append("</body>\n</html>\n").toString();
    }

    private static void figure(StringBuilder s, String caption, String svg) {
        s.append("<figure>\n<figcaption>").append(escape(caption)).append("</figcaption>\n").append(svg)
                .append("\n</figure>\n");
    }
}
