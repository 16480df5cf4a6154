package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.json.EnterprisesDocument;
import io.github.baozhang.adapter.json.FundingCasesDocument;
import io.github.baozhang.adapter.json.FundingResultsDocument;
import io.github.baozhang.adapter.json.IncidentsDocument;
import io.github.baozhang.adapter.json.DisbursementsDocument;
import io.github.baozhang.adapter.json.InterchangeKinds;
import io.github.baozhang.adapter.json.MonthlyReportsDocument;
import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The serializers of whole documents: {@code {"format": KIND, ARRAY: [ … ]}}, each element by
 * the serializer of its core type.
 */
public final class DocumentSerializers {

    private DocumentSerializers() {
    }

    private static void writeArray(JsonGenerator gen, SerializationContext ctxt, String kind, String name,
            List<?> values) {
        gen.writeStartObject();
        gen.writeStringProperty("format", kind);
        gen.writeName(name);
        gen.writeStartArray();
        for (Object v : values) {
            ctxt.writeValue(gen, v);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /** {@code enterprises@1}. */
    public static final class Enterprises extends ValueSerializer<EnterprisesDocument> {
        @Override
        public void serialize(EnterprisesDocument value, JsonGenerator gen, SerializationContext ctxt) {
            writeArray(gen, ctxt, InterchangeKinds.ENTERPRISES.name(), "enterprises", value.enterprises());
        }
    }

    /** {@code funding-cases@1}. */
    public static final class FundingCases extends ValueSerializer<FundingCasesDocument> {
        @Override
        public void serialize(FundingCasesDocument value, JsonGenerator gen, SerializationContext ctxt) {
            writeArray(gen, ctxt, InterchangeKinds.FUNDING_CASES.name(), "cases", value.cases());
        }
    }

    /** {@code monthly-reports@1}. */
    public static final class MonthlyReports extends ValueSerializer<MonthlyReportsDocument> {
        @Override
        public void serialize(MonthlyReportsDocument value, JsonGenerator gen, SerializationContext ctxt) {
            writeArray(gen, ctxt, InterchangeKinds.MONTHLY_REPORTS.name(), "reports", value.reports());
        }
    }

    /** {@code incidents@1}. */
    public static final class Incidents extends ValueSerializer<IncidentsDocument> {
        @Override
        public void serialize(IncidentsDocument value, JsonGenerator gen, SerializationContext ctxt) {
            writeArray(gen, ctxt, InterchangeKinds.INCIDENTS.name(), "incidents", value.incidents());
        }
    }

    /** {@code disbursements@1}. */
    public static final class Disbursements extends ValueSerializer<DisbursementsDocument> {
        @Override
        public void serialize(DisbursementsDocument value, JsonGenerator gen, SerializationContext ctxt) {
            writeArray(gen, ctxt, InterchangeKinds.DISBURSEMENTS.name(), "records", value.records());
        }
    }

    /** {@code funding-results@1}: {@code results[]}, then {@code rejected[]}. */
    public static final class FundingResults extends ValueSerializer<FundingResultsDocument> {
        private final Function<? super Violation, String> messages;

        /**
         * Creates the serializer.
         *
         * @param messages  the message of a violation, not null
         */
        public FundingResults(Function<? super Violation, String> messages) {
            this.messages = messages;
        }

        @Override
        public void serialize(FundingResultsDocument value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("format", InterchangeKinds.FUNDING_RESULTS.name());
            gen.writeName("results");
            gen.writeStartArray();
            for (Object r : value.results()) {
                ctxt.writeValue(gen, r);
            }
            gen.writeEndArray();
            gen.writeName("rejected");
            gen.writeStartArray();
            for (FundingResultsDocument.Rejection r : value.rejected()) {
                writeRejection(gen, r.id().orElse(null), r.index(), r.violations(), messages);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Writes an element of {@code rejected[]}: {@code id} (when known), {@code index}, {@code violations}. */
    static void writeRejection(JsonGenerator gen, String id, long index, List<Violation> violations,
            Function<? super Violation, String> messages) {
        gen.writeStartObject();
        if (id != null) {
            gen.writeStringProperty("id", id);
        }
        gen.writeNumberProperty("index", index);
        gen.writeName("violations");
        gen.writeStartArray();
        for (Violation v : violations) {
            gen.writeStartObject();
            gen.writeStringProperty("field", v.location().field().orElse(""));
            gen.writeStringProperty("code", v.code().code());
            gen.writeStringProperty("message", messages.apply(v));
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
