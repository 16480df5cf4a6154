package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.funding.SourceAmounts;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.money.Money;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.ProblemKind;
import io.github.baozhang.report.Bulletin;
import io.github.baozhang.report.ReportSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Binds a {@code baozhang/bulletin@1} document to a {@link Bulletin}: the period; each summary's
 * counts and amounts zero or more; each province a province-level division code and each
 * industry a constant of {@link Industry}, listed once ({@link ProblemCode#JSON_ENTRY_DUPLICATE});
 * each alert an alert code of the catalogue, exactly one of {@code enterpriseId} (an
 * organisation code) and {@code region} (text) as its subject
 * ({@link ProblemCode#JSON_FIELDS_EXCLUSIVE}), and arguments the code declares
 * ({@link ProblemCode#JSON_FIELD_UNKNOWN} for another). Whether the parts add up is not checked:
 * the roll-up builds them so.
 */
final class BulletinBinder implements Binder<Bulletin> {

    static final Shape ENTERPRISES = Shape.builder()
            .required("monitored", Shape.Kind.COUNT)
            .required("reported", Shape.Kind.COUNT)
            .required("onTime", Shape.Kind.COUNT)
            .build();

    static final Shape NATIONAL = summary(Shape.builder()).build();
    static final Shape PROVINCE = summary(Shape.builder().required("code", Shape.Kind.STRING)).build();
    static final Shape INDUSTRY = summary(Shape.builder().required("industry", Shape.Kind.STRING)).build();
    static final Shape ALERT = Shape.builder()
            .required("code", Shape.Kind.STRING)
            .optional("enterpriseId", Shape.Kind.STRING)
            .optional("region", Shape.Kind.STRING)
            .required("arguments", Shape.Kind.STRING_MAP)
            .build();

    static final Shape SHAPE = Shape.builder()
            .optional("format", Shape.Kind.STRING)
            .required("period", Shape.Kind.STRING)
            .required("national", NATIONAL)
            .requiredArray("provinces", PROVINCE)
            .requiredArray("industries", INDUSTRY)
            .requiredArray("alerts", ALERT)
            .build();

    /** The codes an alert may carry: those of kind {@link ProblemKind#ALERT}, by their string. */
    private static final Map<String, ProblemCode> ALERT_CODES = alertCodes();

    private static Shape.Builder summary(Shape.Builder b) {
        return b.required("enterprises", ENTERPRISES)
                .required("laidOffWorkers", Shape.Kind.COUNT)
                .required("inCentre", Shape.Kind.COUNT)
                .required("agreementsSigned", Shape.Kind.COUNT)
                .required("reemployed", Shape.Kind.COUNT)
                .required("leftCentre", Shape.Kind.COUNT)
                .required("incidents", Shape.Kind.COUNT)
                .required("allowance", MonthlyReportBinder.CONTRIBUTIONS)
                .required("contributions", MonthlyReportBinder.CONTRIBUTIONS)
                .required("funds", MonthlyReportBinder.FUNDS);
    }

    private static Map<String, ProblemCode> alertCodes() {
        Map<String, ProblemCode> m = new LinkedHashMap<>();
        for (ProblemCode c : ProblemCode.values()) {
            if (c.kind() == ProblemKind.ALERT) {
                m.put(c.code(), c);
            }
        }
        return m;
    }

    @Override
    public Bulletin bind(Node root, Issues issues) {
        YearMonth period = Convert.period(root, "period", issues);
        ReportSummary national = summary(root.object("national"), issues);
        Map<DivisionCode, ReportSummary> provinces = new TreeMap<>();
        Node list = root.get("provinces");
        if (list != null) {
            for (Node p : list.items) {
                if (p == null) {
                    continue;
                }
                DivisionCode code = Convert.division(p, "code", issues);
                if (code != null && code.level() != DivisionLevel.PROVINCE) {
                    issues.add(ProblemCode.DIVISION_CODE_LEVEL, p.get("code").pos, p.get("code").field, code.toString(),
                            "code", code.toString(), "level", code.level().name(),
                            "expected", DivisionLevel.PROVINCE.name());
                    code = null;
                }
                ReportSummary s = summary(p, issues);
                if (code != null && provinces.containsKey(code)) {
                    duplicate(p.get("code"), list.field, issues);
                } else if (code != null && s != null) {
                    provinces.put(code, s);
                }
            }
        }
        Map<Industry, ReportSummary> industries = new EnumMap<>(Industry.class);
        list = root.get("industries");
        if (list != null) {
            for (Node i : list.items) {
                if (i == null) {
                    continue;
                }
                Industry industry = Convert.enumValue(i, "industry", Industry.class, issues);
                ReportSummary s = summary(i, issues);
                if (industry != null && industries.containsKey(industry)) {
                    duplicate(i.get("industry"), list.field, issues);
                } else if (industry != null && s != null) {
                    industries.put(industry, s);
                }
            }
        }
        List<Finding> alerts = new ArrayList<>();
        list = root.get("alerts");
        if (list != null) {
            for (Node a : list.items) {
                Finding f = a == null ? null : alert(a, issues);
                if (f != null) {
                    alerts.add(f);
                }
            }
        }
        if (!issues.isEmpty() || period == null || national == null) {
            return null;
        }
        return Bulletin.of(period, national, provinces, industries, alerts);
    }

    private static void duplicate(Node at, String list, Issues issues) {
        issues.add(ProblemCode.JSON_ENTRY_DUPLICATE, at.pos, at.field, at.text, "field", list, "value", at.text);
    }

    private static Finding alert(Node a, Issues issues) {
        ProblemCode code = null;
        Node c = a.get("code");
        if (c != null) {
            code = ALERT_CODES.get(c.text);
            if (code == null) {
                issues.add(ProblemCode.ENUM_VALUE_UNKNOWN, c.pos, c.field, c.text, "value", Issues.cut(c.text),
                        "allowed", String.join(",", ALERT_CODES.keySet()));
            }
        }
        String subject = null;
        boolean byEnterprise = a.has("enterpriseId");
        if (byEnterprise == a.has("region")) {
            issues.add(ProblemCode.JSON_FIELDS_EXCLUSIVE, a.pos, a.field, null, "fields", "enterpriseId,region");
        } else if (byEnterprise) {
            OrganizationCode id = Convert.organizationCode(a, "enterpriseId", issues);
            subject = id == null ? null : id.toString();
        } else {
            Node r = a.get("region");
            if (r != null && r.text.isBlank()) {
                issues.add(ProblemCode.TEXT_BLANK, r.pos, r.field, r.text, "field", r.field);
            } else if (r != null) {
                subject = r.text;
            }
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        Node args = a.get("arguments");
        if (args != null) {
            for (Map.Entry<String, Node> arg : args.fields.entrySet()) {
                if (code != null && !code.argumentNames().contains(arg.getKey())) {
                    Node n = arg.getValue();
                    issues.add(ProblemCode.JSON_FIELD_UNKNOWN, n.pos, n.field, null, "field", n.field);
                } else {
                    arguments.put(arg.getKey(), arg.getValue().text);
                }
            }
        }
        if (code == null || subject == null || args == null || args.fields.size() != args.present.size()
                || arguments.size() != args.fields.size()) {
            return null;
        }
        return Finding.of(code, subject, arguments);
    }

    /** Reads the summary fields of a node; null if any failed. */
    private static ReportSummary summary(Node s, Issues issues) {
        if (s == null) {
            return null;
        }
        Node e = s.object("enterprises");
        Long monitored = e == null ? null : Convert.nonNegative(e, "monitored", issues);
        Long reported = e == null ? null : Convert.nonNegative(e, "reported", issues);
        Long onTime = e == null ? null : Convert.nonNegative(e, "onTime", issues);
        Long laidOff = Convert.nonNegative(s, "laidOffWorkers", issues);
        Long inCentre = Convert.nonNegative(s, "inCentre", issues);
        Long agreements = Convert.nonNegative(s, "agreementsSigned", issues);
        Long reemployed = Convert.nonNegative(s, "reemployed", issues);
        Long leftCentre = Convert.nonNegative(s, "leftCentre", issues);
        Long incidents = Convert.nonNegative(s, "incidents", issues);
        long[] allowance = pair(s.object("allowance"), issues);
        long[] contributions = pair(s.object("contributions"), issues);
        SourceAmounts plan = null;
        SourceAmounts received = null;
        Node f = s.object("funds");
        if (f != null) {
            plan = sources(f.object("plan"), issues);
            received = sources(f.object("received"), issues);
        }
        List<Object> all = java.util.Arrays.asList(monitored, reported, onTime, laidOff, inCentre, agreements,
                reemployed, leftCentre, incidents, allowance, contributions, plan, received);
        if (all.stream().anyMatch(java.util.Objects::isNull)) {
            return null;
        }
        return ReportSummary.builder()
                .monitored(monitored).reported(reported).onTime(onTime)
                .laidOffWorkers(laidOff).inCentre(inCentre).agreementsSigned(agreements)
                .reemployed(reemployed).leftCentre(leftCentre).incidents(incidents)
                .allowance(Money.ofFen(allowance[0]), Money.ofFen(allowance[1]))
                .contributions(Money.ofFen(contributions[0]), Money.ofFen(contributions[1]))
                .funds(plan, received)
                .build();
    }

    private static long[] pair(Node p, Issues issues) {
        if (p == null) {
            return null;
        }
        Long due = Convert.nonNegative(p, "dueFen", issues);
        Long paid = Convert.nonNegative(p, "paidFen", issues);
        return due == null || paid == null ? null : new long[] {due, paid};
    }

    private static SourceAmounts sources(Node s, Issues issues) {
        if (s == null) {
            return null;
        }
        Long enterprise = Convert.nonNegative(s, "enterpriseFen", issues);
        Long social = Convert.nonNegative(s, "socialFen", issues);
        Long fiscal = Convert.nonNegative(s, "fiscalFen", issues);
        return enterprise == null || social == null || fiscal == null ? null
                : SourceAmounts.ofFen(enterprise, social, fiscal);
    }

    /** The alert codes, comma-separated, as {@code ENUM_VALUE_UNKNOWN} names them. */
    static String allowedCodes() {
        return ALERT_CODES.keySet().stream().collect(Collectors.joining(","));
    }
}
