package io.github.baozhang.adapter.json.internal;

import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A whole small document as a tree of located values, for the kinds that are one object rather
 * than a stream of elements (a province profile). Every value keeps its JSON pointer, line and
 * column; a number keeps its literal, so that a binder can refuse a fraction or an exponent. A key
 * repeated in any object stops the document ({@link DocumentError}), as does a tree of more than
 * {@link #MAX_NODES} values.
 *
 * <p>Immutable once read.
 */
final class Tree {

    /** The most values a tree document may hold: profiles are small; a bigger one is refused. */
    static final int MAX_NODES = 100_000;

    /** The JSON type of a value. */
    enum Type {
        OBJECT("object"), ARRAY("array"), STRING("string"), INTEGER("integer"), NUMBER("number"),
        BOOLEAN("boolean"), NULL("null");

        final String json;

        Type(String json) {
            this.json = json;
        }
    }

    final Type type;
    /** The string, the literal of a number, or {@code true}/{@code false}. */
    final String text;
    final Pos pos;
    /** The members of an object in document order, or empty. */
    final Map<String, Tree> members;
    /** The positions of the members' names, by name. */
    final Map<String, Pos> names;
    /** The items of an array, or empty. */
    final List<Tree> items;

    private Tree(Type type, String text, Pos pos, Map<String, Tree> members, Map<String, Pos> names, List<Tree> items) {
        this.type = type;
        this.text = text;
        this.pos = pos;
        this.members = members;
        this.names = names;
        this.items = items;
    }

    /**
     * Reads the value whose first token is current.
     *
     * @param p  the parser, its current token the value's first
     * @param pointer  the value's JSON pointer
     * @param document  the document's name, for a repeated key
     * @param count  the values read so far, one element; updated
     */
    static Tree read(JsonParser p, String pointer, String document, int[] count) {
        if (++count[0] > MAX_NODES) {
            throw new DocumentError(Issues.violation(document, ProblemCode.JSON_LIMIT_EXCEEDED,
                    ElementParser.pos(pointer, p.currentTokenLocation()), null, null,
                    "limit", "values", "max", Integer.toString(MAX_NODES)));
        }
        JsonToken t = p.currentToken();
        Pos pos = ElementParser.pos(pointer, p.currentTokenLocation());
        switch (t) {
            case START_OBJECT: {
                Map<String, Tree> members = new LinkedHashMap<>();
                Map<String, Pos> names = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    String child = Pos.child(pointer, name);
                    Pos namePos = ElementParser.pos(child, p.currentTokenLocation());
                    if (members.containsKey(name)) {
                        throw ElementParser.duplicate(document, namePos, null, name);
                    }
                    p.nextToken();
                    names.put(name, namePos);
                    members.put(name, read(p, child, document, count));
                }
                return new Tree(Type.OBJECT, null, pos, Collections.unmodifiableMap(members),
                        Collections.unmodifiableMap(names), List.of());
            }
            case START_ARRAY: {
                List<Tree> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, pointer + "/" + items.size(), document, count));
                }
                return new Tree(Type.ARRAY, null, pos, Map.of(), Map.of(), Collections.unmodifiableList(items));
            }
            case VALUE_STRING:
                return scalar(Type.STRING, p.getString(), pos);
            case VALUE_NUMBER_INT:
                return scalar(Type.INTEGER, p.getString(), pos);
            case VALUE_NUMBER_FLOAT:
                return scalar(Type.NUMBER, p.getString(), pos);
            case VALUE_TRUE:
                return scalar(Type.BOOLEAN, "true", pos);
            case VALUE_FALSE:
                return scalar(Type.BOOLEAN, "false", pos);
            case VALUE_NULL:
                return scalar(Type.NULL, "null", pos);
            default:
                throw new IllegalStateException("unexpected token for a value: " + t);
        }
    }

    private static Tree scalar(Type type, String text, Pos pos) {
        return new Tree(type, text, pos, Map.of(), Map.of(), List.of());
    }
}
