package io.github.baozhang.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.baozhang.enterprise.Affiliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules 3 and 5: who pays each share, and who makes up each gap, by category. */
class FundingCategoryTest {

    @Test
    void aCentralEnterpriseIsCentral() {
        assertEquals(FundingCategory.CENTRAL, FundingCategory.of(Affiliation.CENTRAL, false));
    }

    @Test
    void aLocalEnterpriseIsLocal() {
        assertEquals(FundingCategory.LOCAL, FundingCategory.of(Affiliation.LOCAL, false));
    }

    @Test
    void aShougangExternalEnterpriseIsLocalWithItsOwnCategory() {
        assertEquals(FundingCategory.SHOUGANG_EXTERNAL, FundingCategory.of(Affiliation.LOCAL, true));
    }

    @Test
    void aShougangExternalEnterpriseCannotBeCentral() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FundingCategory.of(Affiliation.CENTRAL, true));
        assertEquals("a Shougang external enterprise is local", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "CENTRAL,           ENTERPRISE, ENTERPRISE",
        "CENTRAL,           SOCIAL,     UI_FUND_LOCAL",
        "CENTRAL,           FISCAL,     FINANCE_CENTRAL",
        "LOCAL,             ENTERPRISE, ENTERPRISE",
        "LOCAL,             SOCIAL,     UI_FUND_LOCAL",
        "LOCAL,             FISCAL,     FINANCE_LOCAL",
        "SHOUGANG_EXTERNAL, ENTERPRISE, ENTERPRISE",
        "SHOUGANG_EXTERNAL, SOCIAL,     UI_FUND_LOCAL",
        "SHOUGANG_EXTERNAL, FISCAL,     FINANCE_LOCAL",
    })
    void primaryPayerOfEachShare(FundingCategory category, FundingSource source, Payer payer) {
        assertEquals(payer, category.primaryPayer(source));
    }

    @ParameterizedTest
    @CsvSource({
        "CENTRAL,           ENTERPRISE, FINANCE_CENTRAL",
        "CENTRAL,           SOCIAL,     FINANCE_CENTRAL",
        "CENTRAL,           FISCAL,     FINANCE_CENTRAL",
        "LOCAL,             ENTERPRISE, FINANCE_LOCAL",
        "LOCAL,             SOCIAL,     FINANCE_LOCAL",
        "LOCAL,             FISCAL,     FINANCE_LOCAL",
        "SHOUGANG_EXTERNAL, ENTERPRISE, SHOUGANG_HQ",
        "SHOUGANG_EXTERNAL, SOCIAL,     FINANCE_LOCAL",
        "SHOUGANG_EXTERNAL, FISCAL,     FINANCE_LOCAL",
    })
    void backstopPayerOfEachGap(FundingCategory category, FundingSource source, Payer payer) {
        assertEquals(payer, category.backstopPayer(source));
    }

    @ParameterizedTest
    @EnumSource(FundingCategory.class)
    void nullSourcesThrowNamingTheParameter(FundingCategory category) {
        assertEquals("source", assertThrows(NullPointerException.class, () -> category.primaryPayer(null)).getMessage());
        assertEquals("source", assertThrows(NullPointerException.class, () -> category.backstopPayer(null)).getMessage());
    }

    @Test
    void aNullAffiliationThrowsNamingTheParameter() {
        assertEquals("affiliation", assertThrows(NullPointerException.class,
                () -> FundingCategory.of(null, false)).getMessage());
        assertEquals("affiliation", assertThrows(NullPointerException.class,
                () -> FundingCategory.of(null, true)).getMessage());
    }
}
