package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.json.internal.FundingRun;
import io.github.baozhang.adapter.json.internal.JsonSink;
import io.github.baozhang.adapter.json.internal.Mappers;
import io.github.baozhang.adapter.json.internal.ProfileReader;
import io.github.baozhang.adapter.json.internal.Readers;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReadSummary;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.Source;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingOutcome;
import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.funding.ThreeThirds;
import io.github.baozhang.id.Gb2260Revision;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.profile.ProvinceProfile;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The entry point of the JSON interchange format v1: strict streaming readers, sinks, a
 * configured mapper, the JSON Schemas, and the funding job the command-line tool runs
 * ({@code fund FILE}: read funding cases, evaluate, write funding results).
 *
 * <pre>{@code
 * ReadSummary summary = InterchangeJson.fund(Source.of(Path.of("cases.json")), System.out);
 * int exit = summary.isClean() ? 0 : 1;   // a rejected document wrote nothing
 * }</pre>
 *
 * <p>Every method is thread-safe; readers and sinks may be shared.
 */
public final class InterchangeJson {

    /**
     * The GB/T 2260 revision a registry's cities and provinces are read against unless another is
     * given: December 1999, when the monitoring began.
     */
    public static final Gb2260Revision DEFAULT_REVISION = Gb2260Revision.R1999;

    private static final BaozhangJsonModule MODULE = new BaozhangJsonModule();
    private static final JsonMapper MAPPER = Mappers.mapper(MODULE);

    private static final Map<DocumentKind, String> SCHEMAS = Map.ofEntries(
            Map.entry(InterchangeKinds.ENTERPRISES, "enterprises"),
            Map.entry(InterchangeKinds.FUNDING_CASES, "funding-cases"),
            Map.entry(InterchangeKinds.FUNDING_RESULTS, "funding-results"),
            Map.entry(InterchangeKinds.MONTHLY_REPORTS, "monthly-reports"),
            Map.entry(InterchangeKinds.PROVINCE_PROFILE, "province-profile"),
            Map.entry(InterchangeKinds.DISBURSEMENTS, "disbursements"),
            Map.entry(InterchangeKinds.INCIDENTS, "incidents"),
            Map.entry(InterchangeKinds.CALENDAR, "calendar"),
            Map.entry(InterchangeKinds.BULLETIN, "bulletin"),
            Map.entry(InterchangeKinds.DISBURSEMENT_SUMMARY, "disbursement-summary"));

    private InterchangeJson() {
    }

