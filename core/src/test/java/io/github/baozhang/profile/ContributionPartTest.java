package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionPartTest {

    @Test
    void eachInsuranceHasAnEmployerAndAPersonalPart() {
        for (Insurance insurance : Insurance.values()) {
            Set<Boolean> personal = new java.util.HashSet<>();
            for (ContributionPart p : ContributionPart.values()) {
                if (p.insurance() == insurance) {
                    personal.add(p.isPersonal());
                }
            }
            assertEquals(Set.of(true, false), personal, insurance::toString);
        }
        assertEquals(6, ContributionPart.values().length);
    }

    @Test
    void namesSayWhichPart() {
        for (ContributionPart p : ContributionPart.values()) {
            assertEquals(p.insurance().name() + (p.isPersonal() ? "_PERSONAL" : "_EMPLOYER"), p.name());
        }
        assertEquals(EnumSet.of(ContributionPart.PENSION_PERSONAL, ContributionPart.MEDICAL_PERSONAL,
                ContributionPart.UNEMPLOYMENT_PERSONAL),
                EnumSet.copyOf(java.util.Arrays.stream(ContributionPart.values()).filter(ContributionPart::isPersonal)
                        .collect(java.util.stream.Collectors.toSet())));
    }
}
