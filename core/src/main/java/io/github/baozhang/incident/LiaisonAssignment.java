package io.github.baozhang.incident;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A member of staff named to keep in regular touch with a monitored enterprise (定期联系,
 * notice 三(三): 确定专门人员经常深入企业): the enterprise, the person, the unit they work for
 * and their role there.
 *
 * <p>The staff name is personal data: {@link #toString()} masks it as the public list does
 * (王*, 王*国, 欧**锋); {@link #staffName()} returns it in full.
 *
 * <p>Invariant: the staff name, the unit and the role are not blank
 * ({@link ProblemCode#TEXT_BLANK}, thrown as
 * {@link io.github.baozhang.problem.InvalidValueException} by the builder).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations have CLASS retention and are not API
public abstract class LiaisonAssignment {

    LiaisonAssignment() {
    }

    /**
     * Returns an assignment.
     *
     * @param enterpriseId  the enterprise, not null
     * @param staffName  the person's name, not blank, not null
     * @param unit  the unit the person works for, such as a city labour bureau, not blank, not null
     * @param role  the person's role, such as liaison officer, not blank, not null
     * @return the assignment, not null
     * @throws io.github.baozhang.problem.InvalidValueException with
     *     {@link ProblemCode#TEXT_BLANK} if a text is blank
     */
    public static LiaisonAssignment of(OrganizationCode enterpriseId, String staffName, String unit, String role) {
        return ImmutableLiaisonAssignment.builder()
                .enterpriseId(enterpriseId).staffName(staffName).unit(unit).role(role).build();
    }

    /**
     * Returns the enterprise the person keeps in touch with.
     *
     * @return the enterprise id, not null
     */
    public abstract OrganizationCode enterpriseId();

    /**
     * Returns the person's name: personal data.
     *
     * @return the name, not blank, not null
     */
    public abstract String staffName();

    /**
     * Returns the unit the person works for, such as the city's labour bureau.
     *
     * @return the unit, not blank, not null
     */
    public abstract String unit();

    /**
     * Returns the person's role, such as liaison officer (联络员).
     *
     * @return the role, not blank, not null
     */
    public abstract String role();

    /**
     * Checks that each monitored enterprise has at least one liaison: for each enterprise, in the
     * order given and once each, that has none, the finding {@link ProblemCode#LIAISON_UNASSIGNED}
     * with the enterprise id as subject. Assignments to other enterprises are ignored.
     *
     * @param enterprises  the monitored enterprises, not null, no null element
     * @param assignments  the assignments, not null, no null element
     * @return the findings, unmodifiable, empty if none, not null
     */
    public static List<Finding> checkAssigned(Collection<OrganizationCode> enterprises,
            Collection<LiaisonAssignment> assignments) {
        Objects.requireNonNull(enterprises, "enterprises");
        Objects.requireNonNull(assignments, "assignments");
        Set<OrganizationCode> assigned = new HashSet<>();
        for (LiaisonAssignment a : assignments) {
            assigned.add(Objects.requireNonNull(a, "assignment").enterpriseId());
        }
        List<Finding> findings = new ArrayList<>();
        for (OrganizationCode id : new LinkedHashSet<>(enterprises)) {
            if (!assigned.contains(Objects.requireNonNull(id, "enterprise"))) {
                findings.add(Checks.finding(ProblemCode.LIAISON_UNASSIGNED, id.toString()));
            }
        }
        return List.copyOf(findings);
    }

    @Value.Check
    void check() {
        Checks.requireText(staffName(), "staffName");
        Checks.requireText(unit(), "unit");
        Checks.requireText(role(), "role");
    }

    /**
     * Returns the assignment with the staff name masked, such as
     * {@code LiaisonAssignment{enterpriseId=D2143569X, staffName=王*国, unit=…, role=…}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "LiaisonAssignment{enterpriseId=" + enterpriseId() + ", staffName=" + Checks.maskName(staffName())
                + ", unit=" + unit() + ", role=" + role() + "}";
    }
}
