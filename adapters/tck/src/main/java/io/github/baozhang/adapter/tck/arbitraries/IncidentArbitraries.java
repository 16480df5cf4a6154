package io.github.baozhang.adapter.tck.arbitraries;

import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitraries of mass incidents ({@code baozhang/incidents@1}).
 *
 * <p>An incident is valid by default ({@code IncidentRules.check} finds nothing): it occurred
 * between 1998 and 2005, at a whole second, mostly in Beijing time (+08:00), sometimes in
 * another offset; it was reported up to three days later; the province, when it came, was on
 * the scene up to a day after it began. Ids and causes are non-blank, Chinese or Latin.
 *
 * <p>This class is a stateless utility.
 */
public final class IncidentArbitraries {

    private static final OffsetDateTime START = OffsetDateTime.of(1998, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    private IncidentArbitraries() {
    }

    /**
     * Returns valid incidents.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Incident> incidents() {
        Arbitrary<String> ids = Arbitraries.oneOf(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("2000-017", "辽-1999-3", "INC/42"));
        Arbitrary<String> causes = Arbitraries.oneOf(
                Arbitraries.of("基本生活费拖欠", "社会保险费欠缴", "破产安置", "wages in arrears"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(20));
        Arbitrary<ZoneOffset> offsets = Arbitraries.frequency(Tuple.of(8, ZoneOffset.ofHours(8)),
                Tuple.of(1, ZoneOffset.UTC), Tuple.of(1, ZoneOffset.ofHours(9)));
        return Builders.withBuilder(Incident::builder)
                .use(ids).in((b, v) -> b.id(v))
                .use(IdArbitraries.organizationCodes()).in((b, v) -> b.enterpriseId(v))
                .use(causes).in((b, v) -> b.cause(v))
                .use(Arbitraries.longs().between(0, 10_000)).in((b, v) -> b.participants(v))
                .use(Arbitraries.of(IncidentSeverity.class)).in((b, v) -> b.severity(v))
                .use(Arbitraries.of(IncidentStatus.class)).in((b, v) -> b.status(v))
                .use(times(offsets))
                .in((b, t) -> b.occurredAt(t.get1()).reportedAt(t.get2()).provinceOnSceneAt(t.get3()))
                .build(Incident.Builder::build);
    }

    /**
     * Returns the incidents of valid documents: at most {@code maxSize}, their ids distinct.
     *
     * @param maxSize  the largest number of incidents, 0 or more
     * @return the arbitrary, not null
     */
    public static Arbitrary<List<Incident>> incidentLists(int maxSize) {
        return incidents().list().ofMaxSize(maxSize).uniqueElements(Incident::id);
    }

    /** (occurred, reported, on the scene), in one offset. */
    private static Arbitrary<Tuple.Tuple3<OffsetDateTime, OffsetDateTime, Optional<OffsetDateTime>>> times(
            Arbitrary<ZoneOffset> offsets) {
        return Combinators.combine(Arbitraries.longs().between(0, 8L * 365 * 86_400), offsets,
                        Arbitraries.longs().between(0, 3L * 86_400), Arbitraries.longs().between(-1, 86_400))
                .as((second, offset, delay, onScene) -> {
                    OffsetDateTime occurred = START.plusSeconds(second).withOffsetSameInstant(offset);
                    return Tuple.of(occurred, occurred.plusSeconds(delay),
                            onScene < 0 ? Optional.<OffsetDateTime>empty() : Optional.of(occurred.plusSeconds(onScene)));
                });
    }
}
