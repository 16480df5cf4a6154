package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.DueAndPaid;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectWriter;

/**
 * {@code baozhang/disbursement-summary@1} as JSON: what {@code ingest} writes for one period of
 * worker rows.
 *
 * <pre>{@code
 * {"format": "baozhang/disbursement-summary@1", "period": "1999-07",
 *  "rows": {"read": 3, "accepted": 2, "rejected": 1}, "rejectedByCode": {"E2005": 1},
 *  "enterprises": [{"enterpriseId": "100000016", "province": "110000", SUMMARY}],
 *  "provinces": [{"code": "110000", SUMMARY}], "national": {SUMMARY}}
 * }</pre>
 *
 * where SUMMARY is {@code "rows", "paidInFull", "onTime", "allowance": {"dueFen", "paidFen"},
 * "contributions": {"dueFen", "paidFen"}} over accepted rows only. Amounts are exact integers
 * of fen; a sum beyond the signed 64-bit range is written in full (the schema says so). The
 * violations of a document rejected as a whole are not written: a tool reports them apart.
 * Deterministic: the same value gives the same bytes. Thread-safe.
 */
public final class DisbursementSummaryJson {

    /** The name of the kind: {@code baozhang/disbursement-summary@1}. */
    public static final String KIND_NAME = "baozhang/disbursement-summary@1";

    /** The kind written. */
    public static final DocumentKind KIND = DocumentKind.of(KIND_NAME);

    private static final ReportSink<PeriodDisbursementSummary> SINK = new Sink();

    private DisbursementSummaryJson() {
    }

    /**
     * Returns the sink: pretty-printed UTF-8 JSON with a final line feed; the stream is flushed,
     * not closed.
     *
     * @return the sink, not null
     */
    public static ReportSink<PeriodDisbursementSummary> sink() {
        return SINK;
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of the kind, as bundled in this jar (and published in
     * {@code docs/schemas/disbursement-summary.schema.json}).
     *
     * @return a new stream the caller closes, not null
     */
    public static InputStream schema() {
        InputStream in = DisbursementSummaryJson.class.getResourceAsStream("schema/disbursement-summary.schema.json");
        if (in == null) {
            throw new IllegalStateException("the schema of " + KIND_NAME + " is missing from the jar");
        }
        return in;
    }

    private static final class Sink implements ReportSink<PeriodDisbursementSummary> {

        private final ObjectWriter writer = InterchangeJson.mapper().writer().withDefaultPrettyPrinter();

        @Override
        public DocumentKind kind() {
            return KIND;
        }

        @Override
        public String format() {
            return "json";
        }

        @Override
        public Class<PeriodDisbursementSummary> valueType() {
            return PeriodDisbursementSummary.class;
        }

        @Override
        public void write(PeriodDisbursementSummary value, OutputStream out) throws IOException {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(out, "out");
            OutputStream kept = new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            try (JsonGenerator g = writer.createGenerator(kept)) {
                g.writeStartObject();
                g.writeStringProperty("format", KIND_NAME);
                g.writeStringProperty("period", value.period().toString());
                g.writeName("rows");
                g.writeStartObject();
                g.writeNumberProperty("read", value.rows().read());
                g.writeNumberProperty("accepted", value.rows().accepted());
                g.writeNumberProperty("rejected", value.rows().rejected());
                g.writeEndObject();
                g.writeName("rejectedByCode");
                g.writeStartObject();
                for (Map.Entry<String, Long> e : value.rows().rejectedByCode().entrySet()) {
                    g.writeNumberProperty(e.getKey(), e.getValue().longValue());
                }
                g.writeEndObject();
                g.writeName("enterprises");
                g.writeStartArray();
                for (PeriodDisbursementSummary.Enterprise e : value.enterprises()) {
                    g.writeStartObject();
                    g.writeStringProperty("enterpriseId", e.enterpriseId().toString());
                    g.writeStringProperty("province", e.province().toString());
                    summary(g, e.summary());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeName("provinces");
                g.writeStartArray();
                for (Map.Entry<DivisionCode, DisbursementSummary> e : value.provinces().entrySet()) {
                    g.writeStartObject();
                    g.writeStringProperty("code", e.getKey().toString());
                    summary(g, e.getValue());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeName("national");
                g.writeStartObject();
                summary(g, value.national());
                g.writeEndObject();
                g.writeEndObject();
            } catch (JacksonException e) {
                if (e.getCause() instanceof IOException) {
                    throw (IOException) e.getCause();
                }
                throw e;
            }
            out.write('\n');
            out.flush();
        }

        private static void summary(JsonGenerator g, DisbursementSummary s) {
            g.writeNumberProperty("rows", s.rows());
            g.writeNumberProperty("paidInFull", s.paidInFull());
            g.writeNumberProperty("onTime", s.onTime());
            dueAndPaid(g, "allowance", s.allowance());
            dueAndPaid(g, "contributions", s.contributions());
        }

        private static void dueAndPaid(JsonGenerator g, String name, DueAndPaid d) {
            g.writeName(name);
            g.writeStartObject();
            g.writeNumberProperty("dueFen", d.dueFen());
            g.writeNumberProperty("paidFen", d.paidFen());
            g.writeEndObject();
        }

        @Override
        public String toString() {
            return "DisbursementSummaryJson.sink()";
        }
    }
}
