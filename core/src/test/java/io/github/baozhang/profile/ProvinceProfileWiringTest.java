package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.incident.RiskThresholds;
import io.github.baozhang.incident.UrgentReportClocks;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The incident package's clocks and thresholds, as the profile carries them. */
class ProvinceProfileWiringTest {

    @Test
    void theNationalProfileCarriesTheDefaultClocksAndThresholdsFromTheNoticeOn() {
        ProvinceProfile national = ProvinceProfile.national();
        LocalDate day = LocalDate.of(2000, 2, 3);
        assertEquals(Optional.of(UrgentReportClocks.defaults()), national.urgentReportClocks().at(day));
        assertEquals(Optional.of(RiskThresholds.defaults()), national.riskThresholds().at(day));
        assertEquals(Optional.empty(), national.urgentReportClocks().at(LocalDate.of(1999, 11, 25)));
    }

    @Test
    void aProvinceSetsItsOwnClocksFromADate() {
        UrgentReportClocks strict = UrgentReportClocks.of(Duration.ofHours(12), Duration.ofHours(1));
        ProvinceProfile hebei = ProvinceProfile.national().withName("hebei").withUrgentReportClocks(
                ProvinceProfile.national().urgentReportClocks().plus(LocalDate.of(2000, 7, 1), strict));
        assertEquals(Optional.of(UrgentReportClocks.defaults()), hebei.urgentReportClocks().at(LocalDate.of(2000, 6, 30)));
        assertEquals(Optional.of(strict), hebei.urgentReportClocks().at(LocalDate.of(2000, 7, 1)));
        assertEquals(RiskThresholds.defaults(), hebei.withRiskThresholds(hebei.riskThresholds()).riskThresholds()
                .at(LocalDate.of(2001, 1, 1)).orElseThrow());
    }
}
