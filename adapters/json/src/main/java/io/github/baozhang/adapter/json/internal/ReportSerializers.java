package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.json.InterchangeKinds;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.time.LocalDate;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The serializers of a disbursement record, a holiday calendar and a bulletin in the shapes of
 * {@code disbursements@1}, {@code calendar@1} and {@code bulletin@1}, fields in the order
 * {@code docs/interchange.md} lists them.
 */
public final class ReportSerializers {

    private ReportSerializers() {
    }

    /** A {@link DisbursementRecord} as an element of {@code disbursements@1}, the worker flattened. */
    public static final class DisbursementRecordSerializer extends ValueSerializer<DisbursementRecord> {
        private final boolean hyphenated;

        /**
         * Creates the serializer.
         *
         * @param hyphenated  whether organisation codes are written {@code XXXXXXXX-X}
         */
        public DisbursementRecordSerializer(boolean hyphenated) {
            this.hyphenated = hyphenated;
        }

        @Override
        public void serialize(DisbursementRecord r, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("citizenId", r.worker().citizenId().toString());
            gen.writeStringProperty("name", r.worker().name());
            OrganizationCode id = r.enterpriseId();
            gen.writeStringProperty("enterpriseId", hyphenated ? id.toDisplayString() : id.toString());
            gen.writeStringProperty("period", Convert.format(r.period()));
            gen.writeName("allowance");
            writePayment(gen, r.allowance(), true);
            gen.writeName("contributions");
            writePayment(gen, r.contributions(), false);
            gen.writeStringProperty("centreEnteredOn", Convert.format(r.centreEnteredOn()));
            if (r.agreementSignedOn().isPresent()) {
                gen.writeStringProperty("agreementSignedOn", Convert.format(r.agreementSignedOn().get()));
            }
            gen.writeEndObject();
        }
    }

    private static void writePayment(JsonGenerator gen, Payment p, boolean dated) {
        if (!dated && p.paidOn().isPresent()) {
            throw tools.jackson.databind.DatabindException.from(gen,
                    "disbursements@1 has no contributions.paidOn: a record whose contributions carry a date cannot be written");
        }
        gen.writeStartObject();
        gen.writeNumberProperty("dueFen", p.due().fen());
        gen.writeNumberProperty("paidFen", p.paid().fen());
        if (dated && p.paidOn().isPresent()) {
            gen.writeStringProperty("paidOn", Convert.format(p.paidOn().get()));
        }
        gen.writeEndObject();
    }

    /** A {@link HolidayCalendar} as a whole {@code calendar@1} document, dates in order. */
    public static final class CalendarSerializer extends ValueSerializer<HolidayCalendar> {
        @Override
        public void serialize(HolidayCalendar c, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("format", InterchangeKinds.CALENDAR.name());
            gen.writeName("holidays");
            writeDates(gen, c.holidays());
            gen.writeName("workdays");
            writeDates(gen, c.workdays());
            gen.writeEndObject();
        }

        private static void writeDates(JsonGenerator gen, Iterable<LocalDate> dates) {
            gen.writeStartArray();
            for (LocalDate d : dates) {
                gen.writeString(Convert.format(d));
            }
            gen.writeEndArray();
        }
    }

    /**
     * A {@link Bulletin} as a whole {@code bulletin@1} document: {@code period}, {@code national},
     * {@code provinces[]} in code order, {@code industries[]} in the order of {@link Industry},
     * {@code alerts[]} in the bulletin's order.
     */
    public static final class BulletinSerializer extends ValueSerializer<Bulletin> {
        @Override
        public void serialize(Bulletin b, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("format", InterchangeKinds.BULLETIN.name());
            gen.writeStringProperty("period", Convert.format(b.period()));
            gen.writeName("national");
            gen.writeStartObject();
            writeSummary(gen, b.national());
            gen.writeEndObject();
            gen.writeName("provinces");
            gen.writeStartArray();
            for (Map.Entry<DivisionCode, ReportSummary> p : b.provinces().entrySet()) {
                gen.writeStartObject();
                gen.writeStringProperty("code", p.getKey().toString());
                writeSummary(gen, p.getValue());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeName("industries");
            gen.writeStartArray();
            for (Industry i : Industry.values()) {
                ReportSummary s = b.industries().get(i);
                if (s != null) {
                    gen.writeStartObject();
                    gen.writeStringProperty("industry", i.name());
                    writeSummary(gen, s);
                    gen.writeEndObject();
                }
            }
            gen.writeEndArray();
            gen.writeName("alerts");
            gen.writeStartArray();
            for (Finding a : b.alerts()) {
                writeAlert(gen, a);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Writes the fields of a summary into the object already open. */
    static void writeSummary(JsonGenerator gen, ReportSummary s) {
        gen.writeName("enterprises");
        gen.writeStartObject();
        gen.writeNumberProperty("monitored", s.monitored());
        gen.writeNumberProperty("reported", s.reported());
        gen.writeNumberProperty("onTime", s.onTime());
        gen.writeEndObject();
        gen.writeNumberProperty("laidOffWorkers", s.laidOffWorkers());
        gen.writeNumberProperty("inCentre", s.inCentre());
        gen.writeNumberProperty("agreementsSigned", s.agreementsSigned());
        gen.writeNumberProperty("reemployed", s.reemployed());
        gen.writeNumberProperty("leftCentre", s.leftCentre());
        gen.writeNumberProperty("incidents", s.incidents());
        gen.writeName("allowance");
        gen.writeStartObject();
        gen.writeNumberProperty("dueFen", s.allowanceDue().fen());
        gen.writeNumberProperty("paidFen", s.allowancePaid().fen());
        gen.writeEndObject();
        gen.writeName("contributions");
        gen.writeStartObject();
        gen.writeNumberProperty("dueFen", s.contributionsDue().fen());
        gen.writeNumberProperty("paidFen", s.contributionsPaid().fen());
        gen.writeEndObject();
        gen.writeName("funds");
        gen.writeStartObject();
        gen.writeName("plan");
        CoreSerializers.writeSources(gen, s.fundsPlan(), false);
        gen.writeName("received");
        CoreSerializers.writeSources(gen, s.fundsReceived(), false);
        gen.writeEndObject();
    }

    /**
     * Writes an alert: {@code code}; {@code enterpriseId} when the subject is an organisation
     * code, else {@code region}; {@code arguments}, every value a string, in the finding's order.
     */
    static void writeAlert(JsonGenerator gen, Finding a) {
        gen.writeStartObject();
        gen.writeStringProperty("code", a.code().code());
        Parsed<OrganizationCode> id = OrganizationCode.check(a.subject());
        if (id.isValid() && id.value().toString().equals(a.subject())) {
            gen.writeStringProperty("enterpriseId", a.subject());
        } else {
            gen.writeStringProperty("region", a.subject());
        }
        gen.writeName("arguments");
        gen.writeStartObject();
        for (Map.Entry<String, String> arg : a.arguments().entrySet()) {
            gen.writeStringProperty(arg.getKey(), arg.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
