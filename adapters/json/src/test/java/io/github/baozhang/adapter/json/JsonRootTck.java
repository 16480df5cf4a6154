package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.tck.Corrupted;
import io.github.baozhang.adapter.tck.Corruptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corruptors the conformance kit applies to the kinds whose document is one record (a
 * calendar, a bulletin, a province profile): the record, at pointer {@code ""}, broken by an
 * unknown field, or by a required field of the wrong type or missing.
 */
final class JsonRootTck {

    private JsonRootTck() {
    }

    /**
     * Returns the corruptors of a one-record kind.
     *
     * @param required  required fields of the document other than {@code format}
     */
    static <T> List<Corruptor<T>> corruptors(List<String> required) {
        List<Corruptor<T>> out = new ArrayList<>();
        out.add(root(r -> r.put("tckUnknownField", true)));
        for (String field : required) {
            out.add(root(r -> r.put(field, true)));
            out.add(root(r -> r.remove(field)));
        }
        return List.copyOf(out);
    }

    private static <T> Corruptor<T> root(Consumer<ObjectNode> breaker) {
        return (values, document, index) -> {
            ObjectNode tree = (ObjectNode) InterchangeJson.mapper().readTree(document);
            breaker.accept(tree);
            return Optional.of(Corrupted.recordAtPointer(InterchangeJson.mapper().writeValueAsBytes(tree), ""));
        };
    }
}
