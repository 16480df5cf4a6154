package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.json.JsonViolationException;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Parsed;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * The deserializers of the core values, as strict as the readers: a value that is not valid
 * interchange format throws {@link JsonViolationException} with every violation found; {@code null}
 * is refused. The object deserializers share the readers' shapes and binders.
 */
public final class CoreDeserializers {

    private CoreDeserializers() {
    }

    static Pos here(JsonParser p) {
        return ElementParser.pos(p.streamReadContext().pathAsPointer().toString(), p.currentTokenLocation());
    }

    static JsonViolationException fail(JsonParser p, ProblemCode code, String offending, String... namesAndValues) {
        return new JsonViolationException(p,
                List.of(Issues.violation(null, code, here(p), null, offending, namesAndValues)));
    }

    static JsonViolationException wrongType(JsonParser p, String expected) {
        JsonToken t = p.currentToken();
        return fail(p, ProblemCode.JSON_TYPE, null, "expected", expected, "actual",
                t == null ? "nothing" : DocumentReader.jsonType(t));
    }

    /** Refuses {@code null}, which the interchange never accepts. */
    abstract static class Strict<T> extends ValueDeserializer<T> {
        @Override
        public T getNullValue(DeserializationContext ctxt) {
            throw fail(ctxt.getParser(), ProblemCode.JSON_NULL, "null");
        }
    }

    /** An amount: an integer number of fen, no fraction, no exponent, 64-bit. */
    public static final class MoneyDeserializer extends Strict<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw wrongType(p, "integer");
            }
            String literal = p.getString();
            if (literal.length() > ElementParser.MAX_NUMBER_LENGTH) {
                throw fail(p, ProblemCode.JSON_NUMBER_TOO_LONG, literal, "length", Integer.toString(literal.length()),
                        "max", Integer.toString(ElementParser.MAX_NUMBER_LENGTH));
            }
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                throw fail(p, ProblemCode.AMOUNT_MALFORMED, literal, "value", literal,
                        "reason", literal.indexOf('.') >= 0 ? "fraction" : "exponent");
            }
            try {
                return Money.ofFen(Long.parseLong(literal));
            } catch (NumberFormatException e) {
                throw fail(p, ProblemCode.AMOUNT_MALFORMED, literal, "value", literal, "reason", "range");
            }
        }
    }

    /**
     * A value written as a string and parsed by a core {@code check} factory.
     *
     * @param <T>  the type
     */
    public static final class TextDeserializer<T> extends Strict<T> {
        private final Function<String, Parsed<T>> parser;

        /**
         * Creates the deserializer.
         *
         * @param parser  the core factory, not null
         */
        public TextDeserializer(Function<String, Parsed<T>> parser) {
            this.parser = parser;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw wrongType(p, "string");
            }
            String text = p.getString();
            Parsed<T> parsed = parser.apply(text);
            if (!parsed.isValid()) {
                Violation v = parsed.toViolation(Issues.location(null, here(p), null));
                throw new JsonViolationException(p, List.of(Violation.builder().from(v).offendingValue(Issues.cut(text)).build()));
            }
            return parsed.value();
        }
    }

    /**
     * An element of a kind, read and bound exactly as its reader does.
     *
     * @param <T>  the type
     */
    public static final class BoundDeserializer<T> extends Strict<T> {
        private final Shape shape;
        private final Supplier<? extends Binder<T>> binders;

        BoundDeserializer(Shape shape, Supplier<? extends Binder<T>> binders) {
            this.shape = shape;
            this.binders = binders;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw wrongType(p, "object");
            }
            Issues issues = new Issues(null);
            try {
                Node element = ElementParser.readObject(p, shape, here(p), "", "", null, issues);
                T value = binders.get().bind(element, issues);
                if (!issues.isEmpty()) {
                    throw new JsonViolationException(p, issues.violations());
                }
                return value;
            } catch (DocumentError e) {
                throw new JsonViolationException(p, List.of(e.violation));
            }
        }
    }

    /**
     * Returns the deserializer of an {@link Enterprise} (no registry: ids are not compared).
     *
     * @param revision  the GB/T 2260 revision cities are read against, not null
     * @return the deserializer, not null
     */
    public static ValueDeserializer<Enterprise> enterprises(Gb2260Revision revision) {
        return new BoundDeserializer<>(EnterpriseBinder.SHAPE, () -> new EnterpriseBinder(Gb2260.of(revision)));
    }

    /**
     * Returns the deserializer of a {@link FundingCase}.
     *
     * @return the deserializer, not null
     */
    public static ValueDeserializer<FundingCase> fundingCases() {
        return new BoundDeserializer<>(FundingCaseBinder.SHAPE, FundingCaseBinder::new);
    }

    /**
     * Returns the deserializer of a {@link MonthlyReport}.
     *
     * @return the deserializer, not null
     */
    public static ValueDeserializer<MonthlyReport> monthlyReports() {
        return new BoundDeserializer<>(MonthlyReportBinder.SHAPE, MonthlyReportBinder::new);
    }

    /**
     * Returns the deserializer of a {@link DisbursementRecord} (alone: no duplicate recipients).
     *
     * @return the deserializer, not null
     */
    public static ValueDeserializer<DisbursementRecord> disbursementRecords() {
        return new BoundDeserializer<>(DisbursementBinder.SHAPE, () -> new DisbursementBinder(false));
    }

    /**
     * Returns the deserializer of an {@link Incident} (alone: ids are not compared).
     *
     * @return the deserializer, not null
     */
    public static ValueDeserializer<Incident> incidents() {
        return new BoundDeserializer<>(IncidentBinder.SHAPE, () -> new IncidentBinder(false));
    }
}
