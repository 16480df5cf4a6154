/**
 * The JSON interchange format v1 of Baozhang: a Jackson 3 module for the core values
 * ({@link io.github.baozhang.adapter.json.BaozhangJsonModule}), strict streaming readers and
 * sinks for the interchange kinds, and their JSON Schemas (in the jar under
 * {@code io/github/baozhang/adapter/json/schema/}).
 */
module io.github.baozhang.adapter.json {
    requires transitive io.github.baozhang.core;
    requires transitive io.github.baozhang.adapter.spi;
    requires transitive tools.jackson.databind;
    requires tools.jackson.core;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;

    exports io.github.baozhang.adapter.json;

    // Jackson reads the mix-ins' annotations and calls their serializers reflectively.
    opens io.github.baozhang.adapter.json.internal to tools.jackson.databind;

    provides io.github.baozhang.adapter.spi.AdapterProvider
            with io.github.baozhang.adapter.json.JsonAdapterProvider;
    provides tools.jackson.databind.JacksonModule
            with io.github.baozhang.adapter.json.BaozhangJsonModule;
}
