package io.github.baozhang.adapter.json.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value of an element as the element parser kept it: a well-typed scalar or an object, with
 * where it stood. Values that were null, of the wrong type or unknown are not kept; their
 * violations are.
 */
final class Node {

    final Shape.Kind kind;
    /** The string, or the literal of a number. */
    final String text;
    final long number;
    final boolean bool;
    /** The fields of an object, by name, in document order; only the well-typed ones. */
    final Map<String, Node> fields;
    /** The items of an array, in order; null for an item that was not well-typed. */
    final List<Node> items;
    /** The names present in an object, valid or not. */
    final Set<String> present;
    final Pos pos;
    /** The field path, dotted ({@code received.socialFen}); empty for an element. */
    final String field;

    private Node(Shape.Kind kind, String text, long number, boolean bool, boolean object, Pos pos, String field) {
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.bool = bool;
        this.items = kind == Shape.Kind.ARRAY ? new ArrayList<>() : List.of();
        this.fields = object ? new LinkedHashMap<>() : Map.of();
        this.present = object ? new HashSet<>() : Set.of();
        this.pos = pos;
        this.field = field;
    }

    static Node string(String text, Pos pos, String field) {
        return new Node(Shape.Kind.STRING, text, 0, false, false, pos, field);
    }

    static Node number(Shape.Kind kind, String literal, long value, Pos pos, String field) {
        return new Node(kind, literal, value, false, false, pos, field);
    }

    static Node bool(boolean value, Pos pos, String field) {
        return new Node(Shape.Kind.BOOLEAN, null, 0, value, false, pos, field);
    }

    static Node object(Pos pos, String field) {
        return new Node(Shape.Kind.OBJECT, null, 0, false, true, pos, field);
    }

    static Node map(Pos pos, String field) {
        return new Node(Shape.Kind.STRING_MAP, null, 0, false, true, pos, field);
    }

    static Node array(Pos pos, String field) {
        return new Node(Shape.Kind.ARRAY, null, 0, false, false, pos, field);
    }

    /** Returns the well-typed field, or null. */
    Node get(String name) {
        return fields.get(name);
    }

    /** Returns whether the name was present, whatever its value. */
    boolean has(String name) {
        return present.contains(name);
    }

    String string(String name) {
        Node n = fields.get(name);
        return n == null ? null : n.text;
    }

    Long integer(String name) {
        Node n = fields.get(name);
        return n == null ? null : n.number;
    }

    Boolean bool(String name) {
        Node n = fields.get(name);
        return n == null ? null : n.bool;
    }

    Node object(String name) {
        return fields.get(name);
    }

    /**
     * Returns where a field path is, or where its nearest present ancestor is.
     *
     * @param path  dotted, relative to this node
     */
    Pos posOf(String path) {
        Node at = this;
        for (String part : path.split("\\.")) {
            Node next = at.fields.get(part);
            if (next == null) {
                return at.pos;
            }
            at = next;
        }
        return at.pos;
    }
}
