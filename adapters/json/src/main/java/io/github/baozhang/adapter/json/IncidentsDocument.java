package io.github.baozhang.adapter.json;

import io.github.baozhang.incident.Incident;
import java.util.List;

/**
 * A {@code baozhang/incidents@1} document as a value: incidents in document order. What the
 * incidents sink writes; the reader streams the same kind incident by incident
 * ({@link InterchangeJson#incidentReader()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IncidentsDocument {

    private final List<Incident> incidents;

    private IncidentsDocument(List<Incident> incidents) {
        this.incidents = incidents;
    }

    /**
     * Returns the document of the given incidents.
     *
     * @param incidents  the incidents in document order, not null, no null element
     * @return the document, not null
     */
    public static IncidentsDocument of(List<Incident> incidents) {
        return new IncidentsDocument(List.copyOf(incidents));
    }

    /**
     * Returns the incidents in document order.
     *
     * @return the incidents, unmodifiable, not null
     */
    public List<Incident> incidents() {
        return incidents;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IncidentsDocument && ((IncidentsDocument) obj).incidents.equals(incidents);
    }

    @Override
    public int hashCode() {
        return incidents.hashCode();
    }

    @Override
    public String toString() {
        return "IncidentsDocument[" + incidents.size() + " incidents]";
    }
}
