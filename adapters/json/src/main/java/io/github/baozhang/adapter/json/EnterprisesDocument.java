package io.github.baozhang.adapter.json;

import io.github.baozhang.enterprise.Enterprise;
import java.util.List;

/**
 * A {@code baozhang/enterprises@1} document as a value: the registry of monitored enterprises
 * in document order. What the enterprises sink writes; the reader streams the same kind
 * enterprise by enterprise ({@link InterchangeJson#enterpriseReader()}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnterprisesDocument {

    private final List<Enterprise> enterprises;

    private EnterprisesDocument(List<Enterprise> enterprises) {
        this.enterprises = enterprises;
    }

    /**
     * Returns the document of the given enterprises.
     *
     * @param enterprises  the enterprises in document order, not null, no null element
     * @return the document, not null
     */
    public static EnterprisesDocument of(List<Enterprise> enterprises) {
        return new EnterprisesDocument(List.copyOf(enterprises));
    }

    /**
     * Returns the enterprises in document order.
     *
     * @return the enterprises, unmodifiable, not null
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof EnterprisesDocument && ((EnterprisesDocument) obj).enterprises.equals(enterprises);
    }

    @Override
    public int hashCode() {
        return enterprises.hashCode();
    }

    @Override
    public String toString() {
        return "EnterprisesDocument[" + enterprises.size() + " enterprises]";
    }
}
