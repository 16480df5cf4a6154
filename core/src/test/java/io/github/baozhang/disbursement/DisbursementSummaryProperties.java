package io.github.baozhang.disbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.baozhang.disbursement.DisbursementArbitraries.Row;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Summaries equal the sum of their rows (against a naive BigInteger oracle), and merge is a
 * commutative monoid whatever the amounts — up to Long.MAX_VALUE fen each, so sums run far past
 * the long range.
 */
class DisbursementSummaryProperties {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Provide
    Arbitrary<List<Row>> rows() {
        return DisbursementArbitraries.rows().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<DisbursementSummary> summaries() {
        return rows().map(DisbursementSummaryProperties::summarise);
    }

    static DisbursementSummary summarise(List<Row> rows) {
        DisbursementAccumulator acc = DisbursementAccumulator.create();
        for (Row r : rows) {
            acc.add(r.allowanceDue(), r.allowancePaid(), r.contributionsDue(), r.contributionsPaid(), r.onTime());
        }
        return acc.toSummary();
    }

    @Property
    void aSummaryEqualsTheNaiveSumOfItsRows(@ForAll("rows") List<Row> rows) {
        long inFull = 0;
        long onTime = 0;
        BigInteger[] sums = {BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO, BigInteger.ZERO};
        for (Row r : rows) {
            if (r.allowancePaid() >= r.allowanceDue() && r.contributionsPaid() >= r.contributionsDue()) {
                inFull++;
            }
            if (r.onTime()) {
                onTime++;
            }
            sums[0] = sums[0].add(BigInteger.valueOf(r.allowanceDue()));
            sums[1] = sums[1].add(BigInteger.valueOf(r.allowancePaid()));
            sums[2] = sums[2].add(BigInteger.valueOf(r.contributionsDue()));
            sums[3] = sums[3].add(BigInteger.valueOf(r.contributionsPaid()));
        }
        DisbursementSummary s = summarise(rows);
        assertEquals(rows.size(), s.rows());
        assertEquals(inFull, s.paidInFull());
        assertEquals(onTime, s.onTime());
        assertEquals(sums[0], s.allowance().dueFen());
        assertEquals(sums[1], s.allowance().paidFen());
        assertEquals(sums[2], s.contributions().dueFen());
        assertEquals(sums[3], s.contributions().paidFen());
        long outOfRange = 0;
        for (BigInteger sum : sums) {
            if (sum.compareTo(LONG_MAX) > 0) {
                outOfRange++;
            }
        }
        assertEquals(outOfRange, s.check().size());
    }

    @Property
    void mergeIsAssociative(@ForAll("summaries") DisbursementSummary a, @ForAll("summaries") DisbursementSummary b,
            @ForAll("summaries") DisbursementSummary c) {
        assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
    }

    @Property
    void mergeIsCommutative(@ForAll("summaries") DisbursementSummary a, @ForAll("summaries") DisbursementSummary b) {
        assertEquals(a.merge(b), b.merge(a));
    }

    @Property
    void theIdentityChangesNothing(@ForAll("summaries") DisbursementSummary a) {
        assertEquals(a, a.merge(DisbursementSummary.identity()));
        assertEquals(a, DisbursementSummary.identity().merge(a));
        assertEquals(a, DisbursementAccumulator.create().add(a).toSummary());
    }

    @Property
    void mergingTheSummariesOfAnySplitGivesTheSummaryOfTheWhole(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        Random random = new Random(seed);
        List<List<Row>> parts = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        for (Row r : rows) {
            current.add(r);
            if (random.nextInt(4) == 0) {
                parts.add(current);
                current = new ArrayList<>();
            }
        }
        parts.add(current);
        Collections.shuffle(parts, random);
        DisbursementSummary merged = DisbursementSummary.identity();
        for (List<Row> part : parts) {
            merged = merged.merge(summarise(part));
        }
        assertEquals(summarise(rows), merged);
    }

    @Property
    void theOrderOfRowsDoesNotMatterAndEachRowIsItsOwnSummary(@ForAll("rows") List<Row> rows, @ForAll long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(summarise(rows), summarise(shuffled));
        DisbursementSummary oneByOne = DisbursementSummary.identity();
        for (Row r : shuffled) {
            oneByOne = r.summary().merge(oneByOne);
        }
        assertEquals(summarise(rows), oneByOne);
    }
}
