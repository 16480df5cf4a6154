package io.github.baozhang.adapter.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** An element of a document as raw JSON values by field, to change one field at a time. */
final class Elements {

    private final LinkedHashMap<String, String> fields = new LinkedHashMap<>();

    private Elements() {
    }

    static Elements of(String... namesAndRawValues) {
        Elements e = new Elements();
        for (int i = 0; i < namesAndRawValues.length; i += 2) {
            e.fields.put(namesAndRawValues[i], namesAndRawValues[i + 1]);
        }
        return e;
    }

    Elements with(String name, String raw) {
        Elements e = copy();
        e.fields.put(name, raw);
        return e;
    }

    Elements without(String name) {
        Elements e = copy();
        e.fields.remove(name);
        return e;
    }

    private Elements copy() {
        Elements e = new Elements();
        e.fields.putAll(fields);
        return e;
    }

    @Override
    public String toString() {
        return fields.entrySet().stream().map(en -> "\"" + en.getKey() + "\": " + en.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** The 1-based column of the value of a field in {@link #toString()} (its element on a line of its own). */
    long columnOf(String name) {
        String text = toString();
        return text.indexOf("\"" + name + "\": ") + name.length() + 5;
    }

    /** The 1-based column of a field's name. */
    long columnOfName(String name) {
        return toString().indexOf("\"" + name + "\": ") + 1;
    }

    Map<String, String> fields() {
        return fields;
    }

    /** A document of the given kind and array with these elements, one per line from line 2. */
    static String document(String kind, String array, Elements... elements) {
        StringBuilder sb = new StringBuilder("{\"format\": \"" + kind + "\", \"" + array + "\": [\n");
        for (int i = 0; i < elements.length; i++) {
            sb.append(elements[i]).append(i + 1 < elements.length ? ",\n" : "\n");
        }
        return sb.append("]}").toString();
    }
}
