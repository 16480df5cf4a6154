package io.github.baozhang.reporting.render;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.reporting.BulletinView;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders a bulletin, with its already computed indicators, ranking and trend
 * ({@link BulletinView}), as Markdown or as a self-contained HTML page. Renderers format; they
 * compute nothing.
 *
 * <p>Labels are Chinese unless the locale's language is English ({@code Locale.ENGLISH});
 * {@code null} means Chinese. Figures are written exactly: counts as integers, amounts in yuan
 * with two decimals ({@code 1234.56}), an indicator as {@code numerator/denominator (rate)},
 * the rate in percent with two decimals rounded down from basis points ({@code 9512 bp} →
 * {@code 95.12%}), {@code —} where there is no rate.
 *
 * <p>Markdown: a heading per section (nation, provinces, industries, funds by source, ranking,
 * trend when given, alerts) and a table each; every cell is escaped (Markdown punctuation
 * backslash-escaped, {@code < > &} as entities). HTML: UTF-8, {@code lang="zh-CN"} (or
 * {@code en}), inline CSS with a system CJK font stack and {@code @media print} rules, inline SVG
 * charts (overall arrival rate by province, national funds planned and received by source, the
 * trend over the months), no script and no external resource; every text is escaped.
 *
 * <p>Pure functions; {@link #write} writes to the stream it is given and does not close it.
 */
public final class BulletinRenderer {

    /** A rendering format. */
    public enum Format {
        /** Markdown ({@code .md}). */
        MARKDOWN,
        /** A self-contained HTML page ({@code .html}). */
        HTML
    }

    private BulletinRenderer() {
    }

    /**
     * Renders a bulletin as Markdown.
     *
     * @param view  the bulletin and its indicators, not null
     * @param locale  the language of the labels, Chinese unless English; may be null
     * @return the Markdown text, not null
     */
    public static String markdown(BulletinView view, Locale locale) {
        return Markdown.document(Objects.requireNonNull(view, "view"), Labels.of(locale));
    }

    /**
     * Renders a bulletin as Markdown, each alert's details in the words the caller gives (for
     * instance {@code ProblemFormatter.of(locale)::message} of {@code baozhang-validation}, which
     * this module does not depend on); without it the details are the alert's figures.
     *
     * @param view  the bulletin and its indicators, not null
     * @param locale  the language of the labels, Chinese unless English; may be null
     * @param alertText  the words for an alert; a null result falls back to its figures; not null
     * @return the Markdown text, not null
     */
    public static String markdown(BulletinView view, Locale locale, Function<? super Finding, String> alertText) {
        return Markdown.document(Objects.requireNonNull(view, "view"),
                Labels.of(locale, Objects.requireNonNull(alertText, "alertText")));
    }

    /**
     * Renders a bulletin as a self-contained HTML page.
     *
     * @param view  the bulletin and its indicators, not null
     * @param locale  the language of the labels, Chinese unless English; may be null
     * @return the HTML page, not null
     */
    public static String html(BulletinView view, Locale locale) {
        return Html.page(Objects.requireNonNull(view, "view"), Labels.of(locale));
    }

    /**
     * Renders a bulletin as a self-contained HTML page, each alert's details in the words the
     * caller gives (see {@link #markdown(BulletinView, Locale, Function)}).
     *
     * @param view  the bulletin and its indicators, not null
     * @param locale  the language of the labels, Chinese unless English; may be null
     * @param alertText  the words for an alert; a null result falls back to its figures; not null
     * @return the HTML page, not null
     */
    public static String html(BulletinView view, Locale locale, Function<? super Finding, String> alertText) {
        return Html.page(Objects.requireNonNull(view, "view"),
                Labels.of(locale, Objects.requireNonNull(alertText, "alertText")));
    }

    /**
     * Renders a bulletin in a format and writes it to a stream in UTF-8.
     *
     * @param view  the bulletin and its indicators, not null
     * @param format  the format, not null
     * @param locale  the language of the labels; may be null
     * @param out  the stream, not closed, not null
     * @throws IOException if the stream fails
     */
    public static void write(BulletinView view, Format format, Locale locale, OutputStream out) throws IOException {
        write(view, format, locale, Labels::figures, out);
    }

    /**
     * Renders a bulletin in a format, each alert's details in the words the caller gives, and
     * writes it to a stream in UTF-8.
     *
     * @param view  the bulletin and its indicators, not null
     * @param format  the format, not null
     * @param locale  the language of the labels; may be null
     * @param alertText  the words for an alert; a null result falls back to its figures; not null
     * @param out  the stream, not closed, not null
     * @throws IOException if the stream fails
     */
    public static void write(BulletinView view, Format format, Locale locale, Function<? super Finding, String> alertText,
            OutputStream out) throws IOException {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        String text = format == Format.HTML ? html(view, locale, alertText) : markdown(view, locale, alertText);
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
