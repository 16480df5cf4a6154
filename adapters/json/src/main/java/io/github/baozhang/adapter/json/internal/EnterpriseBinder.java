package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.enterprise.Affiliation;
import io.github.baozhang.enterprise.Enterprise;
import io.github.baozhang.enterprise.EnterpriseRules;
import io.github.baozhang.enterprise.Industry;
import io.github.baozhang.enterprise.ProductionStatus;
import io.github.baozhang.id.CreditCode;
import io.github.baozhang.id.DivisionCode;
import io.github.baozhang.id.DivisionLevel;
import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.HashSet;
import java.util.Set;

/**
 * Binds an element of {@code baozhang/enterprises@1} to an {@link Enterprise}: the reader checks
 * types, forms, check characters and the structural invariants; {@link EnterpriseRules} the
 * rules of one enterprise (Shougang external is local, laid-off workers within employees, the
 * city in the province against a GB/T 2260 revision); and an id seen earlier in the same
 * registry is {@link ProblemCode#ENTERPRISE_DUPLICATE_ID} (memory grows with the registry's
 * ids, a few thousand at most).
 *
 * <p>One binder per read: it remembers the ids of the read.
 */
final class EnterpriseBinder implements Binder<Enterprise> {

    static final Shape SHAPE = Shape.builder()
            .required("id", Shape.Kind.STRING)
            .optional("creditCode", Shape.Kind.STRING)
            .required("name", Shape.Kind.STRING)
            .required("province", Shape.Kind.STRING)
            .required("city", Shape.Kind.STRING)
            .required("industry", Shape.Kind.STRING)
            .required("affiliation", Shape.Kind.STRING)
            .required("shougangExternal", Shape.Kind.BOOLEAN)
            .required("production", Shape.Kind.STRING)
            .required("severeLoss", Shape.Kind.BOOLEAN)
            .required("employees", Shape.Kind.COUNT)
            .required("laidOffWorkers", Shape.Kind.COUNT)
            .required("fundingBlindSpot", Shape.Kind.BOOLEAN)
            .required("incidentHistory", Shape.Kind.BOOLEAN)
            .required("hiddenRisk", Shape.Kind.BOOLEAN)
            .build();

    /** A valid code that stands in for an id that failed (never reported, never accepted). */
    private static final OrganizationCode STAND_IN_ID = OrganizationCode.parse("D2143569X");
    private static final DivisionCode STAND_IN_PROVINCE = DivisionCode.parse("110000");

    private final Gb2260 divisions;
    private final Set<OrganizationCode> seen = new HashSet<>();

    EnterpriseBinder(Gb2260 divisions) {
        this.divisions = divisions;
    }

    @Override
    public Enterprise bind(Node e, Issues issues) {
        OrganizationCode id = Convert.organizationCode(e, "id", issues);
        CreditCode creditCode = Convert.creditCode(e, "creditCode", issues);
        String name = e.string("name");
        if (name != null && name.isBlank()) {
            issues.add(ProblemCode.ENTERPRISE_NAME_BLANK, e.get("name").pos, "name", name);
        }
        DivisionCode province = Convert.division(e, "province", issues);
        if (province != null && province.level() != DivisionLevel.PROVINCE) {
            issues.add(ProblemCode.DIVISION_CODE_LEVEL, e.get("province").pos, "province", province.toString(),
                    "code", province.toString(), "level", province.level().name(),
                    "expected", DivisionLevel.PROVINCE.name());
        }
        DivisionCode city = Convert.division(e, "city", issues);
        Industry industry = Convert.enumValue(e, "industry", Industry.class, issues);
        Affiliation affiliation = Convert.enumValue(e, "affiliation", Affiliation.class, issues);
        ProductionStatus production = Convert.enumValue(e, "production", ProductionStatus.class, issues);
        Long employees = Convert.nonNegative(e, "employees", issues);
        Long laidOff = Convert.nonNegative(e, "laidOffWorkers", issues);
        if (creditCode != null && id != null && !creditCode.organizationCode().equals(id)) {
            issues.add(ProblemCode.ENTERPRISE_CREDIT_CODE_MISMATCH, e.get("creditCode").pos, "creditCode",
                    creditCode.toString(), "creditCode", creditCode.toString(), "id", id.toString());
        }
        if (id != null && !seen.add(id)) {
            issues.add(ProblemCode.ENTERPRISE_DUPLICATE_ID, e.get("id").pos, "id", id.toString(), "id", id.toString());
        }

        // The rules of one enterprise, on a probe with stand-ins for what failed; a rule about a
        // field that failed (or that it depends on) is not reported again.
        boolean provinceOk = province != null && !issues.failed("province");
        Enterprise probe = Enterprise.builder()
                .id(id != null ? id : STAND_IN_ID)
                .name("-")
                .province(provinceOk ? province : STAND_IN_PROVINCE)
                .city(city != null ? city : STAND_IN_PROVINCE)
                .industry(industry != null ? industry : Industry.OTHER)
                .affiliation(affiliation != null ? affiliation : Affiliation.LOCAL)
                .shougangExternal(bool(e, "shougangExternal"))
                .production(production != null ? production : ProductionStatus.NORMAL)
                .severeLoss(false)
                .employees(employees != null ? employees : 0)
                .laidOffWorkers(laidOff != null && employees != null ? laidOff : 0)
                .fundingBlindSpot(false)
                .incidentHistory(false)
                .hiddenRisk(false)
                .build();
        boolean placeOk = provinceOk && city != null;
        for (Violation v : EnterpriseRules.check(probe, divisions)) {
            String field = v.location().field().orElse("");
            boolean aboutPlace = field.equals("city") || field.equals("province");
            if ((aboutPlace && !placeOk) || issues.failed(field)) {
                continue;
            }
            issues.addLocated(v, e);
        }
        if (!issues.isEmpty()) {
            return null;
        }
        try {
            Enterprise.Builder b = Enterprise.builder()
                    .id(id)
                    .name(name)
                    .province(province)
                    .city(city)
                    .industry(industry)
                    .affiliation(affiliation)
                    .shougangExternal(bool(e, "shougangExternal"))
                    .production(production)
                    .severeLoss(bool(e, "severeLoss"))
                    .employees(employees)
                    .laidOffWorkers(laidOff)
                    .fundingBlindSpot(bool(e, "fundingBlindSpot"))
                    .incidentHistory(bool(e, "incidentHistory"))
                    .hiddenRisk(bool(e, "hiddenRisk"));
            if (creditCode != null) {
                b.creditCode(creditCode);
            }
            return b.build();
        } catch (InvalidValueException ex) {
            // Every invariant is checked above; this is a safety net, located at the element.
            issues.add(ex.code(), e.pos, null, null, flatten(ex));
            return null;
        }
    }

    private static boolean bool(Node e, String name) {
        Boolean b = e.bool(name);
        return b != null && b;
    }

    private static String[] flatten(InvalidValueException ex) {
        String[] out = new String[ex.arguments().size() * 2];
        int i = 0;
        for (var entry : ex.arguments().entrySet()) {
            out[i++] = entry.getKey();
            out[i++] = entry.getValue();
        }
        return out;
    }
}
