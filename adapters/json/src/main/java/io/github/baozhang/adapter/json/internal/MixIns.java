package io.github.baozhang.adapter.json.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.money.Money;
import io.github.baozhang.report.FundsReport;
import io.github.baozhang.report.MonthlyReport;
import io.github.baozhang.disbursement.Payment;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Jackson annotations for core types, added from outside as Jackson's java.time module does:
 * core carries none. Each mix-in names the interchange fields in interchange order and turns
 * off the detection of anything else ({@code isInFull()}, {@code withX(…)}, the generated
 * classes' fields). {@code @JsonSerialize(as = …)} makes Jackson look at the public abstract
 * type, not at the hidden generated class, so nothing needs to be opened to reflection.
 */
final class MixIns {

    private MixIns() {
    }

    /** {@link Enterprise} as an element of {@code enterprises@1}. */
    @JsonSerialize(as = Enterprise.class)
    @JsonPropertyOrder({"id", "creditCode", "name", "province", "city", "industry", "affiliation",
        "shougangExternal", "production", "severeLoss", "employees", "laidOffWorkers", "fundingBlindSpot",
        "incidentHistory", "hiddenRisk"})
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class EnterpriseMixIn {
        @JsonProperty("id")
        abstract OrganizationCode id();

        @JsonProperty("creditCode")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<CreditCode> creditCode();

        @JsonProperty("name")
        abstract String name();

        @JsonProperty("province")
        abstract DivisionCode province();

        @JsonProperty("city")
        abstract DivisionCode city();

        @JsonProperty("industry")
        abstract Industry industry();

        @JsonProperty("affiliation")
        abstract Affiliation affiliation();

        @JsonProperty("shougangExternal")
        abstract boolean shougangExternal();

        @JsonProperty("production")
        abstract ProductionStatus production();

        @JsonProperty("severeLoss")
        abstract boolean severeLoss();

        @JsonProperty("employees")
        abstract long employees();

        @JsonProperty("laidOffWorkers")
        abstract long laidOffWorkers();

        @JsonProperty("fundingBlindSpot")
        abstract boolean fundingBlindSpot();

        @JsonProperty("incidentHistory")
        abstract boolean incidentHistory();

        @JsonProperty("hiddenRisk")
        abstract boolean hiddenRisk();
    }

    /** {@link MonthlyReport} as an element of {@code monthly-reports@1}. */
    @JsonSerialize(as = MonthlyReport.class)
    @JsonPropertyOrder({"enterpriseId", "period", "revision", "submittedAt", "submittedBy", "laidOffWorkers",
        "inCentre", "agreementsSigned", "allowance", "contributions", "funds", "postedPublicly", "reemployed",
        "leftCentre", "incidents"})
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class MonthlyReportMixIn {
        @JsonProperty("enterpriseId")
        abstract OrganizationCode enterpriseId();

        @JsonProperty("period")
        abstract YearMonth period();

        @JsonProperty("revision")
        abstract int revision();

        @JsonProperty("submittedAt")
        abstract OffsetDateTime submittedAt();

        @JsonProperty("submittedBy")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<DivisionCode> submittedBy();

        @JsonProperty("laidOffWorkers")
        abstract long laidOffWorkers();

        @JsonProperty("inCentre")
        abstract long inCentre();

        @JsonProperty("agreementsSigned")
        abstract long agreementsSigned();

        @JsonProperty("allowance")
        abstract Payment allowance();

        @JsonProperty("contributions")
        @JsonSerialize(using = CoreSerializers.ContributionsSerializer.class)
        abstract Payment contributions();

        @JsonProperty("funds")
        abstract FundsReport funds();

        @JsonProperty("postedPublicly")
        abstract boolean postedPublicly();

        @JsonProperty("reemployed")
        abstract long reemployed();

        @JsonProperty("leftCentre")
        abstract long leftCentre();

        @JsonProperty("incidents")
        abstract long incidents();
    }

    /** {@link Payment}: {@code {"dueFen", "paidFen", "paidOn"}}, the date only when there is one. */
    @JsonPropertyOrder({"dueFen", "paidFen", "paidOn"})
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class PaymentMixIn {
        @JsonProperty("dueFen")
        abstract Money due();

        @JsonProperty("paidFen")
        abstract Money paid();

        @JsonProperty("paidOn")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<LocalDate> paidOn();
    }

    /** {@link FundsReport}: {@code {"plan", "received"}}. */
    @JsonPropertyOrder({"plan", "received"})
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class FundsReportMixIn {
        @JsonProperty("plan")
        abstract SourceAmounts plan();

        @JsonProperty("received")
        abstract SourceAmounts received();
    }

    /** {@link Incident} as an element of {@code incidents@1}. */
    @JsonSerialize(as = Incident.class)
    @JsonPropertyOrder({"id", "enterpriseId", "occurredAt", "reportedAt", "participants", "cause", "severity",
        "provinceOnSceneAt", "status"})
    @JsonAutoDetect(getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE,
            fieldVisibility = Visibility.NONE, setterVisibility = Visibility.NONE, creatorVisibility = Visibility.NONE)
    abstract static class IncidentMixIn {
        @JsonProperty("id")
        abstract String id();

        @JsonProperty("enterpriseId")
        abstract OrganizationCode enterpriseId();

        @JsonProperty("occurredAt")
        abstract OffsetDateTime occurredAt();

        @JsonProperty("reportedAt")
        abstract OffsetDateTime reportedAt();

        @JsonProperty("participants")
        abstract long participants();

        @JsonProperty("cause")
        abstract String cause();

        @JsonProperty("severity")
        abstract IncidentSeverity severity();

        @JsonProperty("provinceOnSceneAt")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<OffsetDateTime> provinceOnSceneAt();

        @JsonProperty("status")
        abstract IncidentStatus status();
    }
}
