package io.github.baozhang.adapter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpiValuesTest {

    private static Violation v(ProblemCode code) {
        return Violation.builder().code(code).build();
    }

    @Test
    void spiVersionsAreCompatibleWithinAMajorUpToTheCurrentMinor() {
        assertTrue(SpiVersion.isCompatible("1.0"));
        assertFalse(SpiVersion.isCompatible("1.1"), "a provider needing a newer minor");
        assertFalse(SpiVersion.isCompatible("2.0"));
        assertFalse(SpiVersion.isCompatible("0.9"));
        for (String junk : List.of("", "1", "1.", ".0", "a.b", "1.0.0", "12345.0", "-1.0")) {
            assertFalse(SpiVersion.isCompatible(junk), junk);
        }
    }

    @Test
    void documentKindsHaveOwnerKindAndVersion() {
        DocumentKind k = DocumentKind.of("baozhang/funding-cases@1");
        assertEquals(1, k.version());
        assertEquals("baozhang/funding-cases@1", k.toString());
        assertEquals(k, DocumentKind.of("baozhang/funding-cases@1"));
        assertNotEquals(k, DocumentKind.of("baozhang/funding-cases@2"));
        for (String bad : List.of("funding-cases@1", "baozhang/Funding@1", "baozhang/x@0", "baozhang/x", "a/b@1 ")) {
            assertThrows(IllegalArgumentException.class, () -> DocumentKind.of(bad), bad);
        }
    }

    @Test
    void sourcesOpenFilesAndBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, "{}");
        Source s = Source.of(file);
        assertEquals(file.toString(), s.name());
        assertEquals(2, s.size());
        try (InputStream in = s.open()) {
            assertEquals("{}", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII));
        }
        byte[] bytes = {1, 2, 3};
        Source m = Source.of("mem", bytes);
        bytes[0] = 9;
        try (InputStream in = m.open()) {
            assertEquals(1, in.read(), "the bytes were copied");
        }
        assertEquals(3, m.size());
    }

    @Test
    void aRejectedRecordHasAtLeastOneViolation() {
        assertThrows(IllegalArgumentException.class, () -> RejectedRecord.of(Location.none(), List.of()));
        RejectedRecord r = RejectedRecord.of(Location.ofField("x"), List.of(v(ProblemCode.VALUE_NEGATIVE)));
        assertEquals(r, RejectedRecord.of(Location.ofField("x"), List.of(v(ProblemCode.VALUE_NEGATIVE))));
        assertEquals(r.hashCode(), RejectedRecord.of(Location.ofField("x"), List.of(v(ProblemCode.VALUE_NEGATIVE))).hashCode());
    }

    @Test
    void aRecordWithTwoViolationsOfOneCodeCountsOnceUnderIt() {
        ReadSummary.Counter c = ReadSummary.counter();
        c.rejected(RejectedRecord.of(Location.none(), List.of(v(ProblemCode.VALUE_NEGATIVE), v(ProblemCode.VALUE_NEGATIVE),
                v(ProblemCode.CITIZEN_ID_CHECK))));
        c.accepted();
        ReadSummary s = c.toSummary();
        assertEquals(2, s.read());
        assertEquals(Map.of("E1001", 1L, "E2005", 1L), s.rejectedByCode());
        assertFalse(s.isClean());
        assertFalse(s.isDocumentRejected());
    }

    @Test
    void aDocumentViolationRejectsTheWholeDocument() {
        ReadSummary.Counter c = ReadSummary.counter();
        c.documentRejected(v(ProblemCode.AMOUNT_MALFORMED));
        ReadSummary s = c.toSummary();
        assertTrue(s.isDocumentRejected());
        assertEquals(0, s.read());
        assertFalse(s.isClean());
        assertTrue(ReadSummary.counter().toSummary().isClean());
    }

    @Test
    void aReadResultMustAgreeWithItsCounts() {
        ReadSummary.Counter c = ReadSummary.counter();
        c.accepted();
        assertThrows(IllegalArgumentException.class,
                () -> new ReadResult<>(List.of(), List.of(), List.of(), c.toSummary()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReadResult<>(List.of("a"), List.of(), List.of(), c.toSummary()));
        assertEquals(List.of("a"), new ReadResult<>(List.of("a"), List.of(Location.none()), List.of(), c.toSummary()).values());
    }

    @Property
    void mergedCountersEqualOneCounterOverEverything(@ForAll @IntRange(max = 50) int a1, @ForAll @IntRange(max = 50) int r1,
            @ForAll @IntRange(max = 50) int a2, @ForAll @IntRange(max = 50) int r2) {
        ReadSummary.Counter one = ReadSummary.counter();
        ReadSummary.Counter left = ReadSummary.counter();
        ReadSummary.Counter right = ReadSummary.counter();
        RejectedRecord rec = RejectedRecord.of(Location.none(), List.of(v(ProblemCode.VALUE_NEGATIVE)));
        for (int i = 0; i < a1; i++) {
            left.accepted();
            one.accepted();
        }
        for (int i = 0; i < r1; i++) {
            left.rejected(rec);
            one.rejected(rec);
        }
        for (int i = 0; i < a2; i++) {
            right.accepted();
            one.accepted();
        }
        for (int i = 0; i < r2; i++) {
            right.rejected(rec);
            one.rejected(rec);
        }
        left.merge(right);
        assertEquals(one.toSummary(), left.toSummary());
        assertEquals(left.toSummary().read(), left.toSummary().accepted() + left.toSummary().rejected());
    }
}
