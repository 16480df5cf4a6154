package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.id.OrganizationCode;
import io.github.baozhang.incident.Incident;
import io.github.baozhang.incident.IncidentRules;
import io.github.baozhang.incident.IncidentSeverity;
import io.github.baozhang.incident.IncidentStatus;
import io.github.baozhang.problem.InvalidValueException;
import io.github.baozhang.problem.ProblemCode;
import io.github.baozhang.problem.Violation;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Binds an element of {@code baozhang/incidents@1} to an {@link Incident}: types and forms, the
 * id and the cause not blank ({@link ProblemCode#TEXT_BLANK}), participants zero or more; then
 * {@link IncidentRules#check} (reported or on the scene before it occurred); and an id seen
 * earlier in the same document is {@link ProblemCode#INCIDENT_DUPLICATE_ID} (memory grows with
 * the ids of one document).
 *
 * <p>One binder per read: it remembers the ids of the read.
 */
final class IncidentBinder implements Binder<Incident> {

    static final Shape SHAPE = Shape.builder()
            .required("id", Shape.Kind.STRING)
            .required("enterpriseId", Shape.Kind.STRING)
            .required("occurredAt", Shape.Kind.STRING)
            .required("reportedAt", Shape.Kind.STRING)
            .required("participants", Shape.Kind.COUNT)
            .required("cause", Shape.Kind.STRING)
            .required("severity", Shape.Kind.STRING)
            .optional("provinceOnSceneAt", Shape.Kind.STRING)
            .required("status", Shape.Kind.STRING)
            .build();

    private final Set<String> seen;

    /** A binder that finds repeated ids ({@code seen} non-null) or not. */
    IncidentBinder(boolean findRepeats) {
        this.seen = findRepeats ? new HashSet<>() : null;
    }

    @Override
    public Incident bind(Node e, Issues issues) {
        String id = text(e, "id", issues);
        OrganizationCode enterpriseId = Convert.organizationCode(e, "enterpriseId", issues);
        OffsetDateTime occurredAt = Convert.instant(e, "occurredAt", issues);
        OffsetDateTime reportedAt = Convert.instant(e, "reportedAt", issues);
        Long participants = Convert.nonNegative(e, "participants", issues);
        String cause = text(e, "cause", issues);
        IncidentSeverity severity = Convert.enumValue(e, "severity", IncidentSeverity.class, issues);
        OffsetDateTime onScene = Convert.instant(e, "provinceOnSceneAt", issues);
        IncidentStatus status = Convert.enumValue(e, "status", IncidentStatus.class, issues);
        if (seen != null && id != null && !seen.add(id)) {
            issues.add(ProblemCode.INCIDENT_DUPLICATE_ID, e.get("id").pos, "id", id, "id", Issues.cut(id));
        }
        if (occurredAt != null) {
            // The rules across the instants, each only when the instants it compares were read.
            Incident probe = Incident.builder().id("-").enterpriseId(OrganizationCode.parse("D2143569X"))
                    .occurredAt(occurredAt).reportedAt(reportedAt != null ? reportedAt : occurredAt)
                    .participants(0).cause("-").severity(IncidentSeverity.GENERAL)
                    .provinceOnSceneAt(Optional.ofNullable(onScene)).status(IncidentStatus.OPEN).build();
            for (Violation v : IncidentRules.check(probe)) {
                if (!issues.failed(v.location().field().orElse(""))) {
                    issues.addLocated(v, e);
                }
            }
        }
        if (!issues.isEmpty()) {
            return null;
        }
        try {
            return Incident.builder()
                    .id(id)
                    .enterpriseId(enterpriseId)
                    .occurredAt(occurredAt)
                    .reportedAt(reportedAt)
                    .participants(participants)
                    .cause(cause)
                    .severity(severity)
                    .provinceOnSceneAt(Optional.ofNullable(onScene))
                    .status(status)
                    .build();
        } catch (InvalidValueException ex) {
            // Every invariant is checked above; this is a safety net, located at the element.
            issues.add(ex.code(), e.pos, null, null);
            return null;
        }
    }

    /** Returns a text that must not be blank; a blank one is {@link ProblemCode#TEXT_BLANK}. */
    static String text(Node e, String name, Issues issues) {
        Node n = e.get(name);
        if (n == null) {
            return null;
        }
        if (n.text.isBlank()) {
            issues.add(ProblemCode.TEXT_BLANK, n.pos, n.field, n.text, "field", n.field);
            return null;
        }
        return n.text;
    }
}
