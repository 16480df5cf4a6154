package io.github.baozhang.reporting;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.MonthlyReport;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The submission ledger (报送台账): every monthly report received, per enterprise of the registry
 * and period, with the revision rules of {@code monthly-reports@1}.
 *
 * <ul>
 *   <li>The highest revision counts, whatever the order of arrival.</li>
 *   <li>The same revision sent again with the same content ({@link MonthlyReport#sameContentAs})
 *       counts once; the earliest of the identical sends is kept.</li>
 *   <li>Two different contents with one revision are a conflict: when that is the highest
 *       revision, both are rejected and the enterprise counts as not reported (until a higher
 *       revision comes).</li>
 *   <li>A lower revision than one already held is refused: it never counts
 *       ({@link SubmissionStatus#SUPERSEDED}). It is kept as evidence of when the enterprise
 *       first reported, so that the state of the ledger — {@link #entry} — is the same whatever
 *       the order in which the reports arrived (a batch of reports is not in time order).</li>
 *   <li>A replacement is recorded: from which revision to which, when, by which unit, and
 *       which fields changed ({@link LedgerEntry#replacements()}).</li>
 *   <li>A report of an enterprise missing from the registry is rejected and kept nowhere.</li>
 *   <li>Once a period is {@linkplain #markRolledUp rolled up}, a submission that changes an
 *       entry of that period marks the levels above it stale ({@link #stale}): the nation,
 *       the enterprise's province and its industry.</li>
 * </ul>
 *
 * <p>The entries depend only on the set of reports submitted; {@link #violations()} and the
 * status returned by {@link #submit} describe each arrival and so depend on the order.
 *
 * <p>This class is mutable and not thread-safe; it does no I/O and reads no clock.
 */
public final class SubmissionLedger {

    private static final Comparator<MonthlyReport> EARLIEST = Comparator
            .comparing((MonthlyReport r) -> r.submittedAt().toInstant())
            .thenComparing(r -> r.submittedAt().getOffset())
            .thenComparing(r -> r.submittedBy().map(Object::toString).orElse(""));

    private final Map<OrganizationCode, Enterprise> registry;
    private final Map<Key, SortedMap<Integer, List<MonthlyReport>>> received = new HashMap<>();
    private final Set<YearMonth> rolledUp = new HashSet<>();
    private final Map<YearMonth, SortedSet<String>> stale = new HashMap<>();
    private final List<Violation> violations = new ArrayList<>();

    private SubmissionLedger(Map<OrganizationCode, Enterprise> registry) {
        this.registry = registry;
    }

    /**
     * Returns an empty ledger for a registry; when an id appears twice the first enterprise is
     * kept.
     *
     * @param registry  the monitored enterprises, not null, no null element
     * @return the ledger, not null
     */
    public static SubmissionLedger of(Collection<Enterprise> registry) {
        Objects.requireNonNull(registry, "registry");
        Map<OrganizationCode, Enterprise> byId = new LinkedHashMap<>();
        for (Enterprise e : registry) {
            byId.putIfAbsent(Objects.requireNonNull(e, "enterprise").id(), e);
        }
        return new SubmissionLedger(byId);
    }

    /**
     * Returns the registry, first enterprise of each id, in the order given.
     *
     * @return the enterprises, unmodifiable, not null
     */
    public List<Enterprise> registry() {
        return List.copyOf(registry.values());
    }

    /**
     * Records a submitted report.
     *
     * @param report  the report, not null
     * @return what the ledger made of it, not null
     */
    public SubmissionStatus submit(MonthlyReport report) {
        Objects.requireNonNull(report, "report");
        Enterprise enterprise = registry.get(report.enterpriseId());
        if (enterprise == null) {
            violations.add(Violation.of(ProblemCode.REPORT_ENTERPRISE_NOT_IN_REGISTRY, "enterpriseId",
                    args("enterpriseId", report.enterpriseId().toString())));
            return SubmissionStatus.UNKNOWN_ENTERPRISE;
        }
        Key key = new Key(report.enterpriseId(), report.period());
        Optional<LedgerEntry> before = entry(report.enterpriseId(), report.period());
        SortedMap<Integer, List<MonthlyReport>> revisions = received.computeIfAbsent(key, k -> new TreeMap<>());
        SubmissionStatus status = classify(revisions, report);
        List<MonthlyReport> contents = revisions.computeIfAbsent(report.revision(), r -> new ArrayList<>());
        boolean known = false;
        for (int i = 0; i < contents.size(); i++) {
            MonthlyReport held = contents.get(i);
            if (held.sameContentAs(report)) {
                known = true;
                if (EARLIEST.compare(report, held) < 0) {
                    contents.set(i, report);
                }
            }
        }
        if (!known) {
            contents.add(report);
        }
        if (status == SubmissionStatus.CONFLICT) {
            violations.add(Violation.of(ProblemCode.REPORT_REVISION_CONFLICT, "revision", args("enterpriseId",
                    key.id.toString(), "period", key.period.toString(), "revision", Integer.toString(report.revision()))));
        } else if (status == SubmissionStatus.SUPERSEDED) {
            violations.add(Violation.of(ProblemCode.REPORT_REVISION_SUPERSEDED, "revision", args("enterpriseId",
                    key.id.toString(), "period", key.period.toString(), "revision", Integer.toString(report.revision()),
                    "current", Integer.toString(revisions.lastKey()))));
        }
        if (rolledUp.contains(key.period) && !before.equals(entry(report.enterpriseId(), report.period()))) {
            SortedSet<String> levels = stale.computeIfAbsent(key.period, p -> new TreeSet<>());
            levels.add("nation");
            levels.add("province:" + enterprise.province());
            levels.add("industry:" + enterprise.industry().name());
        }
        return status;
    }

    private static SubmissionStatus classify(SortedMap<Integer, List<MonthlyReport>> revisions, MonthlyReport report) {
        if (revisions.isEmpty()) {
            return SubmissionStatus.ACCEPTED;
        }
        int highest = revisions.lastKey();
        if (report.revision() > highest) {
            return SubmissionStatus.REPLACED;
        }
        if (report.revision() < highest) {
            return SubmissionStatus.SUPERSEDED;
        }
        List<MonthlyReport> held = revisions.get(highest);
        if (held.size() == 1 && held.get(0).sameContentAs(report)) {
            return SubmissionStatus.DUPLICATE;
        }
        return SubmissionStatus.CONFLICT;
    }

    /**
     * Records every report of a collection, in its order.
     *
     * @param reports  the reports, not null, no null element
     * @return this ledger
     */
    public SubmissionLedger submitAll(Collection<MonthlyReport> reports) {
        Objects.requireNonNull(reports, "reports").forEach(this::submit);
        return this;
    }

    /**
     * Returns the state of one enterprise and period.
     *
     * @param enterpriseId  the enterprise, not null
     * @param period  the period, not null
     * @return the entry, or empty when nothing was received
     */
    public Optional<LedgerEntry> entry(OrganizationCode enterpriseId, YearMonth period) {
        Key key = new Key(Objects.requireNonNull(enterpriseId, "enterpriseId"), Objects.requireNonNull(period, "period"));
        SortedMap<Integer, List<MonthlyReport>> revisions = received.get(key);
        if (revisions == null || revisions.isEmpty()) {
            return Optional.empty();
        }
        SortedSet<Integer> conflicts = new TreeSet<>();
        revisions.forEach((r, contents) -> {
            if (contents.size() > 1) {
                conflicts.add(r);
            }
        });
        int highest = revisions.lastKey();
        if (conflicts.contains(highest)) {
            return Optional.of(new LedgerEntry(enterpriseId, period, Optional.empty(), conflicts, Optional.empty(),
                    List.of()));
        }
        List<MonthlyReport> accepted = new ArrayList<>();
        revisions.forEach((r, contents) -> {
            if (contents.size() == 1) {
                accepted.add(contents.get(0));
            }
        });
        OffsetDateTime earliest = accepted.stream().min(EARLIEST).orElseThrow().submittedAt();
        List<Replacement> replacements = new ArrayList<>();
        for (int i = 1; i < accepted.size(); i++) {
            MonthlyReport from = accepted.get(i - 1);
            MonthlyReport to = accepted.get(i);
            replacements.add(new Replacement(enterpriseId, period, from.revision(), to.revision(), to.submittedAt(),
                    to.submittedBy(), changed(from, to)));
        }
        return Optional.of(new LedgerEntry(enterpriseId, period, Optional.of(revisions.get(highest).get(0)), conflicts,
                Optional.of(earliest), replacements));
    }

    private static List<String> changed(MonthlyReport a, MonthlyReport b) {
        List<String> fields = new ArrayList<>();
        diff(fields, "laidOffWorkers", a.laidOffWorkers(), b.laidOffWorkers());
        diff(fields, "inCentre", a.inCentre(), b.inCentre());
        diff(fields, "agreementsSigned", a.agreementsSigned(), b.agreementsSigned());
        diff(fields, "allowance", a.allowance(), b.allowance());
        diff(fields, "contributions", a.contributions(), b.contributions());
        diff(fields, "funds", a.funds(), b.funds());
        diff(fields, "postedPublicly", a.postedPublicly(), b.postedPublicly());
        diff(fields, "reemployed", a.reemployed(), b.reemployed());
        diff(fields, "leftCentre", a.leftCentre(), b.leftCentre());
        diff(fields, "incidents", a.incidents(), b.incidents());
        return fields;
    }

    private static void diff(List<String> fields, String name, Object a, Object b) {
        if (!a.equals(b)) {
            fields.add(name);
        }
    }

    /**
     * Returns the entries of a period that received something, in enterprise id order.
     *
     * @param period  the period, not null
     * @return the entries, unmodifiable, not null
     */
    public List<LedgerEntry> entries(YearMonth period) {
        Objects.requireNonNull(period, "period");
        List<LedgerEntry> out = new ArrayList<>();
        received.keySet().stream().filter(k -> k.period.equals(period)).map(k -> k.id).sorted()
                .forEach(id -> entry(id, period).ifPresent(out::add));
        return List.copyOf(out);
    }

    /**
     * Records that a period was rolled up, clearing its stale marks: a later change to an entry
     * of that period marks the levels above it stale.
     *
     * @param period  the period, not null
     */
    public void markRolledUp(YearMonth period) {
        rolledUp.add(Objects.requireNonNull(period, "period"));
        stale.remove(period);
    }

    /**
     * Returns the levels of a rolled-up period that a later submission made stale, one
     * {@link ProblemCode#ROLLUP_STALE} finding per level, in level order ({@code industry:…},
     * {@code nation}, {@code province:…}).
     *
     * @param period  the period, not null
     * @return the findings, unmodifiable, empty when nothing is stale, not null
     */
    public List<Finding> stale(YearMonth period) {
        Objects.requireNonNull(period, "period");
        List<Finding> out = new ArrayList<>();
        for (String level : stale.getOrDefault(period, new TreeSet<>())) {
            out.add(Finding.of(ProblemCode.ROLLUP_STALE, level, args("period", period.toString(), "level", level)));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the violations of the rejected and refused submissions, in arrival order.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    static Map<String, String> args(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static final class Key {
        final OrganizationCode id;
        final YearMonth period;

        Key(OrganizationCode id, YearMonth period) {
            this.id = id;
            this.period = period;
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Key && ((Key) obj).id.equals(id) && ((Key) obj).period.equals(period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, period);
        }
    }
}
