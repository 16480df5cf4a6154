package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.adapter.json.InterchangeKinds;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingOutcome;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads funding cases, evaluates them and writes {@code funding-results@1}, in constant memory:
 * a first pass checks the document (nothing is written if it is rejected as a whole), a second
 * writes {@code results[]} as the cases stream by, and a third, only when some case was
 * rejected, writes {@code rejected[]}. The source is opened two or three times.
 */
public final class FundingRun {

    private FundingRun() {
    }

    /**
     * Runs the three passes.
     *
     * @param source  the funding cases, opened up to three times, not null
     * @param out  where the results go, not closed, not null
     * @param mapper  the mapper of the interchange format, not null
     * @param messages  the message of a violation, not null
     * @return the counts of the first pass; when the document is rejected, nothing was written
     * @throws IOException if the source cannot be read, changes between passes, or writing fails
     */
    public static ReadSummary run(Source source, OutputStream out, JsonMapper mapper,
            Function<? super Violation, String> messages) throws IOException {
        DocumentReader<FundingCase> reader = Readers.fundingCases();
        ReadSummary first = reader.read(source, new Ignore(), v -> { });
        if (first.isDocumentRejected()) {
            return first;
        }
        long[] notFunded = {0};
        try (JsonGenerator gen = mapper.writer().withDefaultPrettyPrinter().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringProperty("format", InterchangeKinds.FUNDING_RESULTS.name());
            gen.writeName("results");
            gen.writeStartArray();
            ReadSummary second = reader.read(source, new Ignore() {
                @Override
                public void accepted(FundingCase value, Location location, long index) {
                    FundingOutcome outcome = ThreeThirds.evaluate(value);
                    if (outcome.isFunded()) {
                        gen.writePOJO(outcome.result());
                    } else {
                        notFunded[0]++;
                    }
                }
            }, v -> { });
            requireSame(first, second);
            gen.writeEndArray();
            gen.writeName("rejected");
            gen.writeStartArray();
            if (first.rejected() > 0 || notFunded[0] > 0) {
                ReadSummary third = reader.read(source, new DocumentReader.Records<FundingCase>() {
                    @Override
                    public void accepted(FundingCase value, Location location, long index) {
                        FundingOutcome outcome = ThreeThirds.evaluate(value);
                        if (!outcome.isFunded()) {
                            DocumentSerializers.writeRejection(gen, value.id(), index, outcome.violations(), messages);
                        }
                    }

                    @Override
                    public void rejected(RejectedRecord record, long index, String id) {
                        DocumentSerializers.writeRejection(gen, id, index, record.violations(), messages);
                    }
                }, v -> { });
                requireSame(first, third);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw e;
        }
        out.write('\n');
        out.flush();
        return first;
    }

    private static void requireSame(ReadSummary first, ReadSummary again) throws IOException {
        if (!first.equals(again)) {
            throw new IOException("the funding cases changed while they were read: " + first + " then " + again);
        }
    }

    /** Ignores everything; a pass overrides what it needs. */
    private static class Ignore implements DocumentReader.Records<FundingCase> {
        @Override
        public void accepted(FundingCase value, Location location, long index) {
        }

        @Override
        public void rejected(RejectedRecord record, long index, String id) {
        }
    }
}
