package io.github.baozhang.incident;

import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.BasisPoints;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators for the tests of this package; core tests keep their own (they cannot use the TCK). */
final class IncidentArbitraries {

    static final OrganizationCode ID = OrganizationCode.parse("D2143569-X");

    private IncidentArbitraries() {
    }

    static OrganizationCode organizationCode(String body) {
        return OrganizationCode.parse(body + OrganizationCode.checkCharacter(body));
    }

    /** Organisation codes drawn from a pool of the given size, so that ids repeat. */
    static Arbitrary<OrganizationCode> ids(int pool) {
        return Arbitraries.integers().between(0, pool - 1).map(i -> organizationCode(String.format("1%07d", i)));
    }

    /** Dates of the first days of 2000 (the Spring Festival holidays), so that dates repeat. */
    static Arbitrary<LocalDate> dates(int days) {
        return Arbitraries.integers().between(0, days - 1).map(i -> LocalDate.of(2000, 2, 1).plusDays(i));
    }

    static Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.of(ZoneOffset.ofHours(8), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(-5, -30),
                ZoneOffset.ofHours(14));
    }

    /** Instants from 1999 to 2005 at nanosecond precision, in several offsets. */
    static Arbitrary<OffsetDateTime> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(915_148_800L, 1_136_073_600L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos, offsets())
                .as((s, n, o) -> java.time.Instant.ofEpochSecond(s, n).atOffset(o));
    }

    static Incident.Builder incident() {
        return Incident.builder()
                .id("INC-1")
                .enterpriseId(ID)
                .occurredAt(OffsetDateTime.parse("2000-02-03T09:00:00+08:00"))
                .reportedAt(OffsetDateTime.parse("2000-02-03T10:00:00+08:00"))
                .participants(200)
                .cause("拖欠基本生活费")
                .severity(IncidentSeverity.GENERAL)
                .status(IncidentStatus.OPEN);
    }

    static Arbitrary<RiskLevel> levels() {
        return Arbitraries.of(RiskLevel.class);
    }

    static Arbitrary<RiskFactors> factors() {
        Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
        return Builders.withBuilder(RiskFactors::builder)
                .use(Arbitraries.integers().between(0, 12)).in((b, v) -> b.arrearsMonths(v))
                .use(Arbitraries.longs().between(0, 12_000).map(BasisPoints::of)).in((b, v) -> b.arrivalRate(v))
                .use(Arbitraries.of(ProductionStatus.class)).in((b, v) -> b.production(v))
                .use(Arbitraries.integers().between(0, 3)).in((b, v) -> b.generalIncidents(v))
                .use(Arbitraries.integers().between(0, 3)).in((b, v) -> b.majorIncidents(v))
                .use(booleans).in((b, v) -> b.incidentHistory(v))
                .use(booleans).in((b, v) -> b.hiddenRisk(v))
                .use(booleans).in((b, v) -> b.emergencyPlanPresent(v))
                .use(booleans).in((b, v) -> b.fundingBlindSpot(v))
                .use(booleans).in((b, v) -> b.postingLate(v))
                .build(RiskFactors.Builder::build);
    }

    /** A pair (better, worse): the second is the first made worse in any number of components. */
    static Arbitrary<List<RiskFactors>> orderedPairs() {
        Arbitrary<Boolean> booleans = Arbitraries.of(true, false);
        Arbitrary<Integer> steps = Arbitraries.integers().between(0, 4).edgeCases(c -> c.add(0, 1));
        return factors().flatMap(a -> Builders.withBuilder(() -> RiskFactors.builder().from(a))
                .use(steps).in((b, d) -> b.arrearsMonths(a.arrearsMonths() + d))
                .use(Arbitraries.longs().between(0, a.arrivalRate().value()))
                .in((b, v) -> b.arrivalRate(BasisPoints.of(v)))
                .use(Arbitraries.integers().between(a.production().ordinal(), 2))
                .in((b, o) -> b.production(ProductionStatus.values()[o]))
                .use(steps).in((b, d) -> b.generalIncidents(a.generalIncidents() + d))
                .use(steps).in((b, d) -> b.majorIncidents(a.majorIncidents() + d))
                .use(booleans).in((b, v) -> b.incidentHistory(a.incidentHistory() || v))
                .use(booleans).in((b, v) -> b.hiddenRisk(a.hiddenRisk() || v))
                .use(booleans).in((b, v) -> b.emergencyPlanPresent(a.emergencyPlanPresent() && v))
                .use(booleans).in((b, v) -> b.fundingBlindSpot(a.fundingBlindSpot() || v))
                .use(booleans).in((b, v) -> b.postingLate(a.postingLate() || v))
                .build(b -> List.of(a, b.build())));
    }

    /** Valid thresholds of every shape: ordered, with ties, with levels switched off. */
    static Arbitrary<RiskThresholds> thresholds() {
        Arbitrary<int[]> arrears = Combinators.combine(Arbitraries.integers().between(0, 5),
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3))
                .as((y, o, r) -> new int[] {y, y + o, y + o + r});
        Arbitrary<long[]> arrival = Arbitraries.longs().between(0, 12_000)
                .flatMap(y -> Arbitraries.longs().between(0, y)
                        .flatMap(o -> Arbitraries.longs().between(0, o).map(r -> new long[] {y, o, r})));
        Arbitrary<RiskLevel[]> ordered = levels().flatMap(low -> Arbitraries.integers().between(low.ordinal(), 3)
                .map(high -> new RiskLevel[] {low, RiskLevel.values()[high]}));
        return Builders.withBuilder(RiskThresholds::builder)
                .use(arrears).in((b, a) -> b.arrearsMonthsYellow(a[0]).arrearsMonthsOrange(a[1]).arrearsMonthsRed(a[2]))
                .use(arrival).in((b, a) -> b.arrivalRateYellowBelow(BasisPoints.of(a[0]))
                        .arrivalRateOrangeBelow(BasisPoints.of(a[1])).arrivalRateRedBelow(BasisPoints.of(a[2])))
                .use(ordered).in((b, l) -> b.halfStoppedLevel(l[0]).stoppedLevel(l[1]))
                .use(ordered).in((b, l) -> b.generalIncidentLevel(l[0]).majorIncidentLevel(l[1]))
                .use(levels()).in((b, v) -> b.incidentHistoryLevel(v))
                .use(levels()).in((b, v) -> b.hiddenRiskLevel(v))
                .use(levels()).in((b, v) -> b.emergencyPlanMissingLevel(v))
                .use(levels()).in((b, v) -> b.fundingBlindSpotLevel(v))
                .use(levels()).in((b, v) -> b.postingLateLevel(v))
                .build(RiskThresholds.Builder::build)
                .edgeCases(c -> c.add(RiskThresholds.defaults()));
    }
}
