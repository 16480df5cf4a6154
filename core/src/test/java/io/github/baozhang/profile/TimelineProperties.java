package io.github.baozhang.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Timelines against a linear-scan oracle, over dates 1997–2006. */
class TimelineProperties {

    private static final LocalDate START = LocalDate.of(1997, 1, 1);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3650).map(START::plusDays);
    }

    @Provide
    Arbitrary<Set<LocalDate>> dateSets() {
        return dates().set().ofMaxSize(12);
    }

    @Property
    void atGivesTheEntryWithTheLatestDateOnOrBeforeForEveryDate(@ForAll("dateSets") Set<LocalDate> froms,
            @ForAll("dates") LocalDate date) {
        List<Effective<LocalDate>> entries = new ArrayList<>();
        for (LocalDate from : froms) {
            entries.add(Effective.of(from, from));
        }
        Timeline<LocalDate> t = Timeline.of(entries);
        Optional<LocalDate> oracle = froms.stream().filter(f -> !f.isAfter(date)).max(LocalDate::compareTo);
        assertEquals(oracle, t.at(date));
    }

    @Property
    void entriesAreSortedAndTheOrderGivenDoesNotMatter(@ForAll("dateSets") Set<LocalDate> froms) {
        List<Effective<LocalDate>> entries = new ArrayList<>();
        for (LocalDate from : froms) {
            entries.add(Effective.of(from, from));
        }
        Timeline<LocalDate> t = Timeline.of(entries);
        Collections.reverse(entries);
        assertEquals(t, Timeline.of(entries));
        for (int i = 1; i < t.entries().size(); i++) {
            assertTrue(t.entries().get(i - 1).from().isBefore(t.entries().get(i).from()));
        }
        assertEquals(froms.size(), t.entries().size());
    }

    @Property
    void aValueStaysInForceFromItsDateUntilTheNextEntry(@ForAll("dateSets") @Size(min = 1) Set<LocalDate> froms) {
        List<Effective<LocalDate>> entries = new ArrayList<>();
        for (LocalDate from : froms) {
            entries.add(Effective.of(from, from));
        }
        Timeline<LocalDate> t = Timeline.of(entries);
        List<Effective<LocalDate>> sorted = t.entries();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate from = sorted.get(i).from();
            assertEquals(Optional.of(from), t.at(from));
            if (i + 1 < sorted.size()) {
                assertEquals(Optional.of(from), t.at(sorted.get(i + 1).from().minusDays(1)));
            }
        }
        assertEquals(Optional.empty(), t.at(sorted.get(0).from().minusDays(1)));
    }
}
