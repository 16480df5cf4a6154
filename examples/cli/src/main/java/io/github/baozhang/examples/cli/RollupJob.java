package io.github.baozhang.examples.cli;

import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.reporting.RollUp;
import io.github.baozhang.reporting.RollUpResult;
import io.github.baozhang.reporting.SubmissionLedger;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The roll-up of one period over reports read from files, each ledger violation placed where
 * its report was read: what {@code rollup} and {@code demo} run.
 */
final class RollupJob {

    /** What came of a roll-up. */
    static final class Outcome {
        /** The library's result: the bulletin with every alert, and the risk assessments. */
        final RollUpResult result;
        /** Reports refused: an enterprise not in the registry, a revision conflict. */
        final List<Violation> rejected;
        /** Lower revisions that arrived after a higher one: kept as evidence, never counted. */
        final List<Violation> warnings;
        /** Reports of another period, skipped. */
        final long skipped;

        Outcome(RollUpResult result, List<Violation> rejected, List<Violation> warnings, long skipped) {
            this.result = result;
            this.rejected = rejected;
            this.warnings = warnings;
            this.skipped = skipped;
        }

        Bulletin bulletin() {
            return result.bulletin();
        }
    }

    private RollupJob() {
    }

    static Outcome run(YearMonth period, List<Enterprise> registry, List<Loaded<MonthlyReport>> files,
            List<Incident> incidents, HolidayCalendar calendar, List<ProvinceProfile> profiles) {
        // The ledger's verdict on each report, placed at the file, line and column it came from.
        SubmissionLedger ledger = SubmissionLedger.of(registry);
        List<Violation> rejected = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        List<MonthlyReport> all = new ArrayList<>();
        long skipped = 0;
        for (Loaded<MonthlyReport> file : files) {
            all.addAll(file.values);
            for (int i = 0; i < file.values.size(); i++) {
                MonthlyReport report = file.values.get(i);
                if (!report.period().equals(period)) {
                    skipped++;
                    continue;
                }
                int before = ledger.violations().size();
                ledger.submit(report);
                List<Violation> after = ledger.violations();
                for (Violation v : after.subList(before, after.size())) {
                    Location found = file.location(i);
                    Violation placed = v.withLocation(v.location().field().map(found::withField).orElse(found));
                    (v.code() == ProblemCode.REPORT_REVISION_SUPERSEDED ? warnings : rejected).add(placed);
                }
            }
        }
        // The bulletin with every alert: the same reports in the same order, so the same verdicts.
        RollUpResult result = RollUp.run(period, registry, all, incidents, calendar, profiles);
        return new Outcome(result, rejected, warnings, skipped);
    }
}
