package io.github.baozhang.adapter.json.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields an object of the interchange format may have: for each its JSON kind, whether it
 * is required, and for an object its own shape. The element parser keeps only what a shape
 * names, so an element costs memory in proportion to its known fields whatever it carries.
 *
 * <p>Immutable once built; thread-safe.
 */
final class Shape {

    /** The JSON kind a field holds, as the reader sees it. */
    enum Kind {
        /** A JSON string. */
        STRING("string"),
        /** An integer number of fen: no fraction, no exponent, in the signed 64-bit range. */
        MONEY("integer"),
        /** An integer count: no fraction, no exponent, in the signed 64-bit range. */
        COUNT("integer"),
        /** {@code true} or {@code false}. */
        BOOLEAN("boolean"),
        /** A JSON object of its own shape. */
        OBJECT("object"),
        /** A JSON array whose items are of one field spec. */
        ARRAY("array"),
        /** A JSON object of any keys whose values are strings (the arguments of an alert). */
        STRING_MAP("object");

        /** The JSON type name used in {@code JSON_TYPE} violations. */
        final String jsonType;

        Kind(String jsonType) {
            this.jsonType = jsonType;
        }
    }

    /**
     * One field: its kind, whether required, the shape of an object, and the spec of the items
     * of an array.
     */
    record Field(String name, Kind kind, boolean required, Shape shape, Field item) {
        Field(String name, Kind kind, boolean required, Shape shape) {
            this(name, kind, required, shape, null);
        }
    }

    private final Map<String, Field> fields;
    private final List<Field> required;

    private Shape(Map<String, Field> fields) {
        this.fields = Collections.unmodifiableMap(fields);
        List<Field> req = new ArrayList<>();
        for (Field f : fields.values()) {
            if (f.required()) {
                req.add(f);
            }
        }
        this.required = List.copyOf(req);
    }

    static Builder builder() {
        return new Builder();
    }

    Field field(String name) {
        return fields.get(name);
    }

    List<Field> required() {
        return required;
    }

    /** Builds a {@link Shape}, fields in interchange order. */
    static final class Builder {
        private final Map<String, Field> fields = new LinkedHashMap<>();

        Builder required(String name, Kind kind) {
            fields.put(name, new Field(name, kind, true, null));
            return this;
        }

        Builder optional(String name, Kind kind) {
            fields.put(name, new Field(name, kind, false, null));
            return this;
        }

        Builder required(String name, Shape shape) {
            fields.put(name, new Field(name, Kind.OBJECT, true, shape));
            return this;
        }

        Builder optional(String name, Shape shape) {
            fields.put(name, new Field(name, Kind.OBJECT, false, shape));
            return this;
        }

        /** A required array whose items are of a scalar kind. */
        Builder requiredArray(String name, Kind itemKind) {
            fields.put(name, new Field(name, Kind.ARRAY, true, null, new Field(name, itemKind, true, null)));
            return this;
        }

        /** A required array whose items are objects of a shape. */
        Builder requiredArray(String name, Shape itemShape) {
            fields.put(name, new Field(name, Kind.ARRAY, true, null, new Field(name, Kind.OBJECT, true, itemShape)));
            return this;
        }

        Shape build() {
            return new Shape(new LinkedHashMap<>(fields));
        }
    }
}
