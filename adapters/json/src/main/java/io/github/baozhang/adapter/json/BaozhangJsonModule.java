package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.json.internal.Convert;
import io.github.baozhang.adapter.json.internal.CoreDeserializers;
import io.github.baozhang.adapter.json.internal.CoreSerializers;
import io.github.baozhang.adapter.json.internal.DocumentSerializers;
import io.github.baozhang.adapter.json.internal.MixInsAccess;
import io.github.baozhang.adapter.json.internal.ReportSerializers;
import io.github.baozhang.disbursement.DisbursementRecord;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.funding.FundingCase;
import io.github.baozhang.funding.FundingResult;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.CitizenId;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.money.BasisPoints;
import io.github.baozhang.money.Money;
import io.github.baozhang.money.Ratio;
import io.github.baozhang.problem.Violation;
import io.github.baozhang.profile.HolidayCalendar;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.MonthlyReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of Baozhang's core values in the interchange format v1, added from outside
 * as Jackson's java.time module adds its own: core carries no Jackson annotation.
 *
 * <ul>
 *   <li>{@code Money} as an integer number of fen (reading refuses fractions, exponents, values
 *       outside the signed 64-bit range and literals over 32 characters); {@code BasisPoints} as
 *       an integer; {@code Ratio} as {@code "p/q"} in lowest terms.</li>
 *   <li>{@code OrganizationCode}, {@code CreditCode}, {@code DivisionCode}, {@code CitizenId} as
 *       their canonical strings, read through the core's {@code check} factories (check
 *       characters verified; an organisation code also as {@code XXXXXXXX-X} or with a lower-case
 *       {@code x}).</li>
 *   <li>{@code YearMonth} as {@code YYYY-MM}, {@code LocalDate} as {@code YYYY-MM-DD},
 *       {@code OffsetDateTime} as ISO-8601 with its offset and seconds.</li>
 *   <li>{@code Enterprise}, {@code MonthlyReport} (with {@code Payment} and {@code FundsReport})
 *       through mix-ins, in interchange field order; {@code FundingCase} and
 *       {@code FundingResult} by serializers of their interchange shapes. The three element types
 *       read as strictly as the streaming readers, throwing {@link JsonViolationException}.</li>
 *   <li>{@code Incident} through a mix-in and {@code DisbursementRecord} by a serializer, read
 *       as strictly as their readers (one element alone: no repeated ids or recipients).</li>
 *   <li>The document values ({@link EnterprisesDocument}, {@link FundingCasesDocument},
 *       {@link MonthlyReportsDocument}, {@link FundingResultsDocument}, {@link DisbursementsDocument},
 *       {@link IncidentsDocument}) and the core values that are whole documents
 *       ({@code HolidayCalendar}, {@code Bulletin}) as whole documents with their {@code format}
 *       (written only: read them with {@link InterchangeJson#calendarReader()} and
 *       {@link InterchangeJson#bulletinReader()}).</li>
 * </ul>
 *
 * <p>Switches are {@link BaozhangJsonFeature}s; the message written beside each rejected
 * funding case comes from a function ({@link #withMessages}), by default
 * {@link InterchangeJson#defaultMessage} (the code and the arguments) until the validation
 * module's bundles render Chinese and English. Register it with {@code
 * JsonMapper.builder().addModule(new BaozhangJsonModule())}, or use {@link
 * InterchangeJson#mapper()}, which also sets the strict mapper features the interchange needs.
 * It is listed in {@code META-INF/services/tools.jackson.databind.JacksonModule}.
 *
 * <p>This class is immutable and thread-safe: {@link #enable}, {@link #disable} and
 * {@link #withMessages} return new modules.
 */
public final class BaozhangJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's version, as Jackson reports it. */
    private static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "io.github.baozhang",
            "baozhang-adapter-json");

    /** The features on. */
    private final EnumSet<BaozhangJsonFeature> features;
    /** The message of a violation. */
    @SuppressWarnings("serial") // a module is not serialised in practice; Jackson's SimpleModule is Serializable
    private final Function<? super Violation, String> messages;

    /** Creates the module with every feature at its default and the default messages. */
    public BaozhangJsonModule() {
        this(defaults(), InterchangeJson::defaultMessage);
    }

    private BaozhangJsonModule(EnumSet<BaozhangJsonFeature> features, Function<? super Violation, String> messages) {
        super("baozhang-interchange", VERSION);
        this.features = features;
        this.messages = messages;
        register();
    }

    private static EnumSet<BaozhangJsonFeature> defaults() {
        EnumSet<BaozhangJsonFeature> set = EnumSet.noneOf(BaozhangJsonFeature.class);
        for (BaozhangJsonFeature f : BaozhangJsonFeature.values()) {
            if (f.enabledByDefault()) {
                set.add(f);
            }
        }
        return set;
    }

    /**
     * Returns a module like this one with a feature on.
     *
     * @param feature  the feature, not null
     * @return the module, not null
     */
    public BaozhangJsonModule enable(BaozhangJsonFeature feature) {
        Objects.requireNonNull(feature, "feature");
        EnumSet<BaozhangJsonFeature> set = EnumSet.copyOf(features);
        set.add(feature);
        return new BaozhangJsonModule(set, messages);
    }

    /**
     * Returns a module like this one with a feature off.
     *
     * @param feature  the feature, not null
     * @return the module, not null
     */
    public BaozhangJsonModule disable(BaozhangJsonFeature feature) {
        Objects.requireNonNull(feature, "feature");
        EnumSet<BaozhangJsonFeature> set = EnumSet.copyOf(features);
        set.remove(feature);
        return new BaozhangJsonModule(set, messages);
    }

    /**
     * Returns a module like this one whose funding results carry the messages of the given
     * function (the validation module's bundles, say).
     *
     * @param messages  the message of a violation, not null
     * @return the module, not null
     */
    public BaozhangJsonModule withMessages(Function<? super Violation, String> messages) {
        return new BaozhangJsonModule(EnumSet.copyOf(features), Objects.requireNonNull(messages, "messages"));
    }

    /**
     * Returns whether a feature is on.
     *
     * @param feature  the feature, not null
     * @return true if on
     */
    public boolean isEnabled(BaozhangJsonFeature feature) {
        return features.contains(Objects.requireNonNull(feature, "feature"));
    }

    /**
     * Returns the features that are on.
     *
     * @return the features, unmodifiable, not null
     */
    public Set<BaozhangJsonFeature> features() {
        return java.util.Collections.unmodifiableSet(EnumSet.copyOf(features));
    }

    /**
     * Returns the message function of this module.
     *
     * @return the function, not null
     */
    public Function<? super Violation, String> messages() {
        return messages;
    }

    @Override
    public Object getRegistrationId() {
        // Two differently configured modules are different registrations; the last one wins.
        return this;
    }

    private void register() {
        addSerializer(Money.class, new CoreSerializers.MoneySerializer());
        addSerializer(BasisPoints.class, new CoreSerializers.BasisPointsSerializer());
        addSerializer(Ratio.class, new CoreSerializers.RatioSerializer());
        addSerializer(OrganizationCode.class, new CoreSerializers.OrganizationCodeSerializer(
                isEnabled(BaozhangJsonFeature.WRITE_HYPHENATED_ORGANIZATION_CODES)));
        addSerializer(CreditCode.class, new CoreSerializers.TextSerializer<CreditCode>(CreditCode::toString));
        addSerializer(DivisionCode.class, new CoreSerializers.TextSerializer<DivisionCode>(DivisionCode::toString));
        addSerializer(CitizenId.class, new CoreSerializers.TextSerializer<CitizenId>(CitizenId::toString));
        addSerializer(YearMonth.class, CoreSerializers.periods());
        addSerializer(LocalDate.class, CoreSerializers.dates());
        addSerializer(OffsetDateTime.class, CoreSerializers.instants());
        addSerializer(SourceAmounts.class, new CoreSerializers.SourceAmountsSerializer());
        addSerializer(FundingCase.class, new CoreSerializers.FundingCaseSerializer(
                isEnabled(BaozhangJsonFeature.WRITE_DEFAULT_VALUES)));
        addSerializer(FundingResult.class, new CoreSerializers.FundingResultSerializer());
        addSerializer(EnterprisesDocument.class, new DocumentSerializers.Enterprises());
        addSerializer(FundingCasesDocument.class, new DocumentSerializers.FundingCases());
        addSerializer(MonthlyReportsDocument.class, new DocumentSerializers.MonthlyReports());
        addSerializer(FundingResultsDocument.class, new DocumentSerializers.FundingResults(messages));
        addSerializer(DisbursementRecord.class, new ReportSerializers.DisbursementRecordSerializer(
                isEnabled(BaozhangJsonFeature.WRITE_HYPHENATED_ORGANIZATION_CODES)));
        addSerializer(DisbursementsDocument.class, new DocumentSerializers.Disbursements());
        addSerializer(IncidentsDocument.class, new DocumentSerializers.Incidents());
        addSerializer(HolidayCalendar.class, new ReportSerializers.CalendarSerializer());
        addSerializer(Bulletin.class, new ReportSerializers.BulletinSerializer());
        MixInsAccess.mixIns().forEach(this::setMixInAnnotation);

        addDeserializer(Money.class, new CoreDeserializers.MoneyDeserializer());
        addDeserializer(Ratio.class, new CoreDeserializers.TextDeserializer<>(Ratio::check));
        addDeserializer(OrganizationCode.class, new CoreDeserializers.TextDeserializer<>(OrganizationCode::check));
        addDeserializer(CreditCode.class, new CoreDeserializers.TextDeserializer<>(CreditCode::check));
        addDeserializer(DivisionCode.class, new CoreDeserializers.TextDeserializer<>(DivisionCode::check));
        addDeserializer(CitizenId.class, new CoreDeserializers.TextDeserializer<>(CitizenId::check));
        addDeserializer(YearMonth.class, new CoreDeserializers.TextDeserializer<>(Convert::parsePeriod));
        addDeserializer(LocalDate.class, new CoreDeserializers.TextDeserializer<>(Convert::parseDate));
        addDeserializer(OffsetDateTime.class, new CoreDeserializers.TextDeserializer<>(Convert::parseInstant));
        addDeserializer(Enterprise.class, CoreDeserializers.enterprises(InterchangeJson.DEFAULT_REVISION));
        addDeserializer(FundingCase.class, CoreDeserializers.fundingCases());
        addDeserializer(MonthlyReport.class, CoreDeserializers.monthlyReports());
        addDeserializer(DisbursementRecord.class, CoreDeserializers.disbursementRecords());
        addDeserializer(Incident.class, CoreDeserializers.incidents());
    }
}
