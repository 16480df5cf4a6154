package io.github.baozhang.examples.provincial;

import io.github.baozhang.adapter.csv.NationalWorkerRowReader;
import io.github.baozhang.adapter.csv.WorkerRow;
import io.github.baozhang.adapter.json.InterchangeJson;
import io.github.baozhang.adapter.json.MonthlyReportsDocument;
import io.github.baozhang.adapter.spi.ReadResult;
import io.github.baozhang.adapter.spi.RejectedRecord;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.Payment;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingOutcome;
import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.validation.BaozhangValidator;
import io.github.baozhang.validation.ProblemFormatter;
import io.github.baozhang.validation.WorkerRowTotals;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a province embeds Baozhang: Heilongjiang (230000) closes March 2000. It reads the registry
 * of its monitored enterprises ({@code baozhang/enterprises@1}) and its worker-row CSV feed (the
 * national worker-row CSV, one worker and month a line), sums the rows of each enterprise,
 * builds and validates each monthly report against its enterprise and its rows (control totals),
 * plans the month's funds by the three-thirds rule, and writes the reports upward as
 * {@code baozhang/monthly-reports@1}.
 *
 * <p>The data are a toy excerpt, synthetic: three enterprises with a few workers each, and two
 * rows the reader rejects (one of another month, one with a wrong check character).
 */
public final class ProvincialSystem {

    /** The province. */
    static final DivisionCode HEILONGJIANG = DivisionCode.parse("230000");

    /** The month closed. */
    static final YearMonth PERIOD = YearMonth.of(2000, 3);

    /** When the report goes up: 4 April 2000, 10:00 Beijing time (a real system takes its clock). */
    static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.parse("2000-04-04T10:00:00+08:00");

    /**
     * What the re-employment service centres report beside the rows: laid-off workers at the
     * end of the month, re-employed and left the centre during it.
     */
    record CentreFigures(long laidOffWorkers, long reemployed, long leftCentre) {
    }

    private static final Map<String, CentreFigures> CENTRES = Map.of(
            "127045134", new CentreFigures(6, 1, 1),
            "127469818", new CentreFigures(5, 0, 0),
            "127885301", new CentreFigures(4, 1, 2));

    private ProvincialSystem() {
    }

    /**
     * Runs the month: writes {@code monthly-reports-2000-03.json} into the directory given as the
     * first argument (default {@code target/provincial}) and prints what it did.
     *
     * @param args  the output directory, optional
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/provincial");
        Files.createDirectories(dir);
        Path out = dir.resolve("monthly-reports-" + PERIOD + ".json");
        try (OutputStream o = Files.newOutputStream(out)) {
            List<MonthlyReport> reports = closeMonth(resource("enterprises.json"), resource("feed-2000-03.csv"), o,
                    System.out);
            System.out.printf("%s %s: %d monthly reports written to %s%n", HEILONGJIANG, PERIOD, reports.size(), out);
        }
    }

    /**
     * Closes the month: reads, validates, funds, writes the reports upward.
     *
     * @param registryFile  the registry, {@code baozhang/enterprises@1}
     * @param feedFile  the worker-row CSV feed of the month
     * @param upward  where the {@code baozhang/monthly-reports@1} document is written
     * @param log  where to say what happened
     * @return the reports written
     * @throws IOException if reading or writing fails
     */
    static List<MonthlyReport> closeMonth(Source registryFile, Source feedFile, OutputStream upward, PrintStream log)
            throws IOException {
        ProblemFormatter words = ProblemFormatter.of(Locale.ENGLISH);
        // tag::embed[]
        // Read: strict readers; bad input is a result with located violations, never an exception.
        ReadResult<Enterprise> registry = InterchangeJson.enterpriseReader().readAll(registryFile);
        ReadResult<WorkerRow> rows = NationalWorkerRowReader.of(PERIOD).readAll(feedFile);
        for (RejectedRecord rejected : rows.rejected()) {
            rejected.violations().forEach(v -> log.println("rejected: " + words.format(v)));
        }

        List<MonthlyReport> reports = new ArrayList<>();
        for (Enterprise enterprise : registry.values()) {
            List<WorkerRow> own = rows.values().stream().filter(r -> r.enterpriseId().equals(enterprise.id())).toList();
            WorkerRowTotals totals = totals(own);

            // Fund: the month's requirement split by the three-thirds rule, against what arrived.
            Money requirement = totals.allowanceDue().plus(totals.contributionsDue());
            FundingOutcome funded = ThreeThirds.evaluate(FundingCase.builder()
                    .id(enterprise.id().toString())
                    .affiliation(enterprise.affiliation())
                    .shougangExternal(enterprise.shougangExternal())
                    .period(PERIOD)
                    .requirement(requirement)
                    .received(arrived(requirement, totals))
                    .build());
            FundingResult plan = funded.result();

            // Report: the control totals are the rows' sums; validate against the registry and the rows.
            MonthlyReport report = report(enterprise, own, totals, plan);
            List<Violation> problems = BaozhangValidator.shared().validate(report, enterprise, totals);
            problems.forEach(v -> log.println(enterprise.id() + ": " + words.format(v)));
            if (problems.isEmpty()) {
                reports.add(report);
            }
        }

        // Write upward: baozhang/monthly-reports@1, the interchange format the ministry reads.
        InterchangeJson.monthlyReportsSink().write(MonthlyReportsDocument.of(reports), upward);
        // end::embed[]
        log.printf("%s %s: %d rows accepted, %d rejected; %d enterprises%n", HEILONGJIANG, PERIOD,
                rows.summary().accepted(), rows.summary().rejected(), registry.values().size());
        return reports;
    }

