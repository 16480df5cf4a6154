package io.github.baozhang.adapter.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.disbursement.Worker;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reader of {@code baozhang/disbursements@1}. */
class DisbursementsReaderTest {

    static final String ID = "110105194901010021";
    static final String OTHER_ID = "210302196003151230";

    private final FeedReader<DisbursementRecord> reader = InterchangeJson.disbursementReader();

    static final Elements RECORD = Elements.of(
            "citizenId", "\"" + ID + "\"", "name", "\"王建国\"", "enterpriseId", "\"D2143569X\"",
            "period", "\"2000-01\"",
            "allowance", "{\"dueFen\": 36100, \"paidFen\": 36100, \"paidOn\": \"2000-01-10\"}",
            "contributions", "{\"dueFen\": 12000, \"paidFen\": 12000}",
            "centreEnteredOn", "\"1999-07-01\"", "agreementSignedOn", "\"1999-07-01\"");

    static String doc(Elements... elements) {
        return Elements.document("baozhang/disbursements@1", "records", elements);
    }

    private List<Violation> rejectedOne(Elements e) {
        return Json.read(reader, doc(e)).onlyRejected();
    }

    /** No violation, argument or offending value shows an ID or a name in full. */
    private static void nothingPersonal(List<Violation> violations, String... secrets) {
        for (Violation v : violations) {
            for (String s : secrets) {
                assertFalse(v.toString().contains(s), () -> v + " shows " + s);
            }
        }
    }

    @Test
    void readsARecord() {
        Json.Read<DisbursementRecord> r = Json.read(reader, doc(RECORD, RECORD.without("agreementSignedOn")
                .with("allowance", "{\"dueFen\": 36100, \"paidFen\": 0}")));
        assertTrue(r.summary.isClean(), r.rejected::toString);
        DisbursementRecord expected = DisbursementRecord.builder()
                .worker(Worker.of(CitizenId.parse(ID), "王建国"))
                .enterpriseId(OrganizationCode.parse("D2143569X"))
                .period(YearMonth.of(2000, 1))
                .allowance(Payment.ofFen(36100, 36100, LocalDate.of(2000, 1, 10)))
                .contributions(Payment.ofFen(12000, 12000))
                .centreEnteredOn(LocalDate.of(1999, 7, 1))
                .agreementSignedOn(LocalDate.of(1999, 7, 1))
                .build();
        assertEquals(expected, r.values.get(0));
        assertEquals(Optional.empty(), r.values.get(1).agreementSignedOn());
        assertEquals(Payment.ofFen(36100, 0), r.values.get(1).allowance());
        assertEquals(2, r.summary.read());
    }

    @Test
    void aLegacyIdIsNormalisedTo18Characters() {
        Json.Read<DisbursementRecord> r = Json.read(reader, doc(RECORD.with("citizenId", "\"340524800101001\"")));
        assertEquals("34052419800101001X", r.values.get(0).worker().citizenId().toString());
        r = Json.read(reader, doc(RECORD.with("citizenId", "\"34052419800101001x\"")));
        assertTrue(r.summary.isClean(), r.rejected::toString);
    }

    @Test
    void aBadIdIsReportedMasked() {
        Elements e = RECORD.with("citizenId", "\"110105194901010022\"");
        List<Violation> v = rejectedOne(e);
        Expect.violation(v.get(0), ProblemCode.CITIZEN_ID_CHECK, "/records/0/citizenId", 2, e.columnOf("citizenId"),
                "citizenId", Map.of("expected", "1", "actual", "2"));
        assertEquals("110105********0022", v.get(0).offendingValue().orElseThrow());
        nothingPersonal(v, "110105194901010022", "19490101", "王建国");

        v = rejectedOne(RECORD.with("citizenId", "\"110105194902300021\""));
        assertEquals(ProblemCode.CITIZEN_ID_BIRTH_DATE, v.get(0).code());
        assertEquals(Map.of("birthDate", "********"), v.get(0).arguments());
        nothingPersonal(v, "19490230", "110105194902300021");

        v = rejectedOne(RECORD.with("citizenId", "\"1101051949010\""));
        assertEquals(ProblemCode.CITIZEN_ID_LENGTH, v.get(0).code());
        assertEquals(Map.of("length", "13", "expected", "15,18"), v.get(0).arguments());
        assertEquals("110105***9010", v.get(0).offendingValue().orElseThrow());

        v = rejectedOne(RECORD.with("citizenId", "\"990105194901010021\""));
        assertEquals(ProblemCode.CITIZEN_ID_AREA, v.get(0).code());
        v = rejectedOne(RECORD.with("citizenId", "\"11010519490101002Y\""));
        assertEquals(ProblemCode.CITIZEN_ID_CHARACTER, v.get(0).code());
        assertEquals(ProblemCode.CITIZEN_ID_LENGTH, rejectedOne(RECORD.with("citizenId", "\"123\"")).get(0).code());
        assertEquals("***", rejectedOne(RECORD.with("citizenId", "\"123\"")).get(0).offendingValue().orElseThrow());
    }