    /**
     * Returns a mapper for the interchange format with the default {@link BaozhangJsonModule}:
     * unknown properties, empty beans, trailing tokens, repeated keys and {@code null} refused;
     * properties in interchange order, not alphabetical; the readers' limits; no default typing;
     * pretty printing as the sinks do it. Shared; mappers are immutable and thread-safe.
     *
     * @return the mapper, not null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Returns a mapper like {@link #mapper()} with the given module.
     *
     * @param module  the module, not null
     * @return a new mapper, not null
     */
    public static JsonMapper mapper(BaozhangJsonModule module) {
        return Mappers.mapper(Objects.requireNonNull(module, "module"));
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/enterprises@1}, cities read against
     * {@link #DEFAULT_REVISION}.
     *
     * @return the reader, not null
     */
    public static FeedReader<Enterprise> enterpriseReader() {
        return Readers.enterprises(DEFAULT_REVISION);
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/enterprises@1}.
     *
     * @param revision  the GB/T 2260 revision cities and provinces are read against, not null
     * @return the reader, not null
     */
    public static FeedReader<Enterprise> enterpriseReader(Gb2260Revision revision) {
        return Readers.enterprises(revision);
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/funding-cases@1}. A case it accepts
     * passes {@link ThreeThirds#check}.
     *
     * @return the reader, not null
     */
    public static FeedReader<FundingCase> fundingCaseReader() {
        return Readers.fundingCases();
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/monthly-reports@1}.
     *
     * @return the reader, not null
     */
    public static FeedReader<MonthlyReport> monthlyReportReader() {
        return Readers.monthlyReports();
    }

    /**
     * Returns the strict reader of {@code baozhang/province-profile@1}: one document, one profile
     * ({@code docs/profiles.md}).
     *
     * @return the reader, not null
     */
    public static FeedReader<ProvinceProfile> provinceProfileReader() {
        return new ProfileReader(InterchangeKinds.PROVINCE_PROFILE);
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/disbursements@1}: 15-digit legacy
     * citizen IDs normalised to 18 characters, and a citizen ID drawing at a second enterprise in
     * a period it already drew in rejected with
     * {@link io.github.baozhang.problem.ProblemCode#DISBURSEMENT_DUPLICATE_RECIPIENT} (the first
     * record stays accepted). Finding those costs about 64 bytes per distinct citizen ID and
     * period; {@link #disbursementReader(boolean)} can leave it out.
     *
     * @return the reader, not null
     */
    public static FeedReader<DisbursementRecord> disbursementReader() {
        return Readers.disbursements(true);
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/disbursements@1}, with or without the
     * search for duplicate recipients.
     *
     * @param findDuplicateRecipients  whether a citizen ID drawing at two enterprises in one period
     *     is a violation; without it the reader runs in constant memory
     * @return the reader, not null
     */
    public static FeedReader<DisbursementRecord> disbursementReader(boolean findDuplicateRecipients) {
        return Readers.disbursements(findDuplicateRecipients);
    }

    /**
     * Returns the strict streaming reader of {@code baozhang/incidents@1}: an id repeated in a
     * document, a report or an arrival on the scene before the occurrence, are violations.
     *
     * @return the reader, not null
     */
    public static FeedReader<Incident> incidentReader() {
        return Readers.incidents();
    }

    /**
     * Returns the strict reader of {@code baozhang/calendar@1}. The document is one record: one
     * calendar accepted, or rejected with every violation of its dates.
     *
     * @return the reader, not null
     */
    public static FeedReader<HolidayCalendar> calendarReader() {
        return Readers.calendar();
    }

    /**
     * Returns the strict reader of {@code baozhang/bulletin@1}. The document is one record: one
     * bulletin accepted, or rejected with every violation found in it.
     *
     * @return the reader, not null
     */
    public static FeedReader<Bulletin> bulletinReader() {
        return Readers.bulletin();
    }

    /**
     * Returns the sink of {@code baozhang/disbursements@1}.
     *
     * @return the sink, not null
     */
    public static ReportSink<DisbursementsDocument> disbursementsSink() {
        return new JsonSink<>(InterchangeKinds.DISBURSEMENTS, DisbursementsDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/incidents@1}.
     *
     * @return the sink, not null
     */
    public static ReportSink<IncidentsDocument> incidentsSink() {
        return new JsonSink<>(InterchangeKinds.INCIDENTS, IncidentsDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/calendar@1}: holidays and working days, each in date
     * order.
     *
     * @return the sink, not null
     */
    public static ReportSink<HolidayCalendar> calendarSink() {
        return new JsonSink<>(InterchangeKinds.CALENDAR, HolidayCalendar.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/bulletin@1}: the period, the national summary, the
     * provinces in code order, the industries in the order of the enumeration, and the alerts
     * in the bulletin's order, each with its {@code code}, {@code enterpriseId} or
     * {@code region}, and {@code arguments}. Deterministic: the same bulletin gives the same
     * bytes.
     *
     * @return the sink, not null
     */
    public static ReportSink<Bulletin> bulletinSink() {
        return new JsonSink<>(InterchangeKinds.BULLETIN, Bulletin.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/enterprises@1}.
     *
     * @return the sink, not null
     */
    public static ReportSink<EnterprisesDocument> enterprisesSink() {
        return new JsonSink<>(InterchangeKinds.ENTERPRISES, EnterprisesDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/funding-cases@1}.
     *
     * @return the sink, not null
     */
    public static ReportSink<FundingCasesDocument> fundingCasesSink() {
        return new JsonSink<>(InterchangeKinds.FUNDING_CASES, FundingCasesDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/monthly-reports@1}.
     *
     * @return the sink, not null
     */
    public static ReportSink<MonthlyReportsDocument> monthlyReportsSink() {
        return new JsonSink<>(InterchangeKinds.MONTHLY_REPORTS, MonthlyReportsDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/funding-results@1} with the default messages.
     *
     * @return the sink, not null
     */
    public static ReportSink<FundingResultsDocument> fundingResultsSink() {
        return new JsonSink<>(InterchangeKinds.FUNDING_RESULTS, FundingResultsDocument.class, MAPPER);
    }

    /**
     * Returns the sink of {@code baozhang/funding-results@1} whose rejections carry the given
     * messages.
     *
     * @param messages  the message of a violation, not null
     * @return the sink, not null
     */
    public static ReportSink<FundingResultsDocument> fundingResultsSink(Function<? super Violation, String> messages) {
        return new JsonSink<>(InterchangeKinds.FUNDING_RESULTS, FundingResultsDocument.class,
                Mappers.mapper(MODULE.withMessages(messages)));
    }

    /**
     * Returns the sink of {@code baozhang/disbursement-summary@1}: {@link DisbursementSummaryJson#sink()}.
     *
     * @return the sink, not null
     */
    public static ReportSink<io.github.baozhang.disbursement.PeriodDisbursementSummary> disbursementSummarySink() {
        return DisbursementSummaryJson.sink();
    }

    /**
     * Evaluates cases already in memory: a result for each valid case, a rejection with its
     * index for each other, in input order.
     *
     * @param cases  the cases in input order, not null, no null element
     * @return the document, not null
     */
    public static FundingResultsDocument fund(List<FundingCase> cases) {
        Objects.requireNonNull(cases, "cases");
        List<FundingResult> results = new ArrayList<>();
        List<FundingResultsDocument.Rejection> rejected = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            FundingOutcome outcome = ThreeThirds.evaluate(Objects.requireNonNull(cases.get(i), "case"));
            if (outcome.isFunded()) {
                results.add(outcome.result());
            } else {
                rejected.add(FundingResultsDocument.Rejection.of(Optional.of(outcome.caseId()), i, outcome.violations()));
            }
        }
        return FundingResultsDocument.of(results, rejected);
    }

    /**
     * Reads funding cases, evaluates them and writes {@code funding-results@1} with the default
     * messages — {@code fund FILE} of the command-line tool. See
     * {@link #fund(Source, OutputStream, Function)}.
     *
     * @param cases  a {@code funding-cases@1} document that can be opened more than once, not null
     * @param out  where the results go; not closed, not null
     * @return the counts of the cases read; a rejected document wrote nothing
     * @throws IOException if the source cannot be read or writing fails (never for bad data)
     */
    public static ReadSummary fund(Source cases, OutputStream out) throws IOException {
        return fund(cases, out, InterchangeJson::defaultMessage);
    }

    /**
     * Reads funding cases, evaluates them and writes {@code funding-results@1}, in constant
     * memory however many cases there are.
     *
     * <p>If the document is rejected as a whole (not JSON, the wrong {@code format}, a repeated
     * key, too deep, truncated), nothing is written and the summary carries the violation
     * ({@link ReadSummary#isDocumentRejected()}). Otherwise {@code results[]} holds a result for
     * every valid case in input order and {@code rejected[]} every other case with its index and
     * violations; the summary counts both ({@link ReadSummary#isClean()} when none was rejected).
     * To stream, the source is opened two or three times (a check, the results, the
     * rejections).
     *
     * @param cases  a {@code funding-cases@1} document that can be opened more than once, not null
     * @param out  where the results go; not closed, not null
     * @param messages  the message of a violation, not null
     * @return the counts of the cases read; a rejected document wrote nothing
     * @throws IOException if the source cannot be read, changes between passes, or writing fails
     *     (never for bad data)
     */
    public static ReadSummary fund(Source cases, OutputStream out, Function<? super Violation, String> messages)
            throws IOException {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(messages, "messages");
        return FundingRun.run(cases, out, MAPPER, messages);
    }

    /**
     * Returns the default message of a violation, until the validation module renders Chinese
     * and English: the code and the arguments, {@code E1001 value=-5}.
     *
     * @param violation  the violation, not null
     * @return the message, not null
     */
    public static String defaultMessage(Violation violation) {
        StringBuilder sb = new StringBuilder(violation.code().code());
        violation.arguments().forEach((name, value) -> sb.append(' ').append(name).append('=').append(value));
        return sb.toString();
    }

    /**
     * Opens the JSON Schema (draft 2020-12) of a kind, as bundled in this jar (and published in
     * {@code docs/schemas/}).
     *
     * @param kind  one of {@link InterchangeKinds}, not null
     * @return a new stream the caller closes, not null
     * @throws IllegalArgumentException if this module has no schema for the kind
     */
    public static InputStream schema(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        String name = SCHEMAS.get(kind);
        if (name == null) {
            throw new IllegalArgumentException("no schema for " + kind);
        }
        InputStream in = InterchangeJson.class.getResourceAsStream("schema/" + name + ".schema.json");
        if (in == null) {
            throw new IllegalStateException("the schema of " + kind + " is missing from the jar");
        }
        return in;
    }
}