    /** The sums of an enterprise's rows; every row is a worker in the centre with an agreement (no agreement, no allowance). */
    static WorkerRowTotals totals(List<WorkerRow> rows) {
        long allowanceDue = 0;
        long allowancePaid = 0;
        long contributionsDue = 0;
        long contributionsPaid = 0;
        for (WorkerRow r : rows) {
            allowanceDue = Math.addExact(allowanceDue, r.allowanceDueFen());
            allowancePaid = Math.addExact(allowancePaid, r.allowancePaidFen());
            contributionsDue = Math.addExact(contributionsDue, r.contributionsDueFen());
            contributionsPaid = Math.addExact(contributionsPaid, r.contributionsPaidFen());
        }
        return WorkerRowTotals.of(rows.size(), rows.size(), Money.ofFen(allowanceDue), Money.ofFen(allowancePaid),
                Money.ofFen(contributionsDue), Money.ofFen(contributionsPaid));
    }

    /**
     * What arrived: the province's books say the social and fiscal thirds arrived in full; the
     * enterprise's own share is what was paid beyond them.
     */
    static SourceAmounts arrived(Money requirement, WorkerRowTotals totals) {
        SourceAmounts plan = ThreeThirds.plan(requirement, ThreeThirds.SOCIAL_RATIO);
        Money paid = totals.allowancePaid().plus(totals.contributionsPaid());
        Money enterprise = paid.minus(plan.social()).minus(plan.fiscal()).max(Money.zero());
        return SourceAmounts.of(enterprise, plan.social(), plan.fiscal());
    }

    private static MonthlyReport report(Enterprise enterprise, List<WorkerRow> rows, WorkerRowTotals totals,
            FundingResult funded) {
        CentreFigures centre = CENTRES.getOrDefault(enterprise.id().toString(), new CentreFigures(rows.size(), 0, 0));
        Optional<LocalDate> lastPaid = rows.stream().map(WorkerRow::paidOn).flatMap(Optional::stream)
                .max(LocalDate::compareTo);
        return MonthlyReport.builder()
                .enterpriseId(enterprise.id())
                .period(PERIOD)
                .revision(1)
                .submittedAt(SUBMITTED_AT)
                .submittedBy(HEILONGJIANG)
                .laidOffWorkers(centre.laidOffWorkers())
                .inCentre(totals.workers())
                .agreementsSigned(totals.agreementsSigned())
                .allowance(Payment.of(totals.allowanceDue(), totals.allowancePaid(),
                        totals.allowancePaid().isZero() ? Optional.empty() : lastPaid))
                .contributions(Payment.of(totals.contributionsDue(), totals.contributionsPaid()))
                .funds(FundsReport.of(funded.plan(), funded.received()))
                .postedPublicly(true)
                .reemployed(centre.reemployed())
                .leftCentre(centre.leftCentre())
                .incidents(0)
                .build();
    }

    /** A file bundled with the example. */
    static Source resource(String name) {
        try (InputStream in = ProvincialSystem.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return Source.of(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The enterprise ids of the example's registry, for the tests.
     *
     * @return the ids, not null
     */
    static List<OrganizationCode> enterpriseIds() {
        Map<String, CentreFigures> sorted = new LinkedHashMap<>(CENTRES);
        return sorted.keySet().stream().sorted().map(OrganizationCode::parse).toList();
    }
}
