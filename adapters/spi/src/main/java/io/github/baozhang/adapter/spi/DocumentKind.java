package io.github.baozhang.adapter.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a document an adapter reads or writes, with its version:
 * {@code "baozhang/funding-cases@1"}, or a vendor's own such as {@code "acme/fixed-width@1"}.
 *
 * <p>The part before the slash names who defines the kind ({@code baozhang} for the interchange
 * format v1 and the national CSV); the part after it names the kind; the number after {@code @}
 * is its major version. This class is immutable and thread-safe.
 */
public final class DocumentKind implements Comparable<DocumentKind> {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]*/[a-z][a-z0-9-]*@[1-9][0-9]{0,3}");

    private final String name;

    private DocumentKind(String name) {
        this.name = name;
    }

    /**
     * Returns the kind of the given name.
     *
     * @param name  such as {@code "baozhang/enterprises@1"}, not null
     * @return the kind, not null
     * @throws IllegalArgumentException if the name is not {@code owner/kind@version} in lower case
     */
    public static DocumentKind of(String name) {
        Objects.requireNonNull(name, "name");
        if (!SHAPE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a document kind (owner/kind@version): " + name);
        }
        return new DocumentKind(name);
    }

    /**
     * Returns the full name, such as {@code "baozhang/enterprises@1"}.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the major version, the number after {@code @}.
     *
     * @return the version, 1 or more
     */
    public int version() {
        return Integer.parseInt(name.substring(name.indexOf('@') + 1));
    }

    @Override
    public int compareTo(DocumentKind other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DocumentKind && ((DocumentKind) obj).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
