package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one element of a document from the token stream into a {@link Node}, against its
 * {@link Shape}: a well-typed known field is kept, anything else becomes a violation and is
 * skipped token by token (so an element costs memory in proportion to its known fields). A key
 * repeated in any object, known or not, stops the document ({@link DocumentError}).
 *
 * <p>Stateless; thread-safe.
 */
final class ElementParser {

    /** The longest number literal accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 32;

    private ElementParser() {
    }

    static Pos pos(String pointer, TokenStreamLocation loc) {
        return new Pos(pointer, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /**
     * Reads an object whose {@code START_OBJECT} is the current token.
     *
     * @param fieldPrefix  the dotted path of the object followed by a dot, or empty for an element
     */
    static Node readObject(JsonParser p, Shape shape, Pos pos, String field, String fieldPrefix,
            String document, Issues issues) {
        Node obj = Node.object(pos, field);
        Set<String> names = new HashSet<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Pos namePos = pos(Pos.child(pos.pointer(), name), p.currentTokenLocation());
            if (!names.add(name)) {
                throw duplicate(document, namePos, fieldPrefix + name, name);
            }
            String path = fieldPrefix + name;
            Shape.Field spec = shape.field(name);
            JsonToken v = p.nextToken();
            if (spec == null) {
                issues.add(ProblemCode.JSON_FIELD_UNKNOWN, namePos, path, null, "field", path);
                skip(p, v, document);
                continue;
            }
            obj.present.add(name);
            Pos valuePos = pos(namePos.pointer(), p.currentTokenLocation());
            Node n = readValue(p, v, spec, valuePos, path, document, issues);
            if (n != null) {
                obj.fields.put(name, n);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            // The parser guarantees a name or the end inside an object.
            throw new IllegalStateException("unexpected token in an object: " + t);
        }
        for (Shape.Field f : shape.required()) {
            if (!obj.present.contains(f.name())) {
                String path = fieldPrefix + f.name();
                issues.add(ProblemCode.JSON_FIELD_MISSING, pos, path, null, "field", path);
            }
        }
        return obj;
    }

    private static Node readValue(JsonParser p, JsonToken v, Shape.Field spec, Pos pos, String path,
            String document, Issues issues) {
        Shape.Kind kind = spec.kind();
        switch (v) {
            case VALUE_NULL:
                issues.add(ProblemCode.JSON_NULL, pos, path, "null");
                return null;
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: {
                String literal = p.getString();
                if (literal.length() > MAX_NUMBER_LENGTH) {
                    issues.add(ProblemCode.JSON_NUMBER_TOO_LONG, pos, path, literal,
                            "length", Integer.toString(literal.length()), "max", Integer.toString(MAX_NUMBER_LENGTH));
                    return null;
                }
                if (kind != Shape.Kind.MONEY && kind != Shape.Kind.COUNT) {
                    issues.add(ProblemCode.JSON_TYPE, pos, path, literal, "expected", kind.jsonType,
                            "actual", v == JsonToken.VALUE_NUMBER_INT ? "integer" : "number");
                    return null;
                }
                ProblemCode malformed = kind == Shape.Kind.MONEY ? ProblemCode.AMOUNT_MALFORMED
                        : ProblemCode.INTEGER_MALFORMED;
                if (v == JsonToken.VALUE_NUMBER_FLOAT) {
                    String reason = literal.indexOf('.') >= 0 ? "fraction" : "exponent";
                    issues.add(malformed, pos, path, literal, "value", literal, "reason", reason);
                    return null;
                }
                long value;
                try {
                    value = Long.parseLong(literal);
                } catch (NumberFormatException e) {
                    issues.add(malformed, pos, path, literal, "value", literal, "reason", "range");
                    return null;
                }
                return Node.number(kind, literal, value, pos, path);
            }
            case VALUE_STRING:
                if (kind != Shape.Kind.STRING) {
                    issues.add(ProblemCode.JSON_TYPE, pos, path, p.getString(), "expected", kind.jsonType, "actual", "string");
                    return null;
                }
                return Node.string(p.getString(), pos, path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                if (kind != Shape.Kind.BOOLEAN) {
                    issues.add(ProblemCode.JSON_TYPE, pos, path, p.getString(), "expected", kind.jsonType, "actual", "boolean");
                    return null;
                }
                return Node.bool(v == JsonToken.VALUE_TRUE, pos, path);
            case START_OBJECT:
                if (kind == Shape.Kind.STRING_MAP) {
                    return readMap(p, pos, path, document, issues);
                }
                if (kind != Shape.Kind.OBJECT) {
                    issues.add(ProblemCode.JSON_TYPE, pos, path, null, "expected", kind.jsonType, "actual", "object");
                    skip(p, v, document);
                    return null;
                }
                Node obj = readObject(p, spec.shape(), pos, path, path + ".", document, issues);
                return obj;
            case START_ARRAY:
                if (kind == Shape.Kind.ARRAY) {
                    return readArray(p, spec.item(), pos, path, document, issues);
                }
                issues.add(ProblemCode.JSON_TYPE, pos, path, null, "expected", kind.jsonType, "actual", "array");
                skip(p, v, document);
                return null;
            default:
                throw new IllegalStateException("unexpected token for a value: " + v);
        }
    }

    /**
     * Reads an array whose {@code START_ARRAY} is the current token, each item against the item
     * spec; an item's field path is {@code path[i]}.
     */
    private static Node readArray(JsonParser p, Shape.Field item, Pos pos, String path, String document,
            Issues issues) {
        Node array = Node.array(pos, path);
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String itemPath = path + "[" + index + "]";
            Pos itemPos = pos(Pos.child(pos.pointer(), Integer.toString(index)), p.currentTokenLocation());
            Node n;
            if (t == JsonToken.START_OBJECT && item.kind() == Shape.Kind.OBJECT) {
                n = readObject(p, item.shape(), itemPos, itemPath, itemPath + ".", document, issues);
            } else {
                n = readValue(p, t, item, itemPos, itemPath, document, issues);
            }
            array.items.add(n);
            index++;
        }
        return array;
    }