    @Test
    void theNameIsNeverShown() {
        List<Violation> v = rejectedOne(RECORD.with("name", "\"   \""));
        assertEquals(ProblemCode.WORKER_NAME_BLANK, v.get(0).code());
        assertEquals("name", v.get(0).location().field().orElseThrow());
        List<Violation> typed = rejectedOne(RECORD.with("name", "1").with("period", "\"2000-13\""));
        assertEquals(List.of(ProblemCode.JSON_TYPE, ProblemCode.PERIOD_MALFORMED),
                typed.stream().map(Violation::code).toList());
    }

    @Test
    void amountsDatesAndTheAgreement() {
        Elements e = RECORD.with("allowance", "{\"dueFen\": -1, \"paidFen\": 10}");
        List<Violation> v = rejectedOne(e);
        // In document order: the paid date missing is located at the allowance's brace.
        assertEquals(List.of(ProblemCode.PAID_ON_MISSING, ProblemCode.VALUE_NEGATIVE),
                v.stream().map(Violation::code).toList(), v::toString);
        assertEquals("allowance.dueFen", v.get(1).location().field().orElseThrow());
        assertEquals("/records/0/allowance/dueFen", v.get(1).location().pointer().orElseThrow());
        assertEquals("allowance.paidOn", v.get(0).location().field().orElseThrow());
        assertEquals("/records/0/allowance", v.get(0).location().pointer().orElseThrow());

        v = rejectedOne(RECORD.with("contributions", "{\"dueFen\": 1, \"paidFen\": -5}"));
        assertEquals(ProblemCode.VALUE_NEGATIVE, v.get(0).code());
        assertEquals(Map.of("value", "-5"), v.get(0).arguments());

        v = rejectedOne(RECORD.with("agreementSignedOn", "\"1999-06-30\""));
        Expect.violation(v.get(0), ProblemCode.AGREEMENT_BEFORE_ENTRY, "/records/0/agreementSignedOn", 2,
                RECORD.columnOf("agreementSignedOn"), "agreementSignedOn");

        assertEquals(ProblemCode.DATE_MALFORMED, rejectedOne(RECORD.with("centreEnteredOn", "\"1999-02-29\"")).get(0).code());
        assertEquals(ProblemCode.JSON_FIELD_UNKNOWN, rejectedOne(RECORD.with("contributions",
                "{\"dueFen\": 1, \"paidFen\": 1, \"paidOn\": \"2000-01-02\"}")).get(0).code());
        Violation big = rejectedOne(RECORD.with("allowance", "{\"dueFen\": 9223372036854775808, \"paidFen\": 0}")).get(0);
        assertEquals(ProblemCode.AMOUNT_MALFORMED, big.code());
        assertEquals("range", big.arguments().get("reason"));
        assertEquals(1, Json.read(reader, doc(RECORD.with("allowance",
                "{\"dueFen\": 9223372036854775807, \"paidFen\": 0}"))).values.size());
        assertEquals("fraction", rejectedOne(RECORD.with("allowance", "{\"dueFen\": 1.0, \"paidFen\": 0}"))
                .get(0).arguments().get("reason"));
        assertEquals("exponent", rejectedOne(RECORD.with("allowance", "{\"dueFen\": 1e2, \"paidFen\": 0}"))
                .get(0).arguments().get("reason"));
    }

    @Test
    void everyFieldButTheAgreementIsRequired() {
        for (String field : RECORD.fields().keySet()) {
            Json.Read<DisbursementRecord> r = Json.read(reader, doc(RECORD.without(field)));
            if (field.equals("agreementSignedOn")) {
                assertEquals(1, r.values.size());
            } else {
                assertEquals(ProblemCode.JSON_FIELD_MISSING, r.onlyRejected().get(0).code(), field);
            }
        }
        assertEquals(ProblemCode.JSON_NULL, rejectedOne(RECORD.with("agreementSignedOn", "null")).get(0).code());
        assertEquals(ProblemCode.JSON_FIELD_UNKNOWN, rejectedOne(RECORD.with("province", "\"210000\"")).get(0).code());
    }

