package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader of {@code baozhang/enterprises@1}. */
class EnterprisesReaderTest {

    private final FeedReader<Enterprise> reader = InterchangeJson.enterpriseReader();

    /** 鞍山钢铁 in Anshan (210300), Liaoning (210000), 1999. */
    static final Elements ANSTEEL = Elements.of(
            "id", "\"D2143569X\"", "name", "\"鞍山钢铁集团公司\"", "province", "\"210000\"", "city", "\"210300\"",
            "industry", "\"METALLURGY\"", "affiliation", "\"CENTRAL\"", "shougangExternal", "false",
            "production", "\"HALF_STOPPED\"", "severeLoss", "true", "employees", "180000", "laidOffWorkers", "40000",
            "fundingBlindSpot", "false", "incidentHistory", "true", "hiddenRisk", "true");

    private static String doc(Elements... elements) {
        return Elements.document("baozhang/enterprises@1", "enterprises", elements);
    }

    private List<Violation> rejectedOne(Elements e) {
        return Json.read(reader, doc(e)).onlyRejected();
    }

    private void rejects(Elements e, ProblemCode code, String field, Map<String, String> arguments) {
        List<Violation> v = rejectedOne(e);
        assertEquals(1, v.size(), v::toString);
        String top = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        Expect.violation(v.get(0), code, "/enterprises/0/" + field.replace('.', '/'), 2, e.columnOf(top), field, arguments);
    }

    @Test
    void readsAnEnterprise() {
        Json.Read<Enterprise> r = Json.read(reader, doc(ANSTEEL));
        assertTrue(r.summary.isClean(), r.rejected::toString);
        assertEquals(Enterprise.builder().id(OrganizationCode.parse("D2143569X")).name("鞍山钢铁集团公司")
                .province(DivisionCode.parse("210000")).city(DivisionCode.parse("210300")).industry(Industry.METALLURGY)
                .affiliation(Affiliation.CENTRAL).shougangExternal(false).production(ProductionStatus.HALF_STOPPED)
                .severeLoss(true).employees(180000).laidOffWorkers(40000).fundingBlindSpot(false).incidentHistory(true)
                .hiddenRisk(true).build(), r.values.get(0));
    }

    @Test
    void organisationCodesAreNormalisedAndTheCreditCodeIsItsOwnKey() {
        String credit = "91350100M000100Y43";
        Json.Read<Enterprise> r = Json.read(reader, doc(ANSTEEL.with("id", "\"D2143569-X\""),
                ANSTEEL.with("id", "\"M000100Y4\"").with("creditCode", "\"" + credit + "\""),
                ANSTEEL.with("id", "\"D2143569-x\"")));
        assertEquals(OrganizationCode.parse("D2143569X"), r.values.get(0).id());
        assertEquals(CreditCode.parse(credit), r.values.get(1).creditCode().orElseThrow());
        assertEquals(1, r.summary.rejected(), "the third repeats the first's id");
        Violation dup = r.rejected.get(0).violations().get(0);
        Expect.violation(dup, ProblemCode.ENTERPRISE_DUPLICATE_ID, "/enterprises/2/id", 4, 8, "id", Map.of("id", "D2143569X"));
    }

    @Test
    void identifiersAreChecked() {
        rejects(ANSTEEL.with("id", "\"D21435690\""), ProblemCode.ORGANIZATION_CODE_CHECK, "id",
                Map.of("expected", "X", "actual", "0"));
        rejects(ANSTEEL.with("id", "\"D2143569\""), ProblemCode.ORGANIZATION_CODE_LENGTH, "id", Map.of("length", "8"));
        rejects(ANSTEEL.with("creditCode", "\"91350100M000100Y44\""), ProblemCode.CREDIT_CODE_CHECK, "creditCode",
                Map.of("expected", "3", "actual", "4"));
        rejects(ANSTEEL.with("creditCode", "\"91350100M000100Y43\""), ProblemCode.ENTERPRISE_CREDIT_CODE_MISMATCH,
                "creditCode", Map.of("creditCode", "91350100M000100Y43", "id", "D2143569X"));
        rejects(ANSTEEL.with("province", "\"990000\""), ProblemCode.DIVISION_CODE_FORMAT, "province", Map.of("value", "990000"));
    }

    @Test
    void theCityLiesInTheProvince() {
        rejects(ANSTEEL.with("province", "\"220000\""), ProblemCode.CITY_OUTSIDE_PROVINCE, "city",
                Map.of("city", "210300", "province", "220000"));
        rejects(ANSTEEL.with("city", "\"219900\""), ProblemCode.DIVISION_CODE_UNKNOWN, "city",
                Map.of("code", "219900", "revision", "199912"));
        rejects(ANSTEEL.with("province", "\"210300\""), ProblemCode.DIVISION_CODE_LEVEL, "province",
                Map.of("code", "210300", "level", "PREFECTURE", "expected", "PROVINCE"));
    }

    @Test
    void aRevisionCanBeChosen() {
        // 重庆 500000 is in the 1999 table; read against 2002 as well.
        Elements chongqing = ANSTEEL.with("province", "\"500000\"").with("city", "\"500101\"");
        Json.Read<Enterprise> r = Json.read(InterchangeJson.enterpriseReader(Gb2260Revision.R2002), doc(chongqing));
        assertEquals(1, r.summary.accepted(), r.rejected::toString);
    }

    @Test
    void theRulesOfOneEnterprise() {
        rejects(ANSTEEL.with("shougangExternal", "true"), ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL, "shougangExternal",
                Map.of());
        rejects(ANSTEEL.with("laidOffWorkers", "180001"), ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES, "laidOffWorkers",
                Map.of("laidOffWorkers", "180001", "employees", "180000"));
        rejects(ANSTEEL.with("name", "\"  \""), ProblemCode.ENTERPRISE_NAME_BLANK, "name", Map.of());
        rejects(ANSTEEL.with("employees", "-1"), ProblemCode.VALUE_NEGATIVE, "employees", Map.of("value", "-1"));
        rejects(ANSTEEL.with("industry", "\"metallurgy\""), ProblemCode.ENUM_VALUE_UNKNOWN, "industry",
                Map.of("value", "metallurgy", "allowed", "MILITARY,METALLURGY,NONFERROUS,OTHER"));
        rejects(ANSTEEL.with("production", "\"HALF STOPPED\""), ProblemCode.ENUM_VALUE_UNKNOWN, "production",
                Map.of("value", "HALF STOPPED", "allowed", "NORMAL,HALF_STOPPED,STOPPED"));
    }

    @Test
    void aRuleAboutAFieldThatFailedIsNotReportedAgain() {
        List<Violation> v = rejectedOne(ANSTEEL.with("province", "\"21000\"").with("employees", "\"many\""));
        assertEquals(List.of(ProblemCode.DIVISION_CODE_FORMAT, ProblemCode.JSON_TYPE),
                v.stream().map(Violation::code).toList());
    }

    @Test
    void everyFieldButTheCreditCodeIsRequired() {
        for (String field : ANSTEEL.fields().keySet()) {
            List<Violation> v = rejectedOne(ANSTEEL.without(field));
            assertEquals(ProblemCode.JSON_FIELD_MISSING, v.get(0).code(), field);
            assertEquals(field, v.get(0).location().field().orElseThrow());
        }
    }
}
