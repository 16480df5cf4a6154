package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.funding.Backstop;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.funding.FundingSource;
import io.github.baozhang.funding.PerWorkerCost;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * The serializers of the core values in their interchange forms: amounts as integer fen, ratios
 * as {@code "p/q"}, identifiers as their canonical strings, periods, dates and instants as the
 * interchange writes them, and the shapes of a funding case and a funding result.
 */
public final class CoreSerializers {

    private CoreSerializers() {
    }

    /** An amount as an integer number of fen. */
    public static final class MoneySerializer extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.fen());
        }
    }

    /** Basis points as an integer. */
    public static final class BasisPointsSerializer extends ValueSerializer<BasisPoints> {
        @Override
        public void serialize(BasisPoints value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(value.value());
        }
    }

    /** A ratio as {@code "p/q"} in lowest terms. */
    public static final class RatioSerializer extends ValueSerializer<Ratio> {
        @Override
        public void serialize(Ratio value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.toString());
        }
    }

    /** An organisation code: nine characters, or {@code XXXXXXXX-X} when asked. */
    public static final class OrganizationCodeSerializer extends ValueSerializer<OrganizationCode> {
        private final boolean hyphenated;

        /**
         * Creates the serializer.
         *
         * @param hyphenated  whether to write the printed form with a hyphen
         */
        public OrganizationCodeSerializer(boolean hyphenated) {
            this.hyphenated = hyphenated;
        }

        @Override
        public void serialize(OrganizationCode value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(hyphenated ? value.toDisplayString() : value.toString());
        }
    }

    /**
     * A value written as text by a function: a credit code, a division code, a citizen ID.
     *
     * @param <T>  the type
     */
    public static final class TextSerializer<T> extends ValueSerializer<T> {
        private final Function<? super T, String> text;

        /**
         * Creates the serializer.
         *
         * @param text  the text of a value, not null
         */
        public TextSerializer(Function<? super T, String> text) {
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(text.apply(value));
        }
    }

    /**
     * Returns the serializer of periods, {@code YYYY-MM}.
     *
     * @return the serializer, not null
     */
    public static ValueSerializer<YearMonth> periods() {
        return new TextSerializer<YearMonth>(Convert::format);
    }

    /**
     * Returns the serializer of dates, {@code YYYY-MM-DD}.
     *
     * @return the serializer, not null
     */
    public static ValueSerializer<LocalDate> dates() {
        return new TextSerializer<LocalDate>(Convert::format);
    }

    /**
     * Returns the serializer of instants with their offset.
     *
     * @return the serializer, not null
     */
    public static ValueSerializer<OffsetDateTime> instants() {
        return new TextSerializer<OffsetDateTime>(Convert::format);
    }

    /** Writes {@code {"enterpriseFen", "socialFen", "fiscalFen"}}, and {@code totalFen} when asked. */
    static void writeSources(JsonGenerator gen, SourceAmounts amounts, boolean total) {
        gen.writeStartObject();
        gen.writeNumberProperty("enterpriseFen", amounts.enterprise().fen());
        gen.writeNumberProperty("socialFen", amounts.social().fen());
        gen.writeNumberProperty("fiscalFen", amounts.fiscal().fen());
        if (total) {
            gen.writeNumberProperty("totalFen", amounts.total().fen());
        }
        gen.writeEndObject();
    }

    /** {@code {"enterpriseFen", "socialFen", "fiscalFen"}}. */
    public static final class SourceAmountsSerializer extends ValueSerializer<SourceAmounts> {
        @Override
        public void serialize(SourceAmounts value, JsonGenerator gen, SerializationContext ctxt) {
            writeSources(gen, value, false);
        }
    }

    /**
     * The {@code contributions} of a monthly report: {@code {"dueFen", "paidFen"}}, no date — the
     * interchange has none there, so a payment with a date cannot be written.
     */
    public static final class ContributionsSerializer extends ValueSerializer<Payment> {
        @Override
        public void serialize(Payment value, JsonGenerator gen, SerializationContext ctxt) {
            if (value.paidOn().isPresent()) {
                throw DatabindException.from(gen,
                        "monthly-reports@1 has no contributions.paidOn: a report whose contributions carry a date cannot be written");
            }
            gen.writeStartObject();
            gen.writeNumberProperty("dueFen", value.due().fen());
            gen.writeNumberProperty("paidFen", value.paid().fen());
            gen.writeEndObject();
        }
    }

    /** A funding case in the shape of {@code funding-cases@1}, the per-worker form flattened. */
    public static final class FundingCaseSerializer extends ValueSerializer<FundingCase> {
        private final boolean writeDefaults;

        /**
         * Creates the serializer.
         *
         * @param writeDefaults  whether to write optional fields that hold their default
         */
        public FundingCaseSerializer(boolean writeDefaults) {
            this.writeDefaults = writeDefaults;
        }

        @Override
        public void serialize(FundingCase c, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("id", c.id());
            gen.writeStringProperty("affiliation", c.affiliation().name());
            if (writeDefaults || c.shougangExternal()) {
                gen.writeBooleanProperty("shougangExternal", c.shougangExternal());
            }
            gen.writeStringProperty("period", Convert.format(c.period()));
            if (c.requirement().isPresent()) {
                gen.writeNumberProperty("requirementFen", c.requirement().get().fen());
            }
            if (c.perWorker().isPresent()) {
                PerWorkerCost w = c.perWorker().get();
                gen.writeNumberProperty("workers", w.workers());
                gen.writeNumberProperty("months", w.months());
                gen.writeNumberProperty("allowancePerWorkerFen", w.allowancePerWorker().fen());
                gen.writeNumberProperty("contributionsPerWorkerFen", w.contributionsPerWorker().fen());
            }
            if (writeDefaults || !c.enterpriseRatio().equals(Ratio.ONE_THIRD)) {
                gen.writeStringProperty("enterpriseRatio", c.enterpriseRatio().toString());
            }
            if (writeDefaults || !c.received().equals(SourceAmounts.zero())) {
                gen.writeName("received");
                writeSources(gen, c.received(), false);
            }
            if (writeDefaults || !c.uiArrears().isZero()) {
                gen.writeNumberProperty("uiArrearsFen", c.uiArrears().fen());
            }
            gen.writeEndObject();
        }
    }

    /** A funding result in the shape of {@code funding-results@1}. */
    public static final class FundingResultSerializer extends ValueSerializer<FundingResult> {
        @Override
        public void serialize(FundingResult r, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("id", r.caseId());
            gen.writeNumberProperty("requirementFen", r.requirement().fen());
            gen.writeNumberProperty("uiArrearsFen", r.uiArrears().fen());
            gen.writeName("plan");
            writeSources(gen, r.plan(), false);
            gen.writeName("payers");
            gen.writeStartObject();
            gen.writeStringProperty("enterprise", r.payers().get(FundingSource.ENTERPRISE).name());
            gen.writeStringProperty("social", r.payers().get(FundingSource.SOCIAL).name());
            gen.writeStringProperty("fiscal", r.payers().get(FundingSource.FISCAL).name());
            gen.writeEndObject();
            gen.writeName("received");
            writeSources(gen, r.received(), false);
            gen.writeName("gap");
            writeSources(gen, r.gap(), true);
            gen.writeName("excess");
            writeSources(gen, r.excess(), false);
            gen.writeName("arrivalBp");
            gen.writeStartObject();
            gen.writeNumberProperty("enterprise", r.arrival().enterprise().value());
            gen.writeNumberProperty("social", r.arrival().social().value());
            gen.writeNumberProperty("fiscal", r.arrival().fiscal().value());
            gen.writeNumberProperty("overall", r.arrival().overall().value());
            gen.writeEndObject();
            gen.writeName("backstops");
            gen.writeStartArray();
            for (Backstop b : r.backstops()) {
                gen.writeStartObject();
                gen.writeStringProperty("source", b.source().name());
                gen.writeStringProperty("payer", b.payer().name());
                gen.writeNumberProperty("amountFen", b.amount().fen());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }
}
