package io.github.baozhang.enterprise;

import io.github.baozhang.id.Gb2260;
import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The business rules of {@code baozhang/enterprises@1} that a valid {@link Enterprise} may still
 * break, reported as violations located at the interchange field that is wrong. Pure functions.
 *
 * <ul>
 *   <li>{@link ProblemCode#SHOUGANG_EXTERNAL_NOT_LOCAL} at {@code shougangExternal}: a Shougang
 *       external enterprise must be {@link Affiliation#LOCAL}.</li>
 *   <li>{@link ProblemCode#LAID_OFF_EXCEEDS_EMPLOYEES} at {@code laidOffWorkers}: more laid-off
 *       workers than employees.</li>
 *   <li>With a GB/T 2260 table, the city lies in the province
 *       ({@link Gb2260#checkCityInProvince}) at {@code city} — or at {@code province} when the
 *       table does not list the province.</li>
 *   <li>In a registry, {@link ProblemCode#ENTERPRISE_DUPLICATE_ID} at {@code id} for every
 *       repeated occurrence of an id.</li>
 * </ul>
 *
 * <p>This class is a stateless utility.
 */
public final class EnterpriseRules {

    private EnterpriseRules() {
    }

    /**
     * Checks the rules of one enterprise that need no table.
     *
     * @param enterprise  the enterprise, not null
     * @return the violations in the order above, unmodifiable, empty if none, not null
     */
    public static List<Violation> check(Enterprise enterprise) {
        Objects.requireNonNull(enterprise, "enterprise");
        List<Violation> violations = new ArrayList<>(2);
        if (enterprise.shougangExternal() && enterprise.affiliation() != Affiliation.LOCAL) {
            violations.add(Violation.builder().code(ProblemCode.SHOUGANG_EXTERNAL_NOT_LOCAL)
                    .location(Location.ofField("shougangExternal"))
                    .build());
        }
        if (enterprise.laidOffWorkers() > enterprise.employees()) {
            violations.add(Violation.builder().code(ProblemCode.LAID_OFF_EXCEEDS_EMPLOYEES)
                    .location(Location.ofField("laidOffWorkers"))
                    .putArguments("laidOffWorkers", Long.toString(enterprise.laidOffWorkers()))
                    .putArguments("employees", Long.toString(enterprise.employees()))
                    .build());
        }
        return List.copyOf(violations);
    }

    /**
     * Checks every rule of one enterprise, the city against the given GB/T 2260 revision.
     *
     * @param enterprise  the enterprise, not null
     * @param divisions  the revision to read the city and province against, not null
     * @return the violations, unmodifiable, empty if none, not null
     */
    public static List<Violation> check(Enterprise enterprise, Gb2260 divisions) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(divisions, "divisions");
        List<Violation> violations = new ArrayList<>(check(enterprise));
        Optional<Violation> city = divisions.checkCityInProvince(enterprise.city(), enterprise.province());
        if (city.isPresent()) {
            Violation v = city.get();
            boolean aboutProvince = v.code() == ProblemCode.DIVISION_CODE_UNKNOWN
                    && enterprise.province().toString().equals(v.arguments().get("code"));
            violations.add(v.withLocation(Location.ofField(aboutProvince ? "province" : "city")));
        }
        return List.copyOf(violations);
    }

    /**
     * Checks that each id appears once in a registry. Every occurrence after the first of an id
     * is a violation whose location names its index: pointer {@code /enterprises/INDEX/id},
     * field {@code id}.
     *
     * @param registry  the enterprises in registry order, not null, no null element
     * @return the violations in registry order, unmodifiable, empty if none, not null
     */
    public static List<Violation> checkRegistry(List<Enterprise> registry) {
        Objects.requireNonNull(registry, "registry");
        Set<OrganizationCode> seen = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < registry.size(); i++) {
            OrganizationCode id = Objects.requireNonNull(registry.get(i), "enterprise").id();
            if (!seen.add(id)) {
                violations.add(Violation.builder().code(ProblemCode.ENTERPRISE_DUPLICATE_ID)
                        .location(Location.builder().pointer("/enterprises/" + i + "/id").field("id").build())
                        .offendingValue(id.toString())
                        .putArguments("id", id.toString())
                        .build());
            }
        }
        return List.copyOf(violations);
    }
}
