package io.github.baozhang.disbursement;

import static io.github.baozhang.disbursement.DisbursementArbitraries.enterprise;
import static io.github.baozhang.disbursement.DisbursementArbitraries.pooledId;
import static io.github.baozhang.disbursement.DisbursementArbitraries.province;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Duplicate detection finds every planted duplicate and nothing else, against a grouping oracle. */
class DuplicateRecipientsProperties {

    private static final List<String> FULL_IDS = java.util.stream.IntStream.rangeClosed(0, 25)
            .mapToObj(i -> pooledId(i).toString()).toList();

    /** One drawing: small indices into pools of IDs, months, enterprises and provinces (-1: none given). */
    record Drawing(int id, int month, int enterprise, int province) {
    }

    @Provide
    Arbitrary<List<Drawing>> drawings() {
        Arbitrary<Drawing> d = Combinators.combine(Arbitraries.integers().between(0, 25), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(-1, 2)).as(Drawing::new);
        return d.list().ofMaxSize(60);
    }

    private static List<Finding> detect(List<Drawing> drawings) {
        DuplicateRecipients detector = DuplicateRecipients.create();
        for (Drawing d : drawings) {
            if (d.province() < 0) {
                detector.add(pooledId(d.id()), YearMonth.of(1999, 7 + d.month()), enterprise(d.enterprise()));
            } else {
                detector.add(pooledId(d.id()), YearMonth.of(1999, 7 + d.month()), enterprise(d.enterprise()),
                        province(d.province()));
            }
        }
        return detector.findings();
    }

    @Property
    void everyNewPlaceOfAnIdInAPeriodIsOneFindingPairedWithItsFirstPlaceAndNothingElse(
            @ForAll("drawings") List<Drawing> drawings) {
        Map<List<Integer>, List<List<Integer>>> places = new LinkedHashMap<>();
        List<Finding> expected = new ArrayList<>();
        for (Drawing d : drawings) {
            List<Integer> key = List.of(d.id(), d.month());
            List<Integer> place = List.of(d.enterprise(), d.province());
            List<List<Integer>> seen = places.computeIfAbsent(key, k -> new ArrayList<>());
            if (seen.contains(place)) {
                continue;
            }
            seen.add(place);
            if (seen.size() > 1) {
                List<Integer> first = seen.get(0);
                String masked = pooledId(d.id()).masked();
                String period = YearMonth.of(1999, 7 + d.month()).toString();
                Map<String, String> args = new LinkedHashMap<>();
                args.put("maskedId", masked);
                args.put("period", period);
                boolean provinces = first.get(1) >= 0 && place.get(1) >= 0 && !first.get(1).equals(place.get(1));
                if (provinces) {
                    args.put("firstProvince", province(first.get(1)).toString());
                }
                args.put("firstEnterpriseId", enterprise(first.get(0)).toString());
                if (provinces) {
                    args.put("secondProvince", province(place.get(1)).toString());
                }
                args.put("secondEnterpriseId", enterprise(place.get(0)).toString());
                expected.add(Finding.of(provinces ? ProblemCode.DUPLICATE_RECIPIENT_ACROSS_PROVINCES
                        : ProblemCode.DUPLICATE_RECIPIENT, masked, args));
            }
        }
        List<Finding> actual = detect(drawings);
        assertEquals(expected, actual);
        for (int i = 0; i < actual.size(); i++) {
            assertEquals(List.copyOf(expected.get(i).arguments().keySet()), List.copyOf(actual.get(i).arguments().keySet()));
        }
    }

    @Property
    void aFindingNeverCarriesAFullId(@ForAll("drawings") List<Drawing> drawings) {
        for (Finding f : detect(drawings)) {
            for (String full : FULL_IDS) {
                assertFalse(f.subject().contains(full));
                assertFalse(f.arguments().containsValue(full));
                assertFalse(f.toString().contains(full));
            }
        }
    }

    @Property
    void recordsWithDistinctIdsHaveNoDuplicate(@ForAll("drawings") List<Drawing> drawings) {
        List<DisbursementRecord> records = new ArrayList<>();
        for (int i = 0; i < drawings.size(); i++) {
            records.add(DisbursementRecordTest.record().worker(Worker.of(pooledId(i), "张三"))
                    .enterpriseId(enterprise(drawings.get(i).enterprise())).build());
        }
        assertEquals(List.of(), DuplicateRecipients.find(records));
    }
}
