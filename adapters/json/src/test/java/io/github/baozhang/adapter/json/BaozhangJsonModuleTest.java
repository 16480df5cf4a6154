package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module and the mapper: interchange forms, strictness, field order, features. */
class BaozhangJsonModuleTest {

    private final JsonMapper mapper = InterchangeJson.mapper();

    private Enterprise ansteel() {
        return Json.read(InterchangeJson.enterpriseReader(),
                Elements.document("baozhang/enterprises@1", "enterprises", EnterprisesReaderTest.ANSTEEL)).values.get(0);
    }

    @Test
    void coreValuesInTheirInterchangeForms() {
        assertEquals("12345", mapper.writeValueAsString(Money.ofFen(12345)));
        assertEquals("-1", mapper.writeValueAsString(Money.ofFen(-1)));
        assertEquals("\"1/3\"", mapper.writeValueAsString(Ratio.of(2, 6)));
        assertEquals("7227", mapper.writeValueAsString(BasisPoints.of(7227)));
        assertEquals("\"D2143569X\"", mapper.writeValueAsString(OrganizationCode.parse("D2143569-x")));
        assertEquals("\"91350100M000100Y43\"", mapper.writeValueAsString(CreditCode.parse("91350100M000100Y43")));
        assertEquals("\"210300\"", mapper.writeValueAsString(DivisionCode.parse("210300")));
        assertEquals("\"2000-01\"", mapper.writeValueAsString(YearMonth.of(2000, 1)));
        assertEquals("\"0999-12\"", mapper.writeValueAsString(YearMonth.of(999, 12)));
        assertEquals("\"2000-02-29\"", mapper.writeValueAsString(LocalDate.of(2000, 2, 29)));
        assertEquals("\"2000-02-03T09:00:00+08:00\"",
                mapper.writeValueAsString(OffsetDateTime.of(2000, 2, 3, 9, 0, 0, 0, ZoneOffset.ofHours(8))));
        assertEquals("\"2000-02-03T09:00:00.5Z\"",
                mapper.writeValueAsString(OffsetDateTime.of(2000, 2, 3, 9, 0, 0, 500_000_000, ZoneOffset.UTC)));
        assertEquals("{\"enterpriseFen\":1,\"socialFen\":2,\"fiscalFen\":3}",
                mapper.writeValueAsString(SourceAmounts.ofFen(1, 2, 3)));
        assertEquals("{\"dueFen\":5,\"paidFen\":5,\"paidOn\":\"2000-01-15\"}",
                mapper.writeValueAsString(Payment.of(Money.ofFen(5), Money.ofFen(5), Optional.of(LocalDate.of(2000, 1, 15)))));
        assertEquals("{\"dueFen\":5,\"paidFen\":0}", mapper.writeValueAsString(Payment.of(Money.ofFen(5), Money.zero())));
    }

    @Test
    void readsTheSameForms() {
        assertEquals(Money.ofFen(12345), mapper.readValue("12345", Money.class));
        assertEquals(Ratio.ONE_THIRD, mapper.readValue("\"2/6\"", Ratio.class));
        assertEquals(OrganizationCode.parse("D2143569X"), mapper.readValue("\"D2143569-x\"", OrganizationCode.class));
        assertEquals(YearMonth.of(2000, 1), mapper.readValue("\"2000-01\"", YearMonth.class));
        OffsetDateTime t = mapper.readValue("\"2000-02-03T09:00:00+08:00\"", OffsetDateTime.class);
        assertEquals(ZoneOffset.ofHours(8), t.getOffset(), "the offset is kept, not adjusted to UTC");
    }

    private static List<ProblemCode> codes(JsonViolationException e) {
        return e.violations().stream().map(Violation::code).toList();
    }

    @Test
    void readingIsAsStrictAsTheReaders() {
        assertEquals(List.of(ProblemCode.AMOUNT_MALFORMED),
                codes(assertThrows(JsonViolationException.class, () -> mapper.readValue("1.5", Money.class))));
        assertEquals(List.of(ProblemCode.AMOUNT_MALFORMED),
                codes(assertThrows(JsonViolationException.class, () -> mapper.readValue("1E2", Money.class))));
        assertEquals(List.of(ProblemCode.JSON_TYPE),
                codes(assertThrows(JsonViolationException.class, () -> mapper.readValue("\"12\"", Money.class))));
        assertEquals(List.of(ProblemCode.JSON_NULL),
                codes(assertThrows(JsonViolationException.class, () -> mapper.readValue("null", Money.class))));
        assertEquals(List.of(ProblemCode.ORGANIZATION_CODE_CHECK),
                codes(assertThrows(JsonViolationException.class, () -> mapper.readValue("\"D21435690\"", OrganizationCode.class))));
        assertEquals(List.of(ProblemCode.INSTANT_MALFORMED), codes(assertThrows(JsonViolationException.class,
                () -> mapper.readValue("\"2000-02-03T09:00:00\"", OffsetDateTime.class))));
        JsonViolationException e = assertThrows(JsonViolationException.class, () -> mapper.readValue(
                "{\"id\": \"a\", \"affiliation\": \"LOCAL\", \"period\": \"2000-13\", \"requirementFen\": -1, \"extra\": 1}",
                FundingCase.class));
        assertEquals(List.of(ProblemCode.PERIOD_MALFORMED, ProblemCode.VALUE_NEGATIVE, ProblemCode.JSON_FIELD_UNKNOWN), codes(e));
        assertTrue(e.getMessage().contains("E9015 value=2000-13"), e.getMessage());
        assertThrows(tools.jackson.core.exc.StreamReadException.class, () -> mapper.readValue("{\"a\": 1, \"a\": 2}", Object.class),
                "repeated keys are refused by the mapper too");
    }

