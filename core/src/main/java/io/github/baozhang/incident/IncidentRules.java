package io.github.baozhang.incident;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.Location;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of {@code baozhang/incidents@1} that a valid {@link Incident} may still break,
 * reported as violations at the interchange field that is wrong, and the findings of its
 * response. Pure functions.
 *
 * <p>Violations:
 * <ul>
 *   <li>{@link ProblemCode#INCIDENT_REPORTED_BEFORE_OCCURRED} at {@code reportedAt}: the report
 *       is dated before the occurrence. Reported at the same instant is allowed.</li>
 *   <li>{@link ProblemCode#INCIDENT_ON_SCENE_BEFORE_OCCURRED} at {@code provinceOnSceneAt}: the
 *       province is recorded on the scene before the incident occurred.</li>
 *   <li>In a document, {@link ProblemCode#INCIDENT_DUPLICATE_ID} at {@code id} for every repeated
 *       occurrence of an id.</li>
 * </ul>
 *
 * <p>Findings of the response ({@link #checkResponse}): the report was late by the
 * {@link UrgentReportClocks} ({@link ProblemCode#URGENT_REPORT_LATE}); a
 * {@link IncidentSeverity#MAJOR major} incident has no record of the provincial labour
 * department on the scene, which the notice (四(二)) requires at once
 * ({@link ProblemCode#PROVINCE_NOT_ON_SCENE}). Both have the incident id as subject.
 *
 * <p>This class is a stateless utility.
 */
public final class IncidentRules {

    private IncidentRules() {
    }

    /**
     * Checks the rules of one incident.
     *
     * @param incident  the incident, not null
     * @return the violations in the order above, unmodifiable, empty if none, not null
     */
    public static List<Violation> check(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        List<Violation> violations = new ArrayList<>(2);
        OffsetDateTime occurred = incident.occurredAt();
        if (incident.reportedAt().isBefore(occurred)) {
            violations.add(Violation.builder().code(ProblemCode.INCIDENT_REPORTED_BEFORE_OCCURRED)
                    .location(Location.ofField("reportedAt"))
                    .putArguments("occurredAt", occurred.toString())
                    .putArguments("reportedAt", incident.reportedAt().toString())
                    .build());
        }
        Optional<OffsetDateTime> onScene = incident.provinceOnSceneAt();
        if (onScene.isPresent() && onScene.get().isBefore(occurred)) {
            violations.add(Violation.builder().code(ProblemCode.INCIDENT_ON_SCENE_BEFORE_OCCURRED)
                    .location(Location.ofField("provinceOnSceneAt"))
                    .putArguments("occurredAt", occurred.toString())
                    .putArguments("provinceOnSceneAt", onScene.get().toString())
                    .build());
        }
        return List.copyOf(violations);
    }

    /**
     * Checks a document of incidents: the rules of each, located by pointer
     * {@code /incidents/INDEX/FIELD}, and every occurrence after the first of an id.
     *
     * @param incidents  the incidents in document order, not null, no null element
     * @return the violations in document order, unmodifiable, empty if none, not null
     */
    public static List<Violation> checkAll(List<Incident> incidents) {
        Objects.requireNonNull(incidents, "incidents");
        Set<String> seen = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            Incident incident = Objects.requireNonNull(incidents.get(i), "incident");
            if (!seen.add(incident.id())) {
                violations.add(Violation.builder().code(ProblemCode.INCIDENT_DUPLICATE_ID)
                        .location(Location.builder().pointer("/incidents/" + i + "/id").field("id").build())
                        .offendingValue(incident.id())
                        .putArguments("id", incident.id())
                        .build());
            }
            for (Violation v : check(incident)) {
                String field = v.location().field().orElseThrow();
                violations.add(v.withLocation(
                        Location.builder().pointer("/incidents/" + i + "/" + field).field(field).build()));
            }
        }
        return List.copyOf(violations);
    }

    /**
     * Checks the response to one incident: a late report, and a major incident without the
     * province on the scene.
     *
     * @param incident  the incident, not null
     * @param clocks  the urgent-report clocks, not null
     * @return the findings in the order above, unmodifiable, empty if none, not null
     */
    public static List<Finding> checkResponse(Incident incident, UrgentReportClocks clocks) {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(clocks, "clocks");
        List<Finding> findings = new ArrayList<>(2);
        clocks.checkReport(incident).ifPresent(findings::add);
        if (incident.severity() == IncidentSeverity.MAJOR && incident.provinceOnSceneAt().isEmpty()) {
            findings.add(Checks.finding(ProblemCode.PROVINCE_NOT_ON_SCENE, incident.id(),
                    "enterpriseId", incident.enterpriseId().toString()));
        }
        return List.copyOf(findings);
    }

    /**
     * Checks the response to every incident, in the order given.
     *
     * @param incidents  the incidents, not null, no null element
     * @param clocks  the urgent-report clocks, not null
     * @return the findings, unmodifiable, empty if none, not null
     */
    public static List<Finding> checkResponses(List<Incident> incidents, UrgentReportClocks clocks) {
        Objects.requireNonNull(incidents, "incidents");
        Objects.requireNonNull(clocks, "clocks");
        List<Finding> findings = new ArrayList<>();
        for (Incident incident : incidents) {
            findings.addAll(checkResponse(Objects.requireNonNull(incident, "incident"), clocks));
        }
        return List.copyOf(findings);
    }
}
