package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.csv.BulletinCsvSink;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.xlsx.BulletinXlsxSink;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.reporting.BulletinView;
import io.github.baozhang.reporting.RollUpResult;
import io.github.baozhang.reporting.Trend;
import io.github.baozhang.reporting.render.BulletinRenderer;
import io.github.baozhang.validation.ProblemFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes a bulletin in one of the formats of {@code rollup --format}. */
final class BulletinOutput {

    /** The formats of {@code --format}, and {@code xlsx} (written by {@code demo}). */
    enum Format {
        json, csv, html, md, xlsx
    }

    private BulletinOutput() {
    }

    /** The formats of {@code rollup --format}. */
    static List<Format> rollupFormats() {
        return List.of(Format.json, Format.csv, Format.md, Format.html);
    }

    /** The formats {@code demo} writes. */
    static List<Format> available() {
        return List.of(Format.json, Format.csv, Format.md, Format.html, Format.xlsx);
    }

    /**
     * Writes the bulletin of a roll-up. Markdown and HTML carry the indicators, the ranking,
     * the change from the previous month and the trend when given, in the language asked for.
     */
    static void write(RollUpResult result, Optional<Bulletin> previous, Optional<Trend> trend, Format format, Lang lang,
            OutputStream out) throws IOException {
        Bulletin bulletin = result.bulletin();
        switch (format) {
            case json -> InterchangeJson.bulletinSink().write(bulletin, out);
            case csv -> BulletinCsvSink.create().write(bulletin, out);
            case xlsx -> new BulletinXlsxSink().write(bulletin, out);
            case md, html -> {
                ProblemFormatter words = ProblemFormatter.of(lang.locale());
                BulletinRenderer.write(BulletinView.of(result, previous, trend, provinceNames(bulletin)),
                        format == Format.md ? BulletinRenderer.Format.MARKDOWN : BulletinRenderer.Format.HTML,
                        lang.locale(), alert -> words.message(alert.code(), alert.arguments()), out);
            }
            default -> throw new IllegalStateException("format " + format + " is not available");
        }
    }

    /** The names of the bulletin's provinces in the 1999 division table (辽宁省). */
    static Map<DivisionCode, String> provinceNames(Bulletin bulletin) {
        Gb2260 table = Gb2260.of(Gb2260Revision.R1999);
        Map<DivisionCode, String> names = new TreeMap<>();
        for (DivisionCode code : bulletin.provinces().keySet()) {
            table.find(code).ifPresent(d -> names.put(code, d.name()));
        }
        return names;
    }
}