    @Test
    void elementsInInterchangeFieldOrderNotAlphabetical() {
        String json = mapper.writeValueAsString(ansteel());
        List<String> names = new ArrayList<>();
        Iterator<String> it = mapper.readTree(json).propertyNames().iterator();
        it.forEachRemaining(names::add);
        assertEquals(List.of("id", "name", "province", "city", "industry", "affiliation", "shougangExternal", "production",
                "severeLoss", "employees", "laidOffWorkers", "fundingBlindSpot", "incidentHistory", "hiddenRisk"), names);
        assertEquals(ansteel(), mapper.readValue(json, Enterprise.class));
    }

    @Test
    void theMapperIsConfiguredForTheInterchange() {
        assertTrue(mapper.isEnabled(SerializationFeature.FAIL_ON_EMPTY_BEANS));
        assertTrue(mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        assertFalse(mapper.isEnabled(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY));
        assertThrows(DatabindException.class, () -> mapper.writeValueAsString(new Empty()));
    }

    /** A bean with nothing to write. */
    static final class Empty {
    }

    @Test
    void features() {
        BaozhangJsonModule m = new BaozhangJsonModule();
        assertTrue(m.isEnabled(BaozhangJsonFeature.WRITE_DEFAULT_VALUES));
        assertFalse(m.isEnabled(BaozhangJsonFeature.WRITE_HYPHENATED_ORGANIZATION_CODES));
        JsonMapper hyphens = InterchangeJson.mapper(m.enable(BaozhangJsonFeature.WRITE_HYPHENATED_ORGANIZATION_CODES));
        assertEquals("\"D2143569-X\"", hyphens.writeValueAsString(OrganizationCode.parse("D2143569X")));
        FundingCase c = InterchangeJson.mapper().readValue(
                "{\"id\": \"a\", \"affiliation\": \"LOCAL\", \"period\": \"2000-01\", \"requirementFen\": 1}", FundingCase.class);
        assertEquals("{\"id\":\"a\",\"affiliation\":\"LOCAL\",\"period\":\"2000-01\",\"requirementFen\":1}",
                InterchangeJson.mapper(m.disable(BaozhangJsonFeature.WRITE_DEFAULT_VALUES)).writeValueAsString(c));
        assertEquals("{\"id\":\"a\",\"affiliation\":\"LOCAL\",\"shougangExternal\":false,\"period\":\"2000-01\","
                + "\"requirementFen\":1,\"enterpriseRatio\":\"1/3\",\"received\":{\"enterpriseFen\":0,\"socialFen\":0,"
                + "\"fiscalFen\":0},\"uiArrearsFen\":0}", mapper.writeValueAsString(c));
        assertEquals(m.features(), new BaozhangJsonModule().features());
        assertFalse(m.disable(BaozhangJsonFeature.WRITE_DEFAULT_VALUES).features().contains(BaozhangJsonFeature.WRITE_DEFAULT_VALUES));
    }

    @Test
    void jacksonFindsTheModuleThroughServiceLoader() {
        assertTrue(tools.jackson.databind.cfg.MapperBuilder.findModules().stream().anyMatch(BaozhangJsonModule.class::isInstance),
                () -> tools.jackson.databind.cfg.MapperBuilder.findModules().toString());
        List<JacksonModule> found = tools.jackson.databind.cfg.MapperBuilder.findModules(getClass().getClassLoader());
        assertTrue(found.stream().anyMatch(BaozhangJsonModule.class::isInstance));
    }

    @Test
    void theEnterprisesSinkWritesTheRegistry() {
        String written = Json.write(InterchangeJson.enterprisesSink(), EnterprisesDocument.of(List.of(ansteel())));
        assertEquals("""
                {
                  "format": "baozhang/enterprises@1",
                  "enterprises": [
                    {
                      "id": "D2143569X",
                      "name": "鞍山钢铁集团公司",
                      "province": "210000",
                      "city": "210300",
                      "industry": "METALLURGY",
                      "affiliation": "CENTRAL",
                      "shougangExternal": false,
                      "production": "HALF_STOPPED",
                      "severeLoss": true,
                      "employees": 180000,
                      "laidOffWorkers": 40000,
                      "fundingBlindSpot": false,
                      "incidentHistory": true,
                      "hiddenRisk": true
                    }
                  ]
                }
                """, written);
        assertEquals("{\n  \"format\": \"baozhang/enterprises@1\",\n  \"enterprises\": []\n}\n",
                Json.write(InterchangeJson.enterprisesSink(), EnterprisesDocument.of(List.of())));
    }

    @Test
    void contributionsWithADateCannotBeWritten() {
        MonthlyReport r = Generators.monthlyReports().sample();
        MonthlyReport dated = MonthlyReport.builder().from(r)
                .contributions(Payment.of(Money.ofFen(1), Money.ofFen(1), Optional.of(LocalDate.of(2000, 1, 2)))).build();
        assertThrows(DatabindException.class, () -> InterchangeJson.monthlyReportsSink()
                .write(MonthlyReportsDocument.of(List.of(dated)), new ByteArrayOutputStream()));
    }

    @Test
    void aSinkDoesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        InterchangeJson.fundingCasesSink().write(FundingCasesDocument.of(List.of()), out);
        assertFalse(closed[0]);
        assertEquals("json", InterchangeJson.fundingCasesSink().format());
        assertEquals(InterchangeKinds.FUNDING_CASES, InterchangeJson.fundingCasesSink().kind());
        assertEquals(FundingCasesDocument.class, InterchangeJson.fundingCasesSink().valueType());
    }
}