    @Test
    void oneIdAtTwoEnterprisesInAPeriodRejectsTheLaterRecord() {
        Elements second = RECORD.with("enterpriseId", "\"M000100Y4\"");
        Json.Read<DisbursementRecord> r = Json.read(reader, doc(RECORD, RECORD.with("citizenId", "\"" + OTHER_ID + "\""),
                second, RECORD.with("period", "\"2000-02\"").with("enterpriseId", "\"M000100Y4\""), RECORD));
        assertEquals(4, r.values.size(), r.rejected::toString);
        assertEquals(5, r.summary.read());
        assertEquals(1, r.summary.rejected());
        Violation v = r.onlyRejected().get(0);
        Expect.violation(v, ProblemCode.DISBURSEMENT_DUPLICATE_RECIPIENT, "/records/2/citizenId", 4,
                second.columnOf("citizenId"), "citizenId", Map.of("maskedId", "110105********0021", "period", "2000-01",
                        "firstRecord", "/records/0", "firstLine", "2", "firstEnterpriseId", "D2143569X",
                        "secondRecord", "/records/2", "secondEnterpriseId", "M000100Y4"));
        assertEquals("110105********0021", v.offendingValue().orElseThrow());
        nothingPersonal(List.of(v), ID, "王建国");
    }

    @Test
    void aLegacyIdAndItsEighteenCharactersAreOneRecipient() {
        Elements legacy = RECORD.with("citizenId", "\"340524800101001\"");
        Elements full = RECORD.with("citizenId", "\"34052419800101001x\"").with("enterpriseId", "\"D2143569-X\"")
                .with("period", "\"2000-01\"");
        Elements elsewhere = full.with("enterpriseId", "\"M000100Y4\"");
        Json.Read<DisbursementRecord> r = Json.read(reader, doc(legacy, full, elsewhere));
        assertEquals(2, r.values.size());
        assertEquals(ProblemCode.DISBURSEMENT_DUPLICATE_RECIPIENT, r.onlyRejected().get(0).code());
        assertEquals(3, Json.read(InterchangeJson.disbursementReader(false), doc(legacy, full, elsewhere)).values.size());
    }

    @Test
    void aThirdEnterpriseNamesTheFirstAndARejectedFirstStillCounts() {
        Elements first = RECORD.with("allowance", "{\"dueFen\": -1, \"paidFen\": 0}");
        Json.Read<DisbursementRecord> r = Json.read(reader, doc(first, RECORD.with("enterpriseId", "\"M000100Y4\""),
                RECORD.with("enterpriseId", "\"D2143569-X\""), RECORD.with("enterpriseId", "\"000000019\"")));
        assertEquals(1, r.values.size(), r.rejected::toString);
        assertEquals(3, r.rejected.size());
        assertEquals(ProblemCode.VALUE_NEGATIVE, r.rejected.get(0).violations().get(0).code());
        assertEquals("/records/0", r.rejected.get(1).violations().get(0).arguments().get("firstRecord"));
        assertEquals("/records/0", r.rejected.get(2).violations().get(0).arguments().get("firstRecord"));
    }

    @Test
    void theTableOfRecipientsGrows() {
        // Past the table's first capacity, every ID is still found again.
        StringBuilder sb = new StringBuilder("{\"format\": \"baozhang/disbursements@1\", \"records\": [\n");
        int n = 3000;
        for (int i = 0; i < n; i++) {
            String first17 = "11" + String.format("%04d", i) + "19490101002";
            String id = first17 + checkCharacter(first17);
            sb.append(RECORD.with("citizenId", "\"" + id + "\"")).append(",\n");
        }
        for (int i = 0; i < n; i++) {
            String first17 = "11" + String.format("%04d", i % 1000) + "19490101002";
            String id = first17 + checkCharacter(first17);
            sb.append(RECORD.with("citizenId", "\"" + id + "\"").with("enterpriseId", "\"M000100Y4\""))
                    .append(i + 1 < n ? ",\n" : "\n");
        }
        sb.append("]}");
        Json.Read<DisbursementRecord> r = Json.read(reader, sb.toString());
        assertEquals(2 * n, r.summary.read());
        assertEquals(n, r.rejected.size());
    }

    private static char checkCharacter(String first17) {
        return CitizenId.checkCharacter(first17);
    }
}
