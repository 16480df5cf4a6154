package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.profile.ProvinceProfile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicPostingTest {

    private static final OrganizationCode E = enterprise(1);
    private static final ProvinceProfile NATIONAL = ProvinceProfile.national();

    @Test
    void theNoticesExamples() {
        assertEquals("王*", PublicPosting.maskName("王五"));
        assertEquals("王*国", PublicPosting.maskName("王建国"));
        assertEquals("欧**锋", PublicPosting.maskName("欧阳建锋"));
        assertEquals("110105********002X", PublicPosting.maskCitizenId(WorkerTest.ID));
    }

    @Test
    void aOneCharacterNameIsAllMaskedSinceKeepingItWouldKeepAllOfIt() {
        assertEquals("*", PublicPosting.maskName("王"));
        assertEquals("*", PublicPosting.maskName("𠮷"));
    }

    @Test
    void charactersAreCodePointsSoSupplementaryCharactersStayWhole() {
        String ji = new String(Character.toChars(0x20BB7)); // 𠮷, outside the BMP
        assertEquals(ji + "*", PublicPosting.maskName(ji + "大"));
        assertEquals("王*" + ji, PublicPosting.maskName("王" + ji + ji));
        assertEquals(ji + "*" + ji, PublicPosting.maskName(ji + "a" + ji));
        assertEquals("*", PublicPosting.maskName(ji), "one code point, all masked");
        assertEquals("阿*****曼", PublicPosting.maskName("阿不都·热合曼"), "seven code points, five hidden");
    }

    @Test
    void anEmptyNameCannotBeMasked() {
        assertThrows(IllegalArgumentException.class, () -> PublicPosting.maskName(""));
        assertEquals("name", assertThrows(NullPointerException.class, () -> PublicPosting.maskName(null)).getMessage());
        assertEquals("id", assertThrows(NullPointerException.class, () -> PublicPosting.maskCitizenId(null)).getMessage());
    }

    @Test
    void aMonthPostedByItsDeadlineIsFine() {
        List<PostingRecord> postings = List.of(
                PostingRecord.of(E, YearMonth.of(1999, 7), LocalDate.of(1999, 7, 30), "厂区公告栏"),
                PostingRecord.of(E, YearMonth.of(1999, 8), LocalDate.of(1999, 8, 10), "厂区公告栏"));
        assertEquals(List.of(), PublicPosting.checkPostedRegularly(E,
                List.of(YearMonth.of(1999, 7), YearMonth.of(1999, 8), YearMonth.of(1999, 7)), postings, NATIONAL));
    }

    @Test
    void aMissingMonthAndALateMonthAreFindingsInMonthOrder() {
        List<PostingRecord> postings = List.of(
                PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 10, 1), "车间门口"),
                PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 10, 20), "车间门口"),
                PostingRecord.of(enterprise(2), YearMonth.of(1999, 8), LocalDate.of(1999, 8, 1), "other enterprise"),
                PostingRecord.of(E, YearMonth.of(1999, 6), LocalDate.of(1999, 6, 1), "a month without disbursements"));
        List<Finding> findings = PublicPosting.checkPostedRegularly(E,
                List.of(YearMonth.of(1999, 9), YearMonth.of(1999, 8)), postings, NATIONAL);
        assertEquals(List.of(
                Finding.of(ProblemCode.POSTING_MISSING, E.toString(), Map.of("period", "1999-08", "deadline", "1999-08-30")),
                Finding.of(ProblemCode.POSTING_LATE, E.toString(),
                        Map.of("period", "1999-09", "postedOn", "1999-10-01", "deadline", "1999-09-30"))),
                findings);
        assertEquals(List.of("period", "postedOn", "deadline"), List.copyOf(findings.get(1).arguments().keySet()));
    }

    @Test
    void theEarliestPostingOfAMonthCountsAndTheDeadlineIsAProfileSetting() {
        List<PostingRecord> postings = List.of(
                PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 9, 25), "b"),
                PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 9, 16), "a"),
                PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 9, 20), "c"));
        List<YearMonth> sept = List.of(YearMonth.of(1999, 9));
        assertEquals(List.of(), PublicPosting.checkPostedRegularly(E, sept, postings, NATIONAL));
        assertEquals(List.of(Finding.of(ProblemCode.POSTING_LATE, E.toString(),
                Map.of("period", "1999-09", "postedOn", "1999-09-16", "deadline", "1999-09-15"))),
                PublicPosting.checkPostedRegularly(E, sept, postings, NATIONAL.withPostingGraceDays(0)));
        assertEquals(List.of(), PublicPosting.checkPostedRegularly(E, sept,
                List.of(PostingRecord.of(E, YearMonth.of(1999, 9), LocalDate.of(1999, 9, 15), "a")),
                NATIONAL.withPostingGraceDays(0)), "on the deadline is on time");
    }

    @Test
    void refusesNulls() {
        List<YearMonth> p = List.of();
        List<PostingRecord> r = List.of();
        assertThrows(NullPointerException.class, () -> PublicPosting.checkPostedRegularly(null, p, r, NATIONAL));
        assertThrows(NullPointerException.class, () -> PublicPosting.checkPostedRegularly(E, null, r, NATIONAL));
        assertThrows(NullPointerException.class, () -> PublicPosting.checkPostedRegularly(E, p, null, NATIONAL));
        assertThrows(NullPointerException.class, () -> PublicPosting.checkPostedRegularly(E, p, r, null));
    }
}
