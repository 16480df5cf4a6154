package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InsuranceTest {

    @Test
    void theCentrePaysThreeInsurancesInThisOrder() {
        assertEquals(List.of(Insurance.PENSION, Insurance.MEDICAL, Insurance.UNEMPLOYMENT), List.of(Insurance.values()));
    }
}
