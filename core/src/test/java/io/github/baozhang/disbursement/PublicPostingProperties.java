package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.baozhang.id.CitizenId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A mask never reveals more than its rule: exactly which code points it keeps. */
class PublicPostingProperties {

    @Provide
    Arbitrary<String> names() {
        Arbitrary<Integer> codePoints = Arbitraries.oneOf(
                Arbitraries.integers().between(0x4E00, 0x9FA5),          // common CJK
                Arbitraries.integers().between(0x20000, 0x2A6DF),        // CJK extension B, supplementary
                Arbitraries.integers().between('A', 'z'),
                Arbitraries.of((int) '·', (int) '*'));
        return codePoints.list().ofMinSize(1).ofMaxSize(8).map(cps -> {
            StringBuilder sb = new StringBuilder();
            cps.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    @Property
    void aNameKeepsItsFirstCodePointAndFromThreeOnItsLastAndStarsTheRest(@ForAll("names") String name) {
        int[] in = name.codePoints().toArray();
        int[] out = PublicPosting.maskName(name).codePoints().toArray();
        int n = in.length;
        assertEquals(n, out.length, "one code point out for each in");
        if (n == 1) {
            assertEquals('*', out[0], "a one-character name is all masked");
            return;
        }
        assertEquals(in[0], out[0]);
        for (int i = 1; i < out.length - (n >= 3 ? 1 : 0); i++) {
            assertEquals('*', out[i], "position " + i);
        }
        if (n >= 3) {
            assertEquals(in[n - 1], out[n - 1]);
        } else {
            assertEquals('*', out[1]);
        }
    }

    @Property
    void theMaskRevealsNothingOfTheHiddenCodePoints(@ForAll("names") String name, @ForAll("names") String filler) {
        int[] in = name.codePoints().toArray();
        int[] f = filler.codePoints().toArray();
        int n = in.length;
        int lastHidden = n >= 3 ? n - 2 : n - 1;
        int[] variant = in.clone();
        for (int i = 1; i <= lastHidden; i++) {
            variant[i] = f[i % f.length];
        }
        assertEquals(PublicPosting.maskName(name), PublicPosting.maskName(new String(variant, 0, n)));
        if (n == 1) {
            assertEquals(PublicPosting.maskName(name), PublicPosting.maskName(new String(f, 0, 1)),
                    "of a one-character name nothing shows");
        }
        if (!name.equals("*") && (n == 1 || in[1] != '*')) {
            assertNotEquals(name, PublicPosting.maskName(name), "a name is never shown whole");
        }
    }

    @Property
    void anIdKeepsExactlyItsFirstSixAndLastFourCharacters(@ForAll("ids") CitizenId id) {
        String full = id.toString();
        String mask = PublicPosting.maskCitizenId(id);
        assertEquals(18, mask.length());
        assertEquals(full.substring(0, 6), mask.substring(0, 6));
        assertEquals("********", mask.substring(6, 14));
        assertEquals(full.substring(14), mask.substring(14));
    }

    @Provide
    Arbitrary<CitizenId> ids() {
        return DisbursementArbitraries.citizenIds();
    }
}
