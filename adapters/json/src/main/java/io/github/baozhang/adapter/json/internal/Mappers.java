package io.github.baozhang.adapter.json.internal;

import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Builds the mappers of the interchange format. */
public final class Mappers {

    /**
     * How documents are written: two spaces per level, {@code "name": value}, LF line ends on
     * every platform, {@code []} and {@code {}} when empty.
     */
    public static final PrettyPrinter PRINTER = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Mappers() {
    }

    /**
     * Returns a mapper for the interchange format with the given module: refuses unknown
     * properties, empty beans, trailing tokens, null for primitives and repeated keys; keeps
     * properties in declared (interchange) order; the readers' limits; no default typing; does
     * not close the streams it writes to.
     *
     * @param module  the module of the core values, not null
     * @return the mapper, not null
     */
    public static JsonMapper mapper(JacksonModule module) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(DocumentReader.MAX_DEPTH)
                        .maxNumberLength(DocumentReader.HARD_NUMBER_LENGTH)
                        .maxStringLength(DocumentReader.MAX_STRING_LENGTH)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(module)
                .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .defaultPrettyPrinter(PRINTER)
                .build();
    }
}
