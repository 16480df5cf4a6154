package io.github.baozhang.adapter.json;

import static io.github.baozhang.adapter.json.Json.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.problem.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funding job: funding cases in, funding results out ({@code fund FILE} of the CLI). */
class FundTest {

    static final String CASES = q("""
            {"format": "baozhang/funding-cases@1", "cases": [
            {"id": "c1", "affiliation": "LOCAL", "period": "2000-01", "requirementFen": 101,
             "received": {"enterpriseFen": 33, "socialFen": 40}, "uiArrearsFen": 500},
            {"id": "bad", "affiliation": "CENTRAL", "period": "2000-01", "requirementFen": -5, "x": 1},
            {"affiliation": "LOCAL", "period": "2000-01", "requirementFen": 1}
            ]}""");

    static final String RESULTS = """
            {
              "format": "baozhang/funding-results@1",
              "results": [
                {
                  "id": "c1",
                  "requirementFen": 101,
                  "uiArrearsFen": 500,
                  "plan": {
                    "enterpriseFen": 33,
                    "socialFen": 34,
                    "fiscalFen": 34
                  },
                  "payers": {
                    "enterprise": "ENTERPRISE",
                    "social": "UI_FUND_LOCAL",
                    "fiscal": "FINANCE_LOCAL"
                  },
                  "received": {
                    "enterpriseFen": 33,
                    "socialFen": 40,
                    "fiscalFen": 0
                  },
                  "gap": {
                    "enterpriseFen": 0,
                    "socialFen": 0,
                    "fiscalFen": 34,
                    "totalFen": 34
                  },
                  "excess": {
                    "enterpriseFen": 0,
                    "socialFen": 6,
                    "fiscalFen": 0
                  },
                  "arrivalBp": {
                    "enterprise": 10000,
                    "social": 11764,
                    "fiscal": 0,
                    "overall": 7227
                  },
                  "backstops": [
                    {
                      "source": "FISCAL",
                      "payer": "FINANCE_LOCAL",
                      "amountFen": 34
                    }
                  ]
                }
              ],
              "rejected": [
                {
                  "id": "bad",
                  "index": 1,
                  "violations": [
                    {
                      "field": "requirementFen",
                      "code": "E1001",
                      "message": "E1001 value=-5"
                    },
                    {
                      "field": "x",
                      "code": "E9009",
                      "message": "E9009 field=x"
                    }
                  ]
                },
                {
                  "index": 2,
                  "violations": [
                    {
                      "field": "id",
                      "code": "E9010",
                      "message": "E9010 field=id"
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void streamsResultsInInputOrderAndEveryRejection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadSummary summary = InterchangeJson.fund(Json.source(CASES), out);
        assertEquals(RESULTS, out.toString(StandardCharsets.UTF_8));
        assertEquals(3, summary.read());
        assertEquals(1, summary.accepted());
        assertEquals(2, summary.rejected());
        assertTrue(SchemaAgreementTest.validate(SchemaAgreementTest.schema(InterchangeKinds.FUNDING_RESULTS),
                out.toString(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void theSinkWritesTheSameDocumentFromValues() throws Exception {
        List<FundingCase> cases = InterchangeJson.fundingCaseReader().readAll(Json.source(CASES)).values();
        FundingResultsDocument doc = InterchangeJson.fund(cases);
        assertEquals(1, doc.results().size());
        String written = Json.write(InterchangeJson.fundingResultsSink(), doc);
        assertEquals(RESULTS.substring(0, RESULTS.indexOf("\"rejected\"")), written.substring(0, written.indexOf("\"rejected\"")));
        assertTrue(written.endsWith("\"rejected\": []\n}\n"), written);
    }

    @Test
    void inMemoryCasesThatTheRuleRejectsKeepTheirIndex() throws Exception {
        FundingCase ok = InterchangeJson.fundingCaseReader().readAll(Json.source(CASES)).values().get(0);
        FundingCase bad = ok.withUiArrears(io.github.baozhang.money.Money.ofFen(-1));
        FundingResultsDocument doc = InterchangeJson.fund(List.of(bad, ok));
        assertEquals(1, doc.rejected().size());
        assertEquals(0, doc.rejected().get(0).index());
        assertEquals("c1", doc.rejected().get(0).id().orElseThrow());
        assertEquals(ProblemCode.VALUE_NEGATIVE, doc.rejected().get(0).violations().get(0).code());
        String written = Json.write(InterchangeJson.fundingResultsSink(v -> "负数 " + v.location().field().orElse("")), doc);
        assertTrue(written.contains("\"message\": \"负数 uiArrearsFen\""), written);
    }

    @Test
    void theMessagesArePluggable() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InterchangeJson.fund(Json.source(CASES), out, v -> "规则 " + v.code().code());
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\"message\": \"规则 E1001\""), text);
    }

    @Test
    void aDocumentRejectedAsAWholeWritesNothing() throws Exception {
        for (String broken : List.of(CASES.replace("funding-cases@1", "funding-cases@2"), CASES.substring(0, 100),
                CASES.replace("\"period\": \"2000-01\", \"requirementFen\": 101", "\"period\": \"2000-01\", \"period\": \"x\""),
                "not json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReadSummary summary = InterchangeJson.fund(Json.source(broken), out);
            assertTrue(summary.isDocumentRejected(), broken);
            assertEquals(0, summary.read());
            assertEquals(0, out.size(), broken);
        }
    }

    @Test
    void allValidIsClean() throws Exception {
        String clean = q("{'format': 'baozhang/funding-cases@1', 'cases': [{'id': 'a', 'affiliation': 'CENTRAL',"
                + " 'period': '2000-01', 'workers': 2, 'months': 1, 'allowancePerWorkerFen': 100,"
                + " 'contributionsPerWorkerFen': 50, 'enterpriseRatio': '0/1'}]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadSummary summary = InterchangeJson.fund(Json.source(clean), out);
        assertTrue(summary.isClean());
        var tree = InterchangeJson.mapper().readTree(out.toByteArray());
        var r = tree.get("results").get(0);
        assertEquals(300, r.get("requirementFen").asLong());
        assertEquals(0, r.get("plan").get("enterpriseFen").asLong());
        assertEquals(100, r.get("plan").get("socialFen").asLong());
        assertEquals(200, r.get("plan").get("fiscalFen").asLong());
        assertEquals("FINANCE_CENTRAL", r.get("payers").get("fiscal").asString());
        assertEquals(10000, r.get("arrivalBp").get("enterprise").asLong(), "a plan of zero has fully arrived");
        assertEquals("FINANCE_CENTRAL", r.get("backstops").get(1).get("payer").asString());
        assertEquals(0, tree.get("rejected").size());
    }
}
