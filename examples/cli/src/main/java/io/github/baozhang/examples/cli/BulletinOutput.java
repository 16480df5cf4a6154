package io.github.baozhang.examples.cli;

import io.github.baozhang.adapter.csv.BulletinCsvSink;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.xlsx.BulletinXlsxSink;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import io.github.baozhang.reporting.BulletinView;
import io.github.baozhang.reporting.RollUpResult;
import io.github.baozhang.reporting.Trend;
import io.github.baozhang.reporting.render.BulletinRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
            case json -> json(bulletin, out);
            case csv -> BulletinCsvSink.create().write(bulletin, out);
            case xlsx -> new BulletinXlsxSink().write(bulletin, out);
            case md, html -> BulletinRenderer.write(BulletinView.of(result, previous, trend, provinceNames(bulletin)),
                    format == Format.md ? BulletinRenderer.Format.MARKDOWN : BulletinRenderer.Format.HTML,
                    lang.locale(), out);
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

    private static void json(Bulletin bulletin, OutputStream out) throws IOException {
        ObjectNode doc = InterchangeJson.mapper().createObjectNode();
        doc.put("format", "baozhang/bulletin@1");
        doc.put("period", bulletin.period().toString());
        summary(doc.putObject("national"), bulletin.national());
        ArrayNode provinces = doc.putArray("provinces");
        for (Map.Entry<DivisionCode, ReportSummary> p : bulletin.provinces().entrySet()) {
            ObjectNode n = provinces.addObject();
            n.put("code", p.getKey().toString());
            summary(n, p.getValue());
        }
        ArrayNode industries = doc.putArray("industries");
        for (Map.Entry<Industry, ReportSummary> i : bulletin.industries().entrySet()) {
            ObjectNode n = industries.addObject();
            n.put("industry", i.getKey().name());
            summary(n, i.getValue());
        }
        ArrayNode alerts = doc.putArray("alerts");
        for (Finding f : bulletin.alerts()) {
            ObjectNode n = alerts.addObject();
            n.put("code", f.code().code());
            n.put(OrganizationCode.check(f.subject()).isValid() ? "enterpriseId" : "region", f.subject());
            ObjectNode figures = n.putObject("figures");
            f.arguments().forEach(figures::put);
        }
        out.write(InterchangeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
        out.write('\n');
    }

    private static void summary(ObjectNode n, ReportSummary s) {
        ObjectNode e = n.putObject("enterprises");
        e.put("monitored", s.monitored());
        e.put("reported", s.reported());
        e.put("onTime", s.onTime());
        n.put("laidOffWorkers", s.laidOffWorkers());
        n.put("inCentre", s.inCentre());
        n.put("agreementsSigned", s.agreementsSigned());
        n.put("reemployed", s.reemployed());
        n.put("leftCentre", s.leftCentre());
        n.put("incidents", s.incidents());
        ObjectNode a = n.putObject("allowance");
        a.put("dueFen", s.allowanceDue().fen());
        a.put("paidFen", s.allowancePaid().fen());
        ObjectNode c = n.putObject("contributions");
        c.put("dueFen", s.contributionsDue().fen());
        c.put("paidFen", s.contributionsPaid().fen());
        ObjectNode funds = n.putObject("funds");
        amounts(funds.putObject("plan"), s.fundsPlan());
        amounts(funds.putObject("received"), s.fundsReceived());
    }

    private static void amounts(ObjectNode n, SourceAmounts a) {
        n.put("enterpriseFen", a.enterprise().fen());
        n.put("socialFen", a.social().fen());
        n.put("fiscalFen", a.fiscal().fen());
    }
}
