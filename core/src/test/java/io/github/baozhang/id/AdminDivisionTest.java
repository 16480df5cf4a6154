package io.github.baozhang.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdminDivisionTest {

    private static AdminDivision find(Gb2260Revision revision, String code) {
        return Gb2260.of(revision).find(DivisionCode.parse(code)).orElseThrow();
    }

    @Test
    void carriesCodeNameRevisionAndTheLevelOfItsCode() {
        AdminDivision yanbian = find(Gb2260Revision.R1999, "222400");
        assertEquals(DivisionCode.parse("222400"), yanbian.code());
        assertEquals("延边朝鲜族自治州", yanbian.name());
        assertEquals(Gb2260Revision.R1999, yanbian.revision());
        assertEquals(DivisionLevel.PREFECTURE, yanbian.level());
        assertEquals(DivisionLevel.PROVINCE, find(Gb2260Revision.R1999, "220000").level());
        assertEquals(DivisionLevel.COUNTY, find(Gb2260Revision.R1999, "222401").level());
    }

    @Test
    void equalityIncludesTheRevision() {
        AdminDivision a = find(Gb2260Revision.R1999, "130100");
        AdminDivision b = find(Gb2260Revision.R1999, "130100");
        AdminDivision c = find(Gb2260Revision.R2000, "130100");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.name(), c.name());
        assertNotEquals(a, c);
        assertTrue(a.toString().contains("130100"));
    }
}
