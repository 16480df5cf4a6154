package io.github.baozhang.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.adapter.tck.arbitraries.IdArbitraries;
import io.github.baozhang.id.CitizenId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskingTest {

    @Example
    void aNameKeepsItsFirstAndFromThreeCharactersOnItsLastCharacter() {
        assertEquals("王*", Masking.name("王国"));
        assertEquals("王*国", Masking.name("王建国"));
        assertEquals("欧**锋", Masking.name("欧阳克锋"));
        assertEquals("J****s", Masking.name("Jo Les"));
    }

    @Example
    void aNameOfOneCharacterIsAllMasked() {
        assertEquals("*", Masking.name("王"));
        assertEquals("", Masking.name(""));
    }

    @Example
    void aCharacterOutsideTheBasicPlaneIsNeverCut() {
        // 𠀀 (U+20000) is two chars, one character.
        assertEquals("𠀀*", Masking.name("𠀀国"));
        assertEquals("王*𠀀", Masking.name("王建𠀀"));
    }

    @Example
    void aValidCitizenIdIsMaskedAsThePublicListShowsIt() {
        assertEquals("110105********002X", Masking.citizenId("11010519491231002X"));
        assertEquals("110105********002X", Masking.citizenId("11010519491231002x"));
    }

    @Example
    void anyOtherTextKeepsSixAndFourOrNothing() {
        assertEquals("110105********0021", Masking.citizenId("110105194912310021"));
        assertEquals("340524*****1001", Masking.citizenId("340524800101001"));
        assertEquals("123456*7890", Masking.citizenId("12345667890"));
        assertEquals("**********", Masking.citizenId("1234567890"));
        assertEquals("", Masking.citizenId(""));
    }

    @Example
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> Masking.name(null));
        assertThrows(NullPointerException.class, () -> Masking.citizenId(null));
    }

    @Property
    void aMaskedIdIsCoresMaskAndHidesTheBirthDate(@ForAll("ids") CitizenId id) {
        String masked = Masking.citizenId(id.toString());
        assertEquals(id.masked(), masked);
        assertEquals("********", masked.substring(6, 14));
    }

    @Property
    void aMaskedNameHasTheLengthOfTheNameAndHidesItsMiddle(@ForAll("names") String name) {
        String masked = Masking.name(name);
        int n = name.codePointCount(0, name.length());
        assertEquals(n, masked.codePointCount(0, masked.length()));
        if (n >= 2) {
            assertEquals(name.codePointAt(0), masked.codePointAt(0));
            assertEquals("*".repeat(n - 2), masked.substring(Character.charCount(name.codePointAt(0)),
                    masked.length() - (n >= 3 ? Character.charCount(name.codePointBefore(name.length())) : 1)));
        }
    }

    @Provide
    Arbitrary<CitizenId> ids() {
        return IdArbitraries.citizenIds();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(6);
    }
}
