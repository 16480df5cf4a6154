package io.github.baozhang.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Gb2260RevisionTest {

    @Test
    void labelsAreTheYearEndsOf1999To2002InOrder() {
        assertEquals(List.of(Gb2260Revision.R1999, Gb2260Revision.R2000, Gb2260Revision.R2001, Gb2260Revision.R2002),
                List.of(Gb2260Revision.values()));
        assertEquals("199912", Gb2260Revision.R1999.label());
        assertEquals("200012", Gb2260Revision.R2000.label());
        assertEquals("200112", Gb2260Revision.R2001.label());
        assertEquals("200212", Gb2260Revision.R2002.label());
    }

    @Test
    void ofLabelFindsEveryRevisionAndNothingElse() {
        for (Gb2260Revision revision : Gb2260Revision.values()) {
            assertEquals(Optional.of(revision), Gb2260Revision.ofLabel(revision.label()));
        }
        assertEquals(Optional.empty(), Gb2260Revision.ofLabel("199812"));
        assertEquals(Optional.empty(), Gb2260Revision.ofLabel("R1999"));
        assertEquals(Optional.empty(), Gb2260Revision.ofLabel(""));
        assertThrows(NullPointerException.class, () -> Gb2260Revision.ofLabel(null));
    }

    @Test
    void latestIs2002() {
        assertEquals(Gb2260Revision.R2002, Gb2260Revision.latest());
    }
}
