package io.github.baozhang.validation.internal;

import io.github.baozhang.problem.Location;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the location of a violation from Hibernate Validator's property path.
 *
 * <p>In a document ({@code enterprises[3].laidOffWorkers}), the location has a JSON pointer
 * from the document's root ({@code /enterprises/3/laidOffWorkers}) and the field below the
 * list element ({@code laidOffWorkers}). For a single value ({@code funds.plan.socialFen}), it
 * has the field only. This class is a stateless utility.
 */
public final class PathLocator {

    private PathLocator() {
    }

    /**
     * Returns the location of a path.
     *
     * @param path  the property path, not null
     * @param document  true if the validated root is a document, whose paths get a pointer
     * @return the location, {@link Location#none()} for the root itself, not null
     */
    public static Location locate(Path path, boolean document) {
        StringBuilder pointer = new StringBuilder();
        List<String> allNames = new ArrayList<>();
        List<String> namesInElement = new ArrayList<>();
        boolean inElement = false;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
                inElement = true;
                namesInElement.clear();
            }
            String name = node.getName();
            if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
                allNames.add(name);
                if (inElement) {
                    namesInElement.add(name);
                }
            }
        }
        List<String> fieldNames = document ? namesInElement : allNames;
        Location.Builder location = Location.builder();
        if (document && pointer.length() > 0) {
            location.pointer(pointer.toString());
        }
        if (!fieldNames.isEmpty()) {
            location.field(String.join(".", fieldNames));
        }
        return location.build();
    }
}
