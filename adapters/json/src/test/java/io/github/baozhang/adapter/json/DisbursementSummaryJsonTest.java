package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.baozhang.disbursement.DisbursementAccumulator;
import io.github.baozhang.disbursement.DisbursementSummary;
import io.github.baozhang.disbursement.PeriodDisbursementSummary;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code disbursement-summary@1}: the field names of INTERCHANGE.md, exact sums, the schema. */
class DisbursementSummaryJsonTest {

    static final DivisionCode BEIJING = DivisionCode.check("110000").value();
    static final DivisionCode GUANGDONG = DivisionCode.check("440000").value();
    static final OrganizationCode E1 = OrganizationCode.check("100000016").value();

    static PeriodDisbursementSummary sample(DisbursementSummary national) {
        DisbursementSummary one = DisbursementSummary.ofRow(24000, 24000, 9000, 8000, true);
        return new PeriodDisbursementSummary(YearMonth.of(1999, 7),
                new PeriodDisbursementSummary.Rows(2, 1, Map.of("E2005", 1L)),
                List.of(new PeriodDisbursementSummary.Enterprise(E1, BEIJING, one),
                        new PeriodDisbursementSummary.Enterprise(E1, GUANGDONG, one)),
                Map.of(GUANGDONG, one, BEIJING, one), national, List.of());
    }

    static String write(PeriodDisbursementSummary s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeJson.disbursementSummarySink().write(s, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static List<Error> validate(String text) throws IOException {
        try (InputStream in = DisbursementSummaryJson.schema()) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            return schema.validate(InterchangeJson.mapper().readTree(text));
        }
    }

    @Test
    void writesTheFieldsOfTheContract() throws IOException {
        DisbursementSummary one = DisbursementSummary.ofRow(24000, 24000, 9000, 8000, true);
        String text = write(sample(one.merge(one)));
        assertTrue(text.endsWith("}\n"));
        JsonNode n = InterchangeJson.mapper().readTree(text);
        assertEquals("baozhang/disbursement-summary@1", n.get("format").asString());
        assertEquals("1999-07", n.get("period").asString());
        assertEquals(3, n.get("rows").get("read").asLong());
        assertEquals(2, n.get("rows").get("accepted").asLong());
        assertEquals(1, n.get("rows").get("rejected").asLong());
        assertEquals(1, n.get("rejectedByCode").get("E2005").asLong());
        JsonNode e = n.get("enterprises").get(0);
        assertEquals("100000016", e.get("enterpriseId").asString());
        assertEquals("110000", e.get("province").asString());
        assertEquals(1, e.get("rows").asLong());
        assertEquals(1, e.get("onTime").asLong());
        assertEquals(0, e.get("paidInFull").asLong(), "contributions not paid in full");
        assertEquals(24000, e.get("allowance").get("dueFen").asLong());
        assertEquals(8000, e.get("contributions").get("paidFen").asLong());
        assertEquals("440000", n.get("enterprises").get(1).get("province").asString());
        assertEquals("110000", n.get("provinces").get(0).get("code").asString(), "provinces in code order");
        assertEquals("440000", n.get("provinces").get(1).get("code").asString());
        assertEquals(2, n.get("national").get("rows").asLong());
        assertEquals(48000, n.get("national").get("allowance").get("dueFen").asLong());
        assertEquals(List.of(), validate(text));
        assertEquals(text, write(sample(one.merge(one))), "deterministic");
    }

    @Test
    void sumsBeyondSixtyFourBitsAreWrittenInFull() throws IOException {
        DisbursementAccumulator acc = DisbursementAccumulator.create();
        acc.add(Long.MAX_VALUE, 0, 0, 0, true).add(Long.MAX_VALUE, 0, 0, 0, true);
        String text = write(sample(acc.toSummary()));
        JsonNode n = InterchangeJson.mapper().readTree(text);
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1),
                n.get("national").get("allowance").get("dueFen").bigIntegerValue());
        assertEquals(List.of(), validate(text));
    }

    @Test
    void theSchemaRefusesUnknownAndMissingFields() throws IOException {
        String text = write(sample(DisbursementSummary.identity()));
        assertFalse(validate(text.replace("\"paidInFull\"", "\"paidInFul\"")).isEmpty());
        assertFalse(validate(text.replace("\"rejectedByCode\"", "\"extra\"")).isEmpty());
        assertFalse(validate(text.replace("\"E2005\"", "\"bad\"")).isEmpty());
        assertFalse(validate(text.replace("disbursement-summary@1", "disbursement-summary@2")).isEmpty());
    }

    @Test
    void theSinkFlushesButDoesNotClose() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DisbursementSummaryJson.sink().write(sample(DisbursementSummary.identity()), out);
        assertFalse(closed[0]);
        assertTrue(bytes.size() > 0);
        assertEquals("json", DisbursementSummaryJson.sink().format());
        assertEquals(DisbursementSummaryJson.KIND, DisbursementSummaryJson.sink().kind());
        assertEquals(PeriodDisbursementSummary.class, DisbursementSummaryJson.sink().valueType());
    }

    @Test
    void aFailingStreamIsAnIoError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThrows(IOException.class, () -> DisbursementSummaryJson.sink().write(sample(DisbursementSummary.identity()), broken));
    }
}
