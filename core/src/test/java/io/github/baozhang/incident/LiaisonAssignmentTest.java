package io.github.baozhang.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LiaisonAssignmentTest {

    private static final OrganizationCode A = IncidentArbitraries.ID;
    private static final OrganizationCode B = IncidentArbitraries.organizationCode("12345678");

    private static LiaisonAssignment wang(OrganizationCode id) {
        return LiaisonAssignment.of(id, "王建国", "鞍山市劳动局", "联络员");
    }

    @Test
    void carriesEnterpriseStaffUnitAndRole() {
        LiaisonAssignment a = wang(A);
        assertEquals(A, a.enterpriseId());
        assertEquals("王建国", a.staffName());
        assertEquals("鞍山市劳动局", a.unit());
        assertEquals("联络员", a.role());
    }

    @Test
    void toStringMasksTheStaffName() {
        assertEquals("LiaisonAssignment{enterpriseId=D2143569X, staffName=王*国, unit=鞍山市劳动局, role=联络员}",
                wang(A).toString());
        assertTrue(LiaisonAssignment.of(A, "王五", "u", "r").toString().contains("staffName=王*,"));
        assertTrue(LiaisonAssignment.of(A, "欧阳振锋", "u", "r").toString().contains("staffName=欧**锋,"));
        assertTrue(LiaisonAssignment.of(A, "王", "u", "r").toString().contains("staffName=*,"));
    }

    @Test
    void blankTextsAreRejected() {
        for (String[] texts : List.of(new String[] {" ", "u", "r", "staffName"}, new String[] {"王五", "", "r", "unit"},
                new String[] {"王五", "u", "\t", "role"})) {
            InvalidValueException e = assertThrows(InvalidValueException.class,
                    () -> LiaisonAssignment.of(A, texts[0], texts[1], texts[2]));
            assertEquals(ProblemCode.TEXT_BLANK, e.code());
            assertEquals(Map.of("field", texts[3]), e.arguments());
        }
    }

    @Test
    void anEnterpriseWithoutLiaisonIsAFindingOnceInTheGivenOrder() {
        OrganizationCode c = IncidentArbitraries.organizationCode("87654321");
        List<Finding> findings = LiaisonAssignment.checkAssigned(List.of(c, A, B, c), List.of(wang(A)));
        assertEquals(2, findings.size());
        assertEquals(ProblemCode.LIAISON_UNASSIGNED, findings.get(0).code());
        assertEquals(c.toString(), findings.get(0).subject());
        assertEquals(Map.of(), findings.get(0).arguments());
        assertEquals(B.toString(), findings.get(1).subject());
        assertEquals(List.of(), LiaisonAssignment.checkAssigned(List.of(A), List.of(wang(A), wang(B))));
    }

    @Test
    void nullsAreRejected() {
        assertEquals("enterprises", assertThrows(NullPointerException.class,
                () -> LiaisonAssignment.checkAssigned(null, List.of())).getMessage());
        assertEquals("assignments", assertThrows(NullPointerException.class,
                () -> LiaisonAssignment.checkAssigned(List.of(), null)).getMessage());
        assertEquals("assignment", assertThrows(NullPointerException.class,
                () -> LiaisonAssignment.checkAssigned(List.of(), Arrays.asList((LiaisonAssignment) null))).getMessage());
        assertEquals("enterprise", assertThrows(NullPointerException.class,
                () -> LiaisonAssignment.checkAssigned(Arrays.asList((OrganizationCode) null), List.of())).getMessage());
        assertThrows(NullPointerException.class, () -> LiaisonAssignment.of(null, "王五", "u", "r"));
    }

    @Test
    void valueSemantics() {
        assertEquals(wang(A), wang(A));
        assertEquals(wang(A).hashCode(), wang(A).hashCode());
        assertNotEquals(wang(A), wang(B));
        assertNotEquals(wang(A), LiaisonAssignment.of(A, "王建国", "鞍山市劳动局", "副处长"));
    }

    // ---- the mask never reveals more than its rule ----

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars('𠀀', '𠮷').ofMinLength(1).ofMaxLength(8);
    }

    @Property
    void theMaskKeepsTheFirstCharacterAndFromThreeOnTheLastAndNothingElse(@ForAll("names") String name) {
        String masked = Checks.maskName(name);
        int[] in = name.codePoints().toArray();
        int[] out = masked.codePoints().toArray();
        int n = in.length;
        assertEquals(n, out.length);
        for (int i = 0; i < n; i++) {
            boolean kept = n > 1 && (i == 0 || i == n - 1 && n >= 3);
            assertEquals(kept ? in[i] : '*', out[i], () -> name + " -> " + masked);
        }
        assertFalse(n > 1 && LiaisonAssignment.of(A, name, "u", "r").toString().contains(name));
    }
}
