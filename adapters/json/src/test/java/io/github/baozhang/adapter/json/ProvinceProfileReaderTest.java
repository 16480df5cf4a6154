package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ProfileResolution;
import io.github.baozhang.adapter.spi.Profiles;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.incident.RiskLevel;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.AllowanceLadder;
import io.github.baozhang.profile.ProvinceProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader of {@code baozhang/province-profile@1}, the Beijing sample, and its schema. */
class ProvinceProfileReaderTest {

    static final Path BEIJING = Path.of("../../docs/profiles/beijing-1999.json");
    private static final FeedReader<ProvinceProfile> READER = InterchangeJson.provinceProfileReader();

    static ReadResult<ProvinceProfile> read(String json) throws IOException {
        return READER.readAll(Source.of("p.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A document with the given members after format and name, one per line from line 4. */
    static String doc(String... members) {
        StringBuilder sb = new StringBuilder("{\n  \"format\": \"baozhang/province-profile@1\",\n  \"name\": \"x\"");
        for (String m : members) {
            sb.append(",\n  ").append(m);
        }
        return sb.append("\n}\n").toString();
    }

    static List<Violation> rejected(String json) throws IOException {
        ReadResult<ProvinceProfile> r = read(json);
        assertEquals(0, r.values().size(), r.summary()::toString);
        assertEquals(1, r.rejected().size(), r.summary()::toString);
        assertEquals(1, r.summary().rejected());
        return r.rejected().get(0).violations();
    }

    static Violation documentRejected(String json) throws IOException {
        ReadResult<ProvinceProfile> r = read(json);
        assertTrue(r.summary().isDocumentRejected(), r.summary()::toString);
        assertEquals(0, r.summary().read());
        return r.summary().documentViolations().get(0);
    }

    @Test
    void readsBeijing1999AsDocsProfilesWorksItOut() throws IOException {
        ReadResult<ProvinceProfile> r = READER.readAll(Source.of(BEIJING));
        assertTrue(r.summary().isClean(), r.rejected()::toString);
        ProvinceProfile beijing = r.values().get(0);
        assertEquals("beijing", beijing.name());
        assertEquals(DivisionCode.parse("110000"), beijing.province().orElseThrow());
        assertEquals(AllowanceLadder.of(Money.ofYuan(295), Money.ofYuan(235)),
                beijing.allowanceStandardFor(YearMonth.of(1999, 6)).orElseThrow().ladder());
        assertEquals(AllowanceLadder.of(Money.ofYuan(361), Money.ofYuan(301)),
                beijing.allowanceStandardFor(YearMonth.of(1999, 7)).orElseThrow().ladder());
        assertEquals(Money.ofFen(15_616), beijing.contributionsFor(YearMonth.of(1999, 7)).orElseThrow().total());
        assertEquals(List.of(), beijing.check());
        assertEquals(LocalDate.of(1999, 7, 15), beijing.payDate(YearMonth.of(1999, 7)));
        assertEquals("", r.locations().get(0).pointer().orElseThrow());
    }

    @Test
    void aProfileWithOnlyANameHasEveryDefault() throws IOException {
        ReadResult<ProvinceProfile> r = read(doc());
        assertEquals(List.of(ProvinceProfile.builder().name("x").build()), r.values());
    }

    @Test
    void readsEveryField() throws IOException {
        ReadResult<ProvinceProfile> r = read(doc("\"description\": \"notes\"", "\"province\": \"210000\"",
                "\"payDay\": 20", "\"reportDueDay\": 10", "\"postingGraceDays\": 0",
                "\"noNewCentresFrom\": \"2000-07-01\"", "\"agreementCappedAtLabourContract\": true",
                "\"agreementCaps\": [{\"from\": \"2000-01-01\", \"months\": 24, \"source\": \"local rule\"}]",
                "\"calendar\": {\"holidays\": [\"1999-10-01\"], \"workdays\": [\"1999-10-09\"]}",
                "\"monitoredRegions\": [\"210000\", \"110000\"]",
                "\"urgentReportClocks\": [{\"from\": \"2000-01-01\", \"generalHours\": 12, \"majorHours\": 1}]",
                "\"riskThresholds\": [{\"from\": \"2000-01-01\", \"arrearsMonthsYellow\": 1, \"arrivalRateRedBelow\": \"1/2\","
                        + " \"hiddenRiskLevel\": \"RED\"}]",
                "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"baseShare\": \"1/2\","
                        + " \"rates\": {\"PENSION_EMPLOYER\": \"1/5\"}}]"));
        assertTrue(r.summary().isClean(), r.rejected()::toString);
        ProvinceProfile p = r.values().get(0);
        assertEquals(20, p.payDay());
        assertEquals(10, p.reportDueDay());
        assertEquals(0, p.postingGraceDays());
        assertEquals(LocalDate.of(2000, 7, 1), p.noNewCentresFrom());
        assertTrue(p.agreementCappedAtLabourContract());
        assertEquals(24, p.agreementCapOn(LocalDate.of(2000, 3, 1)));
        assertEquals(36, p.agreementCapOn(LocalDate.of(1999, 12, 31)));
        assertFalse(p.calendar().isWorkingDay(LocalDate.of(1999, 10, 1)));
        assertTrue(p.calendar().isWorkingDay(LocalDate.of(1999, 10, 9)));
        assertEquals(2, p.monitoredRegions().provinces().size());
        assertEquals(Duration.ofHours(12), p.urgentReportClocks().at(LocalDate.of(2000, 1, 1)).orElseThrow().general());
        assertEquals(RiskLevel.RED, p.riskThresholds().at(LocalDate.of(2000, 1, 1)).orElseThrow().hiddenRiskLevel());
        assertEquals(BasisPoints.of(5000),
                p.riskThresholds().at(LocalDate.of(2000, 1, 1)).orElseThrow().arrivalRateRedBelow());
        assertEquals(BasisPoints.of(5000), p.contributionPolicies().at(LocalDate.of(1999, 1, 1)).orElseThrow().baseShare());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"extra\": 1                                        | E9009 | /extra                                 | 4 | 3  | extra",
        "\"name2\": null                                     | E9009 | /name2                                 | 4 | 3  | name2",
        "\"payDay\": 32                                      | E5006 | /payDay                                | 4 | 13 | payDay",
        "\"payDay\": 1.5                                     | E9013 | /payDay                                | 4 | 13 | payDay",
        "\"payDay\": \"15\"                                  | E9012 | /payDay                                | 4 | 13 | payDay",
        "\"payDay\": null                                    | E9011 | /payDay                                | 4 | 13 | payDay",
        "\"postingGraceDays\": -1                            | E1001 | /postingGraceDays                      | 4 | 23 | postingGraceDays",
        "\"province\": \"110100\"                            | E2033 | /province                              | 4 | 15 | province",
        "\"noNewCentresFrom\": \"2001-02-30\"                | E9016 | /noNewCentresFrom                      | 4 | 23 | noNewCentresFrom",
        "\"agreementCaps\": [{\"from\": \"2000-01-01\", \"months\": 37}] | E5007 | /agreementCaps/0/months | 4 | 54 | agreementCaps[0].months",
        "\"agreementCaps\": [{\"months\": 24}]               | E9010 | /agreementCaps/0                       | 4 | 21 | agreementCaps[0].from",
        "\"agreementCaps\": [1]                              | E9012 | /agreementCaps/0                       | 4 | 21 | agreementCaps[0]",
        "\"agreementCaps\": {}                               | E9012 | /agreementCaps                         | 4 | 20 | agreementCaps",
        "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"rates\": {\"MEDICAL_EMPLOYER\": \"1/3\"}}] | E9750 | /contributionPolicies/0/rates/MEDICAL_EMPLOYER | 4 | 81 | contributionPolicies[0].rates.MEDICAL_EMPLOYER",
        "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"rates\": {\"MEDICAL_EMPLOYER\": \"3/2\"}}] | E1005 | /contributionPolicies/0/rates/MEDICAL_EMPLOYER | 4 | 81 | contributionPolicies[0].rates.MEDICAL_EMPLOYER",
        "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"rates\": {\"MEDICAL_EMPLOYER\": \"8%\"}}] | E1004 | /contributionPolicies/0/rates/MEDICAL_EMPLOYER | 4 | 81 | contributionPolicies[0].rates.MEDICAL_EMPLOYER",
        "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"rates\": {\"DENTAL\": \"1/10\"}}] | E9009 | /contributionPolicies/0/rates/DENTAL | 4 | 61 | contributionPolicies[0].rates.DENTAL",
        "\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"fixedAmountsFen\": {\"PENSION_EMPLOYER\": 100.5}}] | E1003 | /contributionPolicies/0/fixedAmountsFen/PENSION_EMPLOYER | 4 | 91 | contributionPolicies[0].fixedAmountsFen.PENSION_EMPLOYER",
        "\"averageMonthlyWages\": [{\"year\": 1998, \"wageFen\": -1}] | E1001 | /averageMonthlyWages/0/wageFen | 4 | 53 | averageMonthlyWages[0].wageFen",
        "\"averageMonthlyWages\": [{\"year\": 1998, \"wageFen\": 1}, {\"year\": 1998, \"wageFen\": 2}] | E5004 | /averageMonthlyWages/1/year | 4 | 66 | averageMonthlyWages[1].year",
        "\"calendar\": {\"holidays\": [\"1999-10-01\"], \"workdays\": [\"1999-10-01\"]} | E5005 | /calendar/workdays/0 | 4 | 57 | calendar.workdays[0]",
        "\"calendar\": {\"holidays\": [\"1999-10-1\"]}       | E9016 | /calendar/holidays/0                   | 4 | 29 | calendar.holidays[0]",
        "\"monitoredRegions\": [\"110000\", \"210200\"]      | E2033 | /monitoredRegions/1                    | 4 | 34 | monitoredRegions[1]",
        "\"urgentReportClocks\": [{\"from\": \"2000-01-01\", \"generalHours\": -2, \"majorHours\": 1}] | E1001 | /urgentReportClocks/0/generalHours | 4 | 65 | urgentReportClocks[0].generalHours",
        "\"riskThresholds\": [{\"from\": \"2000-01-01\", \"stoppedLevel\": \"GREEN\"}] | E6005 | /riskThresholds/0/stoppedLevel | 4 | 61 | riskThresholds[0].stoppedLevel",
        "\"riskThresholds\": [{\"from\": \"2000-01-01\", \"stoppedLevel\": \"PURPLE\"}] | E9014 | /riskThresholds/0/stoppedLevel | 4 | 61 | riskThresholds[0].stoppedLevel",
    })
    void refusesABadFieldWhereItStands(String member, String code, String pointer, long line, long column, String field)
            throws IOException {
        List<Violation> violations = rejected(doc(member.strip()));
        assertEquals(1, violations.size(), violations::toString);
        Expect.violation(violations.get(0), codeOf(code), pointer, line, column, field);
        assertEquals("p.json", violations.get(0).location().document().orElseThrow());
    }

    static ProblemCode codeOf(String code) {
        for (ProblemCode c : ProblemCode.values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    void refusesADuplicateEffectiveDateAtTheLaterEntry() throws IOException {
        List<Violation> v = rejected(doc("\"agreementCaps\": [{\"from\": \"2000-01-01\", \"months\": 24},"
                + " {\"from\": \"2000-01-01\", \"months\": 12}]"));
        Expect.violation(v.get(0), ProblemCode.EFFECTIVE_DATE_DUPLICATE, "/agreementCaps/1/from", 4, 68,
                "agreementCaps[1].from", Map.of("date", "2000-01-01"));
    }

    @Test
    void checksTheAllowancePolicyRungByRungInFileOrder() throws IOException {
        String later = "{\"from\": \"2000-01-01\", \"ladderFen\": [50000, 60000], \"unemploymentBenefitFen\": 100,"
                + " \"minimumWageFen\": 55000, \"minimumLivingStandardFen\": 0}";
        String earlier = "{\"from\": \"1999-01-01\", \"ladderFen\": [], \"unemploymentBenefitFen\": 100,"
                + " \"minimumWageFen\": 55000, \"minimumLivingStandardFen\": 0}";
        List<Violation> v = rejected(doc("\"allowanceStandards\": [\n    " + later + ",\n    " + earlier + "\n  ]"));
        assertEquals(List.of(ProblemCode.ALLOWANCE_NOT_BELOW_MINIMUM_WAGE, ProblemCode.ALLOWANCE_LADDER_INCREASING,
                ProblemCode.LIST_EMPTY), v.stream().map(Violation::code).toList(), v::toString);
        Violation increasing = v.stream().filter(x -> x.code() == ProblemCode.ALLOWANCE_LADDER_INCREASING).findFirst()
                .orElseThrow();
        Expect.violation(increasing, ProblemCode.ALLOWANCE_LADDER_INCREASING, "/allowanceStandards/0/ladderFen/1", 5,
                49, "allowanceStandards[0].ladderFen[1]");
        Violation empty = v.stream().filter(x -> x.code() == ProblemCode.LIST_EMPTY).findFirst().orElseThrow();
        assertEquals("/allowanceStandards/1/ladderFen", empty.location().pointer().orElseThrow());
        assertEquals(Map.of("field", "allowanceStandards[1].ladderFen"), empty.arguments());
    }

    @Test
    void reportsEveryViolationOfTheProfileInDocumentOrder() throws IOException {
        List<Violation> v = rejected("{\"format\": \"baozhang/province-profile@1\", \"name\": \"Beijing\",\n"
                + " \"payDay\": 0, \"extra\": true}");
        assertEquals(List.of(ProblemCode.PROFILE_NAME_MALFORMED, ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE,
                ProblemCode.JSON_FIELD_UNKNOWN), v.stream().map(Violation::code).toList());
    }

    @Test
    void refusesAMissingName() throws IOException {
        List<Violation> v = rejected("{\"format\": \"baozhang/province-profile@1\"}");
        Expect.violation(v.get(0), ProblemCode.JSON_FIELD_MISSING, "", 1, 1, "name");
    }

    @Test
    void refusesTheDocumentAsAWhole() throws IOException {
        Expect.violation(documentRejected("{\"format\": \"baozhang/enterprises@1\", \"name\": \"x\"}"),
                ProblemCode.DOCUMENT_FORMAT_UNSUPPORTED, "/format", 1, 12, "format");
        Expect.violation(documentRejected("{\"name\": \"x\"}"), ProblemCode.JSON_FIELD_MISSING, "", 1, 1, "format");
        Expect.violation(documentRejected("{\"format\": 1}"), ProblemCode.JSON_TYPE, "/format", 1, 12, "format");
        Expect.violation(documentRejected("{\"format\": null}"), ProblemCode.JSON_NULL, "/format", 1, 12, "format");
        Expect.violation(documentRejected(doc("\"calendar\": {\"holidays\": [], \"holidays\": []}")),
                ProblemCode.JSON_DUPLICATE_KEY, "/calendar/holidays", 4, 32, null);
        assertEquals(ProblemCode.JSON_TYPE, documentRejected("[]").code());
        assertEquals(ProblemCode.JSON_MALFORMED, documentRejected("").code());
        assertEquals(ProblemCode.JSON_MALFORMED, documentRejected("{\"format\": x}").code());
        assertEquals(ProblemCode.JSON_MALFORMED, documentRejected(doc() + "{}").code());
        assertEquals(ProblemCode.JSON_TRUNCATED, documentRejected("{\"format\": ").code());
        assertEquals(ProblemCode.JSON_TOO_DEEP, documentRejected(doc("\"d\": " + "[".repeat(70) + "]".repeat(70))).code());
        ReadResult<ProvinceProfile> r = READER.readAll(Source.of("bad", new byte[] {'{', (byte) 0xff, '}'}));
        assertEquals(ProblemCode.JSON_NOT_UTF8, r.summary().documentViolations().get(0).code());
    }

    @Test
    void refusesATreeTooBigForAProfile() throws IOException {
        String many = "\"d\": [" + "0,".repeat(100_000) + "0]";
        Violation v = documentRejected(doc(many));
        assertEquals(ProblemCode.JSON_LIMIT_EXCEEDED, v.code());
        assertEquals("values", v.arguments().get("limit"));
    }

    @Test
    void theBeijingSampleAndTheSchemaAgree() throws IOException {
        Schema schema = SchemaAgreementTest.schema(InterchangeKinds.PROVINCE_PROFILE);
        String beijing = Files.readString(BEIJING, StandardCharsets.UTF_8);
        assertEquals(List.of(), SchemaAgreementTest.validate(schema, beijing));
        // Where a schema can judge, it judges as the reader does.
        for (String bad : List.of(doc("\"extra\": 1"), doc("\"payDay\": \"15\""), doc("\"payDay\": null"),
                doc("\"province\": \"1100\""), doc("\"riskThresholds\": [{\"from\": \"2000-01-01\", \"stoppedLevel\": \"PURPLE\"}]"),
                doc("\"contributionPolicies\": [{\"from\": \"1999-01-01\", \"rates\": {\"DENTAL\": \"1/10\"}}]"),
                doc("\"agreementCaps\": [{\"months\": 24}]"), doc("\"allowanceStandards\": [{\"from\": \"1999-01-01\","
                        + " \"ladderFen\": [], \"unemploymentBenefitFen\": 1, \"minimumWageFen\": 2,"
                        + " \"minimumLivingStandardFen\": 0}]"),
                doc("\"calendar\": {\"holidays\": [\"1999-10-1\"]}"), doc("\"name2\": \"y\""),
                "{\"format\": \"baozhang/province-profile@1\", \"name\": \"Beijing\"}")) {
            assertFalse(SchemaAgreementTest.validate(schema, bad).isEmpty(), bad);
            assertFalse(read(bad).summary().isClean(), bad);
        }
        for (String good : List.of(doc(), doc("\"payDay\": 31"), beijing)) {
            assertEquals(List.of(), SchemaAgreementTest.validate(schema, good), good);
            assertTrue(read(good).summary().isClean(), good);
        }
    }

    @Test
    void theProfileIsResolvedThroughTheSpi(@TempDir Path dir) throws IOException {
        Adapters adapters = Adapters.of(List.of(new JsonAdapterProvider()));
        ProfileResolution r = Profiles.resolve(BEIJING.toString(), adapters);
        assertEquals(ProfileResolution.Status.READ, r.status(), r::toString);
        assertEquals("beijing", r.profile().orElseThrow().name());
        // and through discovery on the class path or module path
        assertEquals(ProfileResolution.Status.READ, Profiles.resolve(BEIJING.toString()).status());
        assertEquals(ProvinceProfile.national(), Profiles.resolve("National").profile().orElseThrow());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, doc("\"payDay\": 40"));
        ProfileResolution rejected = Profiles.resolve(bad.toString(), adapters);
        assertEquals(ProfileResolution.Status.REJECTED, rejected.status());
        Expect.violation(rejected.violations().get(0), ProblemCode.DAY_OF_MONTH_OUT_OF_RANGE, "/payDay", 4, 13, "payDay");

        Path notJson = dir.resolve("not.json");
        Files.writeString(notJson, "beijing");
        ProfileResolution document = Profiles.resolve(notJson.toString(), adapters);
        assertEquals(ProfileResolution.Status.REJECTED, document.status());
        assertEquals(ProblemCode.JSON_MALFORMED, document.violations().get(0).code());
    }
}