    /** Reads an object of any keys whose values must be strings; its {@code START_OBJECT} is current. */
    private static Node readMap(JsonParser p, Pos pos, String path, String document, Issues issues) {
        Node map = Node.map(pos, path);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            Pos namePos = pos(Pos.child(pos.pointer(), name), p.currentTokenLocation());
            if (map.present.contains(name)) {
                throw duplicate(document, namePos, path + "." + name, name);
            }
            map.present.add(name);
            JsonToken v = p.nextToken();
            Pos valuePos = pos(namePos.pointer(), p.currentTokenLocation());
            Node n = readValue(p, v, STRING_VALUE, valuePos, path + "." + name, document, issues);
            if (n != null) {
                map.fields.put(name, n);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unexpected token in an object: " + t);
        }
        return map;
    }

    private static final Shape.Field STRING_VALUE = new Shape.Field("", Shape.Kind.STRING, true, null);

    /**
     * Skips the value whose first token is current, looking for repeated keys in every object
     * inside it.
     */
    static void skip(JsonParser p, JsonToken first, String document) {
        if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
            return;
        }
        Deque<Set<String>> objects = new ArrayDeque<>();
        if (first == JsonToken.START_OBJECT) {
            objects.push(new HashSet<>());
        }
        int depth = 1;
        while (depth > 0) {
            JsonToken t = p.nextToken();
            switch (t) {
                case START_OBJECT:
                    depth++;
                    objects.push(new HashSet<>());
                    break;
                case START_ARRAY:
                    depth++;
                    break;
                case END_OBJECT:
                    depth--;
                    objects.pop();
                    break;
                case END_ARRAY:
                    depth--;
                    break;
                case PROPERTY_NAME:
                    if (!objects.peek().add(p.currentName())) {
                        String pointer = p.streamReadContext().pathAsPointer().toString();
                        throw duplicate(document, pos(pointer, p.currentTokenLocation()), null, p.currentName());
                    }
                    break;
                default:
                    break;
            }
        }
    }

    static DocumentError duplicate(String document, Pos pos, String field, String key) {
        return new DocumentError(Issues.violation(document, ProblemCode.JSON_DUPLICATE_KEY, pos, field, null,
                "key", key));
    }
}
