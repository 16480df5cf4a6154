package io.github.baozhang.id;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SexTest {

    @Test
    void oddSeventeenthDigitIsMaleEvenIsFemale() {
        for (int digit = 0; digit <= 9; digit++) {
            String first17 = "11010519491231" + "00" + digit;
            CitizenId id = CitizenId.parse(first17 + CitizenId.checkCharacter(first17));
            assertEquals(digit % 2 == 1 ? Sex.MALE : Sex.FEMALE, id.sex());
        }
    }
}
