package io.github.baozhang.problem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one catalogue of problem codes: every violation, finding and alert of Baozhang carries
 * one of these.
 *
 * <p>A code is stable: once published it is never renumbered, renamed or reused, and a retired
 * code stays in the catalogue. The string form ({@link #code()}) is what travels in documents
 * and logs; it is a letter for the kind ({@code E} violation, {@code F} finding, {@code A} alert)
 * and four digits whose first digit groups the area: 1 amounts and ratios, 2 identifiers,
 * 3 enterprises, 4 funding, 5 workers, disbursements, posting and profiles, 6 liaison, incidents,
 * risk and the hierarchy, 7 monthly reports, 8 adapters and their discovery, 9 interchange
 * documents (90 JSON, 95 CSV, 96 reporting, 97 fixed-width exports).

 * 3 enterprises, 4 funding, 5 workers, disbursements, posting and profiles, 6 liaison and
 * incidents, 8 adapters, 96 reporting, the ledger and its alerts.
 *
 * <p>Each code lists the names of its arguments in the order a message uses them; the message
 * bundles of the validation module render them in Chinese or English. Core carries no sentence.
 */
public enum ProblemCode {

    // ---- 1xxx: amounts, counts and ratios ----

    /** A value that must be zero or more is negative. Arguments: {@code value}. */
    VALUE_NEGATIVE("E1001", ProblemKind.VIOLATION, "value"),
    /**
     * A computed amount would leave the signed 64-bit range of fen. Arguments: {@code operation}
     * (what was being computed).
     */
    AMOUNT_OUT_OF_RANGE("E1002", ProblemKind.VIOLATION, "operation"),
    /**
     * Text is not an amount: yuan with at most two decimals, or integer fen. Arguments:
     * {@code value}, {@code reason}.
     */
    AMOUNT_MALFORMED("E1003", ProblemKind.VIOLATION, "value", "reason"),
    /** Text is not an exact ratio {@code p/q} with q &gt; 0. Arguments: {@code value}. */
    RATIO_MALFORMED("E1004", ProblemKind.VIOLATION, "value"),
    /**
     * A ratio lies outside its allowed interval. Arguments: {@code value}, {@code min},
     * {@code max}.
     */
    RATIO_OUT_OF_RANGE("E1005", ProblemKind.VIOLATION, "value", "min", "max"),

    /**
     * An amount of fen lies outside the bounds a constraint sets. Arguments: {@code value},
     * {@code min}, {@code max}.
     */
    AMOUNT_OUT_OF_BOUNDS("E1006", ProblemKind.VIOLATION, "value", "min", "max"),

    // ---- 2xxx: identifiers ----

    /** A citizen ID has the wrong length. Arguments: {@code length}, {@code expected}. */
    CITIZEN_ID_LENGTH("E2001", ProblemKind.VIOLATION, "length", "expected"),
    /**
     * A citizen ID holds a character that is not allowed where it stands. Arguments:
     * {@code position} (1-based), {@code character}.
     */
    CITIZEN_ID_CHARACTER("E2002", ProblemKind.VIOLATION, "position", "character"),
    /** A citizen ID's area code names no province. Arguments: {@code area}. */
    CITIZEN_ID_AREA("E2003", ProblemKind.VIOLATION, "area"),
    /** A citizen ID's birth date is not a real date. Arguments: {@code birthDate}. */
    CITIZEN_ID_BIRTH_DATE("E2004", ProblemKind.VIOLATION, "birthDate"),
    /**
     * A citizen ID's check character does not match. Arguments: {@code expected},
     * {@code actual}.
     */
    CITIZEN_ID_CHECK("E2005", ProblemKind.VIOLATION, "expected", "actual"),

    /** An organisation code has the wrong length. Arguments: {@code length}. */
    ORGANIZATION_CODE_LENGTH("E2011", ProblemKind.VIOLATION, "length"),
    /**
     * An organisation code holds a character that is not allowed where it stands. Arguments:
     * {@code position} (1-based), {@code character}.
     */
    ORGANIZATION_CODE_CHARACTER("E2012", ProblemKind.VIOLATION, "position", "character"),
    /**
     * An organisation code's check character does not match. Arguments: {@code expected},
     * {@code actual}.
     */
    ORGANIZATION_CODE_CHECK("E2013", ProblemKind.VIOLATION, "expected", "actual"),

    /** A unified social credit code has the wrong length. Arguments: {@code length}. */
    CREDIT_CODE_LENGTH("E2021", ProblemKind.VIOLATION, "length"),
    /**
     * A unified social credit code holds a character outside its alphabet (no I, O, S, V, Z)
     * or not allowed where it stands. Arguments: {@code position} (1-based), {@code character}.
     */
    CREDIT_CODE_CHARACTER("E2022", ProblemKind.VIOLATION, "position", "character"),
    /**
     * The organisation code embedded in positions 9–17 of a unified social credit code fails
     * its own check. Arguments: {@code organizationCode}, {@code expected}, {@code actual}.
     */
    CREDIT_CODE_ORGANIZATION_CODE("E2023", ProblemKind.VIOLATION, "organizationCode", "expected", "actual"),
    /**
     * A unified social credit code's check character does not match. Arguments:
     * {@code expected}, {@code actual}.
     */
    CREDIT_CODE_CHECK("E2024", ProblemKind.VIOLATION, "expected", "actual"),

    /** An administrative division code is not six digits. Arguments: {@code value}. */
    DIVISION_CODE_FORMAT("E2031", ProblemKind.VIOLATION, "value"),
    /**
     * An administrative division code is not in the GB/T 2260 revision it is read against.
     * Arguments: {@code code}, {@code revision}.
     */
    DIVISION_CODE_UNKNOWN("E2032", ProblemKind.VIOLATION, "code", "revision"),
    /**
     * An administrative division is not of the level a field requires. Arguments:
     * {@code code}, {@code level}, {@code expected}.
     */
    DIVISION_CODE_LEVEL("E2033", ProblemKind.VIOLATION, "code", "level", "expected"),
    /** A city does not lie in the province given beside it. Arguments: {@code city}, {@code province}. */
    CITY_OUTSIDE_PROVINCE("E2034", ProblemKind.VIOLATION, "city", "province"),

    // ---- 3xxx: enterprises ----

    /** A Shougang external enterprise is declared central; it must be local. No arguments. */
    SHOUGANG_EXTERNAL_NOT_LOCAL("E3001", ProblemKind.VIOLATION),
    /** An enterprise id appears more than once in one registry. Arguments: {@code id}. */
    ENTERPRISE_DUPLICATE_ID("E3002", ProblemKind.VIOLATION, "id"),
    /**
     * An enterprise reports more laid-off workers than employees. Arguments:
     * {@code laidOffWorkers}, {@code employees}.
     */
    LAID_OFF_EXCEEDS_EMPLOYEES("E3003", ProblemKind.VIOLATION, "laidOffWorkers", "employees"),
    /**
     * An enterprise lies outside the monitored scope: neither in a monitored region nor a
     * central enterprise of a monitored industry. Arguments: {@code province}, {@code industry}.
     */
    ENTERPRISE_OUT_OF_SCOPE("F3001", ProblemKind.FINDING, "province", "industry"),
    /** An enterprise's name is empty or only white space. No arguments. */
    ENTERPRISE_NAME_BLANK("E3004", ProblemKind.VIOLATION),
    /**
     * An enterprise's unified social credit code embeds another organisation code than the
     * enterprise's id. Arguments: {@code creditCode}, {@code id}.
     */
    ENTERPRISE_CREDIT_CODE_MISMATCH("E3005", ProblemKind.VIOLATION, "creditCode", "id"),

    // ---- 4xxx: funding ----

    /**
     * A funding case gives neither the requirement nor all of workers, months, allowance and
     * contributions. Arguments: {@code missing} (comma-separated field names).
     */
    FUNDING_REQUIREMENT_MISSING("E4001", ProblemKind.VIOLATION, "missing"),
    /**
     * A funding case gives both forms of the requirement and they disagree. Arguments:
     * {@code requirementFen}, {@code computedFen}.
     */
    FUNDING_REQUIREMENT_MISMATCH("E4002", ProblemKind.VIOLATION, "requirementFen", "computedFen"),
    /**
     * A source did not receive its planned share: the gap goes to the backstop payer.
     * Arguments: {@code source}, {@code payer}, {@code gapFen}.
     */
    FUNDING_GAP("F4001", ProblemKind.FINDING, "source", "payer", "gapFen"),
    /**
     * The enterprise owes unemployment-insurance premiums; the social share is paid in full
     * all the same (边拨付边清缴) and a repayment plan is due. Arguments: {@code uiArrearsFen}.
     */
    UI_PREMIUM_ARREARS("F4002", ProblemKind.FINDING, "uiArrearsFen"),
    /**
     * A Shougang external enterprise fell short of its own share: Shougang HQ makes up the
     * shortfall. Arguments: {@code gapFen}.
     */
    SHOUGANG_HQ_SHORTFALL("F4003", ProblemKind.FINDING, "gapFen"),

    // ---- 5xxx: workers, disbursements, posting and profiles ----

    /**
     * A rung of an allowance ladder is below the unemployment benefit in force. Arguments:
     * {@code year} (year in the centre, from 1), {@code allowanceFen},
     * {@code unemploymentBenefitFen}.
     */
    ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT("E5001", ProblemKind.VIOLATION, "year", "allowanceFen", "unemploymentBenefitFen"),
    /**
     * A rung of an allowance ladder is not below the minimum wage in force. Arguments:
     * {@code year}, {@code allowanceFen}, {@code minimumWageFen}.
     */
    ALLOWANCE_NOT_BELOW_MINIMUM_WAGE("E5002", ProblemKind.VIOLATION, "year", "allowanceFen", "minimumWageFen"),
    /**
     * An allowance ladder rises from one year in the centre to the next; it may only step down
     * or stay. Arguments: {@code year}, {@code allowanceFen}, {@code previousFen}.
     */
    ALLOWANCE_LADDER_INCREASING("E5003", ProblemKind.VIOLATION, "year", "allowanceFen", "previousFen"),
    /** Two entries of an effective-dated value take effect on one date. Arguments: {@code date}. */
    EFFECTIVE_DATE_DUPLICATE("E5004", ProblemKind.VIOLATION, "date"),
    /** A holiday calendar lists a date both as a holiday and as a working day. Arguments: {@code date}. */
    CALENDAR_DAY_CONFLICT("E5005", ProblemKind.VIOLATION, "date"),
    /** A day of the month (pay day, report due day) is not from 1 to 31. Arguments: {@code value}. */
    DAY_OF_MONTH_OUT_OF_RANGE("E5006", ProblemKind.VIOLATION, "value"),
    /**
     * An agreement term, or a province's cap on it, is not from 1 to the largest term allowed.
     * Arguments: {@code months}, {@code max}.
     */
    AGREEMENT_TERM_OUT_OF_RANGE("E5007", ProblemKind.VIOLATION, "months", "max"),
    /**
     * An agreement is signed before the worker entered the centre. Arguments:
     * {@code agreementSignedOn}, {@code centreEnteredOn}.
     */
    AGREEMENT_BEFORE_ENTRY("E5008", ProblemKind.VIOLATION, "agreementSignedOn", "centreEnteredOn"),
    /**
     * A worker leaves the centre before entering it. Arguments: {@code exitedOn},
     * {@code centreEnteredOn}.
     */
    CENTRE_EXIT_BEFORE_ENTRY("E5009", ProblemKind.VIOLATION, "exitedOn", "centreEnteredOn"),
    /**
     * A worker enters a centre on or after the date from which no new centre entries are made
     * (并轨, 2001). Arguments: {@code centreEnteredOn}, {@code closedFrom}.
     */
    CENTRE_ENTRY_AFTER_CLOSE("E5010", ProblemKind.VIOLATION, "centreEnteredOn", "closedFrom"),
    /** Something was paid but the paid date is missing. Arguments: {@code paidFen}. */
    PAID_ON_MISSING("E5011", ProblemKind.VIOLATION, "paidFen"),
    /** A worker's name is empty or only white space. No arguments. */
    WORKER_NAME_BLANK("E5012", ProblemKind.VIOLATION),
    /**
     * One citizen ID draws in two enterprises in one period. Arguments: {@code maskedId} (never
     * the full ID), {@code period}, {@code firstEnterpriseId}, {@code secondEnterpriseId}.
     */
    DUPLICATE_RECIPIENT("F5001", ProblemKind.FINDING, "maskedId", "period", "firstEnterpriseId", "secondEnterpriseId"),
    /**
     * One citizen ID draws in two provinces in one period. Arguments: {@code maskedId},
     * {@code period}, {@code firstProvince}, {@code firstEnterpriseId}, {@code secondProvince},
     * {@code secondEnterpriseId}.
     */
    DUPLICATE_RECIPIENT_ACROSS_PROVINCES("F5002", ProblemKind.FINDING,
            "maskedId", "period", "firstProvince", "firstEnterpriseId", "secondProvince", "secondEnterpriseId"),
    /**
     * An allowance is due or paid for a month in which the worker had no agreement (no agreement,
     * no allowance). Arguments: {@code period}, {@code enterpriseId}, {@code allowanceFen}.
     */
    ALLOWANCE_WITHOUT_AGREEMENT("F5003", ProblemKind.FINDING, "period", "enterpriseId", "allowanceFen"),
    /**
     * Arrears are carried: an amount left unpaid over some months. Arguments:
     * {@code arrearsFen}, {@code months}, {@code oldestPeriod}.
     */
    DISBURSEMENT_ARREARS("F5004", ProblemKind.FINDING, "arrearsFen", "months", "oldestPeriod"),
    /**
     * Some rows of an enterprise month were not paid on time. Arguments: {@code period},
     * {@code rows}, {@code onTime}.
     */
    DISBURSEMENT_NOT_ON_TIME("F5005", ProblemKind.FINDING, "period", "rows", "onTime"),
    /**
     * Some rows of an enterprise month were not paid in full. Arguments: {@code period},
     * {@code rows}, {@code paidInFull}.
     */
    DISBURSEMENT_NOT_IN_FULL("F5006", ProblemKind.FINDING, "period", "rows", "paidInFull"),
    /**
     * A month with disbursements has no public posting (张榜公布). Arguments: {@code period},
     * {@code deadline}.
     */
    POSTING_MISSING("F5007", ProblemKind.FINDING, "period", "deadline"),
    /**
     * A month's public posting came after its deadline. Arguments: {@code period},
     * {@code postedOn}, {@code deadline}.
     */
    POSTING_LATE("F5008", ProblemKind.FINDING, "period", "postedOn", "deadline"),
    /**
     * A worker row's allowance due is above the rung of the province's allowance ladder for the
     * worker's year in the centre. Arguments: {@code allowanceFen}, {@code stepFen},
     * {@code year} (year in the centre, from 1).
     */
    ALLOWANCE_ABOVE_LADDER("E5101", ProblemKind.VIOLATION, "allowanceFen", "stepFen", "year"),
    /**
     * A worker row's contributions due differ from what the province's contribution policy
     * computes for the period. Arguments: {@code dueFen}, {@code expectedFen}.
     */
    CONTRIBUTIONS_NOT_AS_POLICY("E5102", ProblemKind.VIOLATION, "dueFen", "expectedFen"),

    /**
     * In {@code disbursements@1}, one citizen ID draws in two enterprises in one period: the
     * later record is rejected, naming the first. Arguments: {@code maskedId} (never the full
     * ID), {@code period}, {@code firstRecord} (JSON pointer), {@code firstLine},
     * {@code firstEnterpriseId}, {@code secondRecord} (JSON pointer), {@code secondEnterpriseId}.
     */
    DISBURSEMENT_DUPLICATE_RECIPIENT("E5150", ProblemKind.VIOLATION, "maskedId", "period", "firstRecord", "firstLine",
            "firstEnterpriseId", "secondRecord", "secondEnterpriseId"),

    // ---- 7xxx: monthly reports ----

    /** A report's revision is not 1 or more. Arguments: {@code revision}. */
    REPORT_REVISION_INVALID("E7001", ProblemKind.VIOLATION, "revision"),
    /**
     * A report counts more workers in the re-employment service centre than laid-off workers.
     * Arguments: {@code inCentre}, {@code laidOffWorkers}.
     */
    REPORT_IN_CENTRE_EXCEEDS_LAID_OFF("E7002", ProblemKind.VIOLATION, "inCentre", "laidOffWorkers"),
    /**
     * A report counts more signed agreements than workers in the centre. Arguments:
     * {@code agreementsSigned}, {@code inCentre}.
     */
    REPORT_AGREEMENTS_EXCEED_IN_CENTRE("E7003", ProblemKind.VIOLATION, "agreementsSigned", "inCentre"),
    /**
     * A report was submitted before its period began, in Beijing time (+08:00). Arguments:
     * {@code period} ({@code YYYY-MM}), {@code submittedAt} (ISO-8601 with the sender's offset).
     */
    REPORT_PERIOD_AFTER_SUBMISSION("E7004", ProblemKind.VIOLATION, "period", "submittedAt"),
    /**
     * A report's funds plan is not a three-thirds split of its total: the social share is not
     * the one third that the largest-remainder split of the total gives it, whatever the
     * enterprise ratio. Arguments: {@code socialFen}, {@code expectedSocialFen},
     * {@code totalFen}.
     */
    REPORT_FUNDS_PLAN_NOT_THREE_THIRDS("E7005", ProblemKind.VIOLATION, "socialFen", "expectedSocialFen", "totalFen"),
    /**
     * A report names an enterprise that the registry given beside it does not list. Arguments:
     * {@code enterpriseId}.
     */
    REPORT_ENTERPRISE_NOT_IN_REGISTRY("E7006", ProblemKind.VIOLATION, "enterpriseId"),
    /**
     * A figure a report declares differs from the sum of its worker rows (a control total).
     * The location names the figure. Arguments: {@code declared}, {@code computed}.
     */
    REPORT_CONTROL_TOTAL_MISMATCH("E7007", ProblemKind.VIOLATION, "declared", "computed"),
    /**
     * A report's allowance due is less than the unemployment benefit for each worker with an
     * agreement. Arguments: {@code allowanceFen}, {@code agreementsSigned},
     * {@code unemploymentBenefitFen}.
     */
    REPORT_ALLOWANCE_BELOW_UNEMPLOYMENT_BENEFIT("E7101", ProblemKind.VIOLATION,
            "allowanceFen", "agreementsSigned", "unemploymentBenefitFen"),
    /**
     * A report's allowance due is not below the minimum wage for each worker in the centre.
     * Arguments: {@code allowanceFen}, {@code inCentre}, {@code minimumWageFen}.
     */
    REPORT_ALLOWANCE_NOT_BELOW_MINIMUM_WAGE("E7102", ProblemKind.VIOLATION, "allowanceFen", "inCentre", "minimumWageFen"),
    /**
     * A report's allowance due is more than the top rung of the allowance ladder for each worker
     * in the centre. Arguments: {@code allowanceFen}, {@code inCentre}, {@code stepFen}.
     */
    REPORT_ALLOWANCE_ABOVE_LADDER("E7103", ProblemKind.VIOLATION, "allowanceFen", "inCentre", "stepFen"),
    /**
     * A report's contributions due are not a whole number of workers, at most those in the
     * centre, each owing what the contribution policy computes. Arguments: {@code dueFen},
     * {@code perWorkerFen}, {@code inCentre}.
     */
    REPORT_CONTRIBUTIONS_NOT_AS_POLICY("E7104", ProblemKind.VIOLATION, "dueFen", "perWorkerFen", "inCentre"),

    // ---- 8xxx: adapters and their discovery ----

    /**
     * An adapter provider could not be loaded and was skipped. Arguments: {@code provider}
     * (class or name), {@code reason}.
     */
    ADAPTER_LOAD_FAILED("E8001", ProblemKind.VIOLATION, "provider", "reason"),
    /**
     * An adapter provider was built for an SPI version this SPI cannot run, and was skipped.
     * Arguments: {@code provider}, {@code spiVersion}, {@code supported}.
     */
    ADAPTER_SPI_INCOMPATIBLE("E8002", ProblemKind.VIOLATION, "provider", "spiVersion", "supported"),
    /**
     * Several providers offer the same kind; the first by provider name is used. Arguments:
     * {@code kind}, {@code providers}, {@code chosen}.
     */
    ADAPTER_AMBIGUOUS("E8003", ProblemKind.VIOLATION, Severity.WARNING, "kind", "providers", "chosen"),
    /**
     * An explicitly chosen provider is not installed; discovery falls back to every provider
     * found. Arguments: {@code provider}.
     */
    ADAPTER_NOT_FOUND("E8004", ProblemKind.VIOLATION, "provider"),
    /**
     * Two providers have the same name; the later one is skipped. Arguments: {@code provider}.
     */
    ADAPTER_DUPLICATE_NAME("E8005", ProblemKind.VIOLATION, "provider"),
    /**
     * A province profile was asked for that is neither built in ({@code national}) nor a file
     * that exists. Arguments: {@code name}.
     */
    PROFILE_NOT_FOUND("E8050", ProblemKind.VIOLATION, "name"),
    /**
     * A province profile file exists but cannot be read. Arguments: {@code name}, {@code reason}.
     */
    PROFILE_UNREADABLE("E8051", ProblemKind.VIOLATION, "name", "reason"),
    /**
     * No installed adapter reads province profiles of the kind. Arguments: {@code kind}.
     */
    PROFILE_READER_MISSING("E8052", ProblemKind.VIOLATION, "kind"),

    // ---- 6xxx: liaison, incidents, risk and the hierarchy ----

    /**
     * An incident was reported before it occurred. Arguments: {@code occurredAt},
     * {@code reportedAt} (ISO-8601 instants with offset).
     */
    INCIDENT_REPORTED_BEFORE_OCCURRED("E6001", ProblemKind.VIOLATION, "occurredAt", "reportedAt"),
    /**
     * A text that must say something is empty or only white space. Arguments: {@code field}
     * (the attribute, such as {@code cause} or {@code staffName}).
     */
    TEXT_BLANK("E6002", ProblemKind.VIOLATION, "field"),
    /**
     * The province is recorded on the scene of an incident before the incident occurred.
     * Arguments: {@code occurredAt}, {@code provinceOnSceneAt}.
     */
    INCIDENT_ON_SCENE_BEFORE_OCCURRED("E6003", ProblemKind.VIOLATION, "occurredAt", "provinceOnSceneAt"),
    /** An incident id appears more than once in one document. Arguments: {@code id}. */
    INCIDENT_DUPLICATE_ID("E6004", ProblemKind.VIOLATION, "id"),
    /**
     * A risk threshold is out of order with its neighbour: a worse level must not be easier to
     * reach than a milder one. Arguments: {@code setting}, {@code value}, {@code neighbour},
     * {@code neighbourValue}.
     */
    RISK_THRESHOLDS_OUT_OF_ORDER("E6005", ProblemKind.VIOLATION, "setting", "value", "neighbour", "neighbourValue"),
    /**
     * An industry authority was asked for an industry the notice does not monitor. Arguments:
     * {@code industry}.
     */
    INDUSTRY_NOT_MONITORED("E6006", ProblemKind.VIOLATION, "industry"),
    /**
     * A monitored enterprise has nobody on duty on a holiday (节假日值班). Arguments:
     * {@code date}.
     */
    HOLIDAY_DUTY_UNCOVERED("F6001", ProblemKind.FINDING, "date"),
    /** A monitored enterprise has no named liaison staff (定期联系). No arguments. */
    LIAISON_UNASSIGNED("F6002", ProblemKind.FINDING),
    /**
     * An incident was reported later than its urgent-report clock allows. Arguments:
     * {@code enterpriseId}, {@code severity}, {@code delay}, {@code limit} (ISO-8601 durations).
     */
    URGENT_REPORT_LATE("F6003", ProblemKind.FINDING, "enterpriseId", "severity", "delay", "limit"),
    /**
     * A major incident has no record of the provincial labour department on the scene.
     * Arguments: {@code enterpriseId}.
     */
    PROVINCE_NOT_ON_SCENE("F6004", ProblemKind.FINDING, "enterpriseId"),
    /** A monitored enterprise has no emergency plan (预案). No arguments. */
    EMERGENCY_PLAN_MISSING("F6005", ProblemKind.FINDING),
    /**
     * A monitored enterprise's emergency plan was not reviewed within the review period.
     * Arguments: {@code lastReviewedOn}, {@code reviewPeriod} (ISO-8601 period), {@code asOf}.
     */
    EMERGENCY_PLAN_OUTDATED("F6006", ProblemKind.FINDING, "lastReviewedOn", "reviewPeriod", "asOf"),
    /**
     * A risk factor raised an enterprise's risk level. Arguments: {@code factor}, {@code value},
     * {@code threshold}, {@code level}.
     */
    RISK_RAISED("F6007", ProblemKind.FINDING, "factor", "value", "threshold", "level"),

    // ---- 9xxx: JSON interchange documents ----

    /**
     * A document is not JSON: a syntax error, content after the root value, or no content.
     * Rejects the whole document. Arguments: {@code reason} (the parser's words, English).
     */
    JSON_MALFORMED("E9001", ProblemKind.VIOLATION, "reason"),
    /** A document ends before its JSON is complete. Rejects the whole document. No arguments. */
    JSON_TRUNCATED("E9002", ProblemKind.VIOLATION),
    /**
     * A document's bytes are not UTF-8 (often a GBK or GB18030 export). Rejects the whole
     * document. Arguments: {@code byte} (the first offending byte, such as {@code 0xD5}).
     */
    JSON_NOT_UTF8("E9003", ProblemKind.VIOLATION, "byte"),
    /** A key appears twice in one object. Rejects the whole document. Arguments: {@code key}. */
    JSON_DUPLICATE_KEY("E9004", ProblemKind.VIOLATION, "key"),
    /** Objects and arrays nest deeper than allowed. Rejects the whole document. Arguments: {@code max}. */
    JSON_TOO_DEEP("E9005", ProblemKind.VIOLATION, "max"),
    /**
     * A number literal is longer than allowed. Arguments: {@code length} (absent when the
     * parser refused the literal before its end), {@code max}.
     */
    JSON_NUMBER_TOO_LONG("E9006", ProblemKind.VIOLATION, "length", "max"),
    /**
     * A string or a name is longer than the reader accepts at all. Rejects the whole document.
     * Arguments: {@code limit} (what was too long), {@code max}.
     */
    JSON_LIMIT_EXCEEDED("E9007", ProblemKind.VIOLATION, "limit", "max"),
    /**
     * A document's {@code format} names another kind or version than the reader reads. Rejects
     * the whole document. Arguments: {@code format}, {@code expected}.
     */
    DOCUMENT_FORMAT_UNSUPPORTED("E9008", ProblemKind.VIOLATION, "format", "expected"),
    /** An object has a field its kind does not define. Arguments: {@code field}. */
    JSON_FIELD_UNKNOWN("E9009", ProblemKind.VIOLATION, "field"),
    /** A required field is missing. Arguments: {@code field}. */
    JSON_FIELD_MISSING("E9010", ProblemKind.VIOLATION, "field"),
    /** A field or element is {@code null}, which is never accepted. No arguments. */
    JSON_NULL("E9011", ProblemKind.VIOLATION),
    /**
     * A value has the wrong JSON type. Arguments: {@code expected}, {@code actual} (each one of
     * {@code object}, {@code array}, {@code string}, {@code integer}, {@code number},
     * {@code boolean}).
     */
    JSON_TYPE("E9012", ProblemKind.VIOLATION, "expected", "actual"),
    /**
     * A count is not an integer of its range: a fraction, an exponent, or too large. (Amounts
     * use {@link #AMOUNT_MALFORMED}.) Arguments: {@code value}, {@code reason} ({@code fraction},
     * {@code exponent}, {@code range}).
     */
    INTEGER_MALFORMED("E9013", ProblemKind.VIOLATION, "value", "reason"),
    /**
     * A value is not one of its enumeration's constants (upper snake case). Arguments:
     * {@code value}, {@code allowed} (comma-separated).
     */
    ENUM_VALUE_UNKNOWN("E9014", ProblemKind.VIOLATION, "value", "allowed"),
    /** Text is not a period {@code YYYY-MM}. Arguments: {@code value}. */
    PERIOD_MALFORMED("E9015", ProblemKind.VIOLATION, "value"),
    /** Text is not a date {@code YYYY-MM-DD}. Arguments: {@code value}. */
    DATE_MALFORMED("E9016", ProblemKind.VIOLATION, "value"),
    /**
     * Text is not an ISO-8601 instant with an offset ({@code 2000-02-03T09:00:00+08:00}).
     * Arguments: {@code value}.
     */
    INSTANT_MALFORMED("E9017", ProblemKind.VIOLATION, "value"),
    /**
     * An entry of a list that must not repeat appears twice (a date in a calendar list, a
     * province or an industry in a bulletin). Arguments: {@code field}, {@code value}.
     */
    JSON_ENTRY_DUPLICATE("E9020", ProblemKind.VIOLATION, "field", "value"),
    /**
     * Exactly one of several fields must be given, and none or more than one is. Arguments:
     * {@code fields} (comma-separated).
     */
    JSON_FIELDS_EXCLUSIVE("E9021", ProblemKind.VIOLATION, "fields"),

    // ---- 975x: province profile documents ----

    /**
     * A ratio that must be a rate in basis points is not a whole number of basis points
     * ({@code "1/3"}: 3333.33…). Arguments: {@code value}.
     */
    RATIO_NOT_BASIS_POINTS("E9750", ProblemKind.VIOLATION, "value"),
    /** A list that must hold at least one element is empty. Arguments: {@code field}. */
    LIST_EMPTY("E9751", ProblemKind.VIOLATION, "field"),
    /**
     * A province profile's name is not lower-case letters, digits, {@code -} and {@code _},
     * beginning with a letter, at most 64 characters. Arguments: {@code value}.
     */
    PROFILE_NAME_MALFORMED("E9752", ProblemKind.VIOLATION, "value"),

    // ---- 95xx: CSV feeds ----

    /**
     * A CSV document has no header row: it is empty, or holds only blank lines. A document
     * violation. No arguments.
     */
    CSV_HEADER_MISSING("E9501", ProblemKind.VIOLATION),
    /**
     * A column the mapping requires is not in the header. A document violation. Arguments:
     * {@code column} (the canonical column name).
     */
    CSV_COLUMN_MISSING("E9502", ProblemKind.VIOLATION, "column"),
    /**
     * Two header cells map to the same column. A document violation. Arguments: {@code column}
     * (the canonical column name).
     */
    CSV_COLUMN_DUPLICATE("E9503", ProblemKind.VIOLATION, "column"),
    /**
     * A header cell names no column of a mapping that rejects unknown columns. A document
     * violation. Arguments: {@code header} (the header text as given).
     */
    CSV_COLUMN_UNKNOWN("E9504", ProblemKind.VIOLATION, "header"),
    /**
     * A row's quoting is malformed: a quote inside an unquoted field, text after a closing quote,
     * or a quoted field still open at the end of the document. Arguments: {@code reason}.
     */
    CSV_QUOTING_MALFORMED("E9505", ProblemKind.VIOLATION, "reason"),
    /**
     * A row has another number of fields than the header. Arguments: {@code count},
     * {@code expected}.
     */
    CSV_FIELD_COUNT("E9506", ProblemKind.VIOLATION, "count", "expected"),
    /** A required cell is empty. Arguments: {@code column}. */
    CSV_VALUE_MISSING("E9507", ProblemKind.VIOLATION, "column"),
    /** A period is not {@code YYYY-MM}. Arguments: {@code value}. */
    CSV_PERIOD_MALFORMED("E9508", ProblemKind.VIOLATION, "value"),
    /**
     * A row belongs to another period than the one being read. Arguments: {@code period},
     * {@code expected}.
     */
    CSV_PERIOD_OTHER("E9509", ProblemKind.VIOLATION, "period", "expected"),
    /** A date is not a real {@code YYYY-MM-DD} date. Arguments: {@code value}. */
    CSV_DATE_MALFORMED("E9510", ProblemKind.VIOLATION, "value"),
    /**
     * A city code does not lie in the row's province. Arguments: {@code city},
     * {@code province}.
     */
    CSV_CITY_OUTSIDE_PROVINCE("E9511", ProblemKind.VIOLATION, "city", "province"),
    /**
     * A row's bytes are not valid in the document's character set. Arguments: {@code charset}.
     */
    CSV_ENCODING_MALFORMED("E9512", ProblemKind.VIOLATION, "charset"),
    /**
     * A row is longer than the reader's limit, which keeps memory bounded. Arguments:
     * {@code limit} (bytes).
     */
    CSV_ROW_TOO_LONG("E9513", ProblemKind.VIOLATION, "limit"),

    // ---- 96xx: reporting, ledger and alerts ----

    /**
     * Two different monthly reports carry the same revision for one enterprise and period; both
     * are rejected. Arguments: {@code enterpriseId}, {@code period}, {@code revision}.
     */
    REPORT_REVISION_CONFLICT("E9602", ProblemKind.VIOLATION, "enterpriseId", "period", "revision"),
    /**
     * A monthly report's revision is lower than one the ledger already holds; it does not count.
     * Arguments: {@code enterpriseId}, {@code period}, {@code revision}, {@code current}.
     */
    REPORT_REVISION_SUPERSEDED("E9603", ProblemKind.VIOLATION, "enterpriseId", "period", "revision", "current"),
    /**
     * A monthly report of another period than the one rolled up was skipped. Arguments:
     * {@code enterpriseId}, {@code period}, {@code expected}.
     */
    REPORT_OTHER_PERIOD("F9601", ProblemKind.FINDING, "enterpriseId", "period", "expected"),
    /**
     * A report of a period already rolled up changed; the level above it must be rolled up
     * again. Arguments: {@code period}, {@code level} ({@code nation}, {@code province:<code>}
     * or {@code industry:<name>}).
     */
    ROLLUP_STALE("F9602", ProblemKind.FINDING, "period", "level"),
    /**
     * A monitored enterprise has no counting monthly report for the period. Arguments:
     * {@code enterpriseId}, {@code province}, {@code period}, {@code dueOn}, {@code reason}
     * ({@code none} or {@code conflict}).
     */
    REPORT_MISSING("A9601", ProblemKind.ALERT, "enterpriseId", "province", "period", "dueOn", "reason"),
    /**
     * A monitored enterprise's earliest accepted monthly report came after its due day.
     * Arguments: {@code enterpriseId}, {@code province}, {@code period}, {@code dueOn},
     * {@code submittedAt} (ISO-8601 with offset).
     */
    REPORT_LATE("A9602", ProblemKind.ALERT, "enterpriseId", "province", "period", "dueOn", "submittedAt"),
    /**
     * A region's completeness (reported / monitored) is below the share the caller set.
     * Arguments: {@code region}, {@code period}, {@code reported}, {@code monitored}.
     */
    REPORTING_INCOMPLETE("A9603", ProblemKind.ALERT, "region", "period", "reported", "monitored"),
    /**
     * A figure a monthly report declares differs from the summary of the enterprise's worker rows
     * for the same month (a control total). Arguments: {@code enterpriseId}, {@code period},
     * {@code figure} ({@code rows}, {@code allowance.dueFen}, {@code allowance.paidFen},
     * {@code contributions.dueFen} or {@code contributions.paidFen}), {@code declared},
     * {@code computed}.
     */
    REPORT_CONTROL_TOTAL_DIFFERS("F9603", ProblemKind.FINDING, "enterpriseId", "period", "figure", "declared",
            "computed"),
    /**
     * A source of a monthly report's funds plan differs from the funding plan it is checked
     * against (the three-thirds split for its category, or a computed plan). Arguments:
     * {@code enterpriseId}, {@code period}, {@code source}, {@code declaredFen}, {@code expectedFen}.
     */
    REPORT_FUNDS_PLAN_DIFFERS("F9604", ProblemKind.FINDING, "enterpriseId", "period", "source", "declaredFen",
            "expectedFen"),
    /**
     * A monitored enterprise paid less allowance or contributions than were due in the period
     * (arrears, 拖欠). Arguments: {@code enterpriseId}, {@code province}, {@code period},
     * {@code allowanceArrearsFen}, {@code contributionsArrearsFen}.
     */
    ARREARS("A9604", ProblemKind.ALERT, "enterpriseId", "province", "period", "allowanceArrearsFen",
            "contributionsArrearsFen"),
    /**
     * A monitored enterprise's overall arrival rate (到位率) is below the threshold. Arguments:
     * {@code enterpriseId}, {@code province}, {@code period}, {@code receivedFen}, {@code planFen},
     * {@code arrivalBp}, {@code thresholdBp}.
     */
    ARRIVAL_RATE_LOW("A9605", ProblemKind.ALERT, "enterpriseId", "province", "period", "receivedFen", "planFen",
            "arrivalBp", "thresholdBp"),
    /**
     * An incident was reported upward later than its urgent-report clock allows. Arguments:
     * {@code enterpriseId}, {@code province}, {@code incidentId}, {@code severity},
     * {@code occurredAt}, {@code reportedAt}, {@code delay}, {@code limit} (ISO-8601 durations).
     */
    INCIDENT_REPORTED_LATE("A9606", ProblemKind.ALERT, "enterpriseId", "province", "incidentId", "severity",
            "occurredAt", "reportedAt", "delay", "limit"),
    /**
     * A Shougang external enterprise received less than its enterprise share; the shortfall is
     * Shougang headquarters' to make up. Arguments: {@code enterpriseId}, {@code province},
     * {@code period}, {@code planFen}, {@code receivedFen}, {@code gapFen}.
     */
    SHOUGANG_SHORTFALL("A9607", ProblemKind.ALERT, "enterpriseId", "province", "period", "planFen", "receivedFen",
            "gapFen"),
    /**
     * A monitored enterprise's risk level is ORANGE or RED. Arguments: {@code enterpriseId},
     * {@code province}, {@code period}, {@code level}, {@code factors} (the factors at that
     * level, comma-separated).
     */
    ENTERPRISE_AT_RISK("A9608", ProblemKind.ALERT, "enterpriseId", "province", "period", "level", "factors"),

    // ---- 97xx: fixed-width exports ----

    /**
     * A record of a fixed-width export is not as long as its layout. Arguments: {@code length}
     * (bytes), {@code expected} (bytes).
     */
    FIXED_WIDTH_RECORD_LENGTH("E9701", ProblemKind.VIOLATION, "length", "expected"),
    /**
     * A field of a fixed-width export does not match its layout. Arguments: {@code value},
     * {@code pattern} (the layout's picture of the field, such as {@code YYYYMM} or
     * {@code 9(12)}).
     */
    FIXED_WIDTH_FIELD_MALFORMED("E9702", ProblemKind.VIOLATION, "value", "pattern");

    private final String code;
    private final ProblemKind kind;
    private final Severity severity;
    private final List<String> argumentNames;

    ProblemCode(String code, ProblemKind kind, String... argumentNames) {
        this(code, kind, Severity.ERROR, argumentNames);
    }

    ProblemCode(String code, ProblemKind kind, Severity severity, String... argumentNames) {
        this.code = code;
        this.kind = kind;
        this.severity = severity;
        this.argumentNames = List.of(argumentNames);
    }

    /**
     * Returns the stable code, such as {@code "E2005"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns whether this code names a violation, a finding or an alert.
     *
     * @return the kind, not null
     */
    public ProblemKind kind() {
        return kind;
    }

    /**
     * Returns the default severity: {@link Severity#ERROR} unless the catalogue says otherwise;
     * a caller may downgrade a code to a warning where its policy allows.
     *
     * @return the severity, not null
     */
    public Severity defaultSeverity() {
        return severity;
    }

    /**
     * Returns the names of the arguments a problem with this code carries, in message order.
     *
     * @return the names, unmodifiable, not null
     */
    public List<String> argumentNames() {
        return argumentNames;
    }

    /**
     * Finds the constant with the given string code.
     *
     * @param code  the code such as {@code "E2005"}, not null
     * @return the constant, or empty if the catalogue has no such code
     */
    public static Optional<ProblemCode> ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ProblemCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
