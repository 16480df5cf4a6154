package io.github.baozhang.adapter.json;

import io.github.baozhang.adapter.tck.Corrupted;
import io.github.baozhang.adapter.tck.Corruptor;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The corruptors the conformance kit applies to every interchange kind: one element of the
 * document's array broken in a way the reader must reject at that element's pointer.
 */
final class JsonTck {

    private JsonTck() {
    }

    /**
     * Returns the corruptors of a kind: an unknown field, a required string field of the wrong
     * type, and that field missing.
     *
     * @param array  the document's array ({@code enterprises}, {@code cases}, {@code reports})
     * @param requiredString  a required string field of its elements
     */
    static <T> List<Corruptor<T>> corruptors(String array, String requiredString) {
        return List.of(
                element(array, e -> e.put("tckUnknownField", true)),
                element(array, e -> e.put(requiredString, true)),
                element(array, e -> e.remove(requiredString)));
    }

    private static <T> Corruptor<T> element(String array, Consumer<ObjectNode> breaker) {
        return (values, document, index) -> {
            JsonNode tree = InterchangeJson.mapper().readTree(document);
            JsonNode element = tree.get(array).get(index);
            if (!(element instanceof ObjectNode)) {
                return Optional.empty();
            }
            breaker.accept((ObjectNode) element);
            return Optional.of(Corrupted.recordAtPointer(InterchangeJson.mapper().writeValueAsBytes(tree),
                    "/" + array + "/" + index));
        };
    }
}
