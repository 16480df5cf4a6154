package io.github.baozhang.adapter.spi;

import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds adapter providers and answers which reader or sink serves a kind — the one place where
 * discovery happens, in the manner of SLF4J's {@code LoggerFactory}:
 * <ol>
 *   <li>An explicit choice comes first: {@link #of(Collection)} uses exactly the providers
 *       given; {@link #discover(ClassLoader, Collection)} keeps only the named ones (the system
 *       property {@value #PROVIDERS_PROPERTY} names them for {@link #discover()}, comma-separated).
 *       A named provider that is not installed is reported and discovery falls back to every
 *       provider found.</li>
 *   <li>Then {@link ServiceLoader}, on the module path ({@code provides … with …}) and the class
 *       path ({@code META-INF/services}).</li>
 *   <li>A provider that fails to load is reported and skipped; one built for an incompatible SPI
 *       version ({@link SpiVersion#isCompatible}) is reported and skipped; a duplicate name is
 *       reported and skipped.</li>
 *   <li>When several providers offer the same kind, the first by provider name serves it and
 *       the ambiguity is reported.</li>
 * </ol>
 * Problems are logged through SLF4J at WARN and kept, with their catalogue codes, in
 * {@link #problems()}. Discovery never throws because of a provider.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Adapters {

    /** The system property that names the providers to use, comma-separated. */
    public static final String PROVIDERS_PROPERTY = "baozhang.adapter.providers";

    private static final Logger LOG = LoggerFactory.getLogger(Adapters.class);
    private static final String SUBJECT = "adapters";

    private final List<AdapterProvider> providers;
    private final Map<DocumentKind, List<FeedReader<?>>> readers;
    private final Map<String, List<ReportSink<?>>> sinks;
    private final List<Finding> problems;

    private Adapters(List<AdapterProvider> candidates, List<Finding> problems) {
        List<Finding> found = new ArrayList<>(problems);
        Map<String, AdapterProvider> byName = new TreeMap<>();
        for (AdapterProvider p : candidates) {
            String name;
            String version;
            try {
                name = Objects.requireNonNull(p.name(), "name");
                version = Objects.requireNonNull(p.spiVersion(), "spiVersion");
            } catch (RuntimeException e) {
                found.add(problem(ProblemCode.ADAPTER_LOAD_FAILED, "provider", p.getClass().getName(),
                        "reason", String.valueOf(e)));
                continue;
            }
            if (!SpiVersion.isCompatible(version)) {
                found.add(problem(ProblemCode.ADAPTER_SPI_INCOMPATIBLE, "provider", name,
                        "spiVersion", version, "supported", SpiVersion.CURRENT));
            } else if (byName.containsKey(name)) {
                found.add(problem(ProblemCode.ADAPTER_DUPLICATE_NAME, "provider", name));
            } else {
                byName.put(name, p);
            }
        }
        this.providers = List.copyOf(byName.values());
        Map<DocumentKind, List<FeedReader<?>>> r = new TreeMap<>();
        Map<String, List<ReportSink<?>>> s = new TreeMap<>();
        Map<String, List<String>> offeredBy = new TreeMap<>();
        for (AdapterProvider p : this.providers) {
            try {
                for (FeedReader<?> reader : p.readers()) {
                    r.computeIfAbsent(reader.kind(), k -> new ArrayList<>()).add(reader);
                    offeredBy.computeIfAbsent("reader " + reader.kind(), k -> new ArrayList<>()).add(p.name());
                }
                for (ReportSink<?> sink : p.sinks()) {
                    s.computeIfAbsent(sinkKey(sink.kind(), sink.format()), k -> new ArrayList<>()).add(sink);
                    offeredBy.computeIfAbsent("sink " + sinkKey(sink.kind(), sink.format()), k -> new ArrayList<>())
                            .add(p.name());
                }
            } catch (RuntimeException | LinkageError e) {
                found.add(problem(ProblemCode.ADAPTER_LOAD_FAILED, "provider", p.name(), "reason", String.valueOf(e)));
            }
        }
        offeredBy.forEach((what, names) -> {
            if (names.size() > 1) {
                found.add(problem(ProblemCode.ADAPTER_AMBIGUOUS, "kind", what,
                        "providers", String.join(",", names), "chosen", names.get(0)));
            }
        });
        this.readers = unmodifiable(r);
        this.sinks = unmodifiable(s);
        this.problems = List.copyOf(found);
        for (Finding f : this.problems) {
            LOG.warn("Adapter discovery: {} {}", f.code().code(), f.arguments());
        }
    }

    private static <K, V> Map<K, List<V>> unmodifiable(Map<K, List<V>> map) {
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    private static String sinkKey(DocumentKind kind, String format) {
        return kind + " as " + format;
    }

    private static Finding problem(ProblemCode code, String... namesAndValues) {
        Map<String, String> args = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            args.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Finding.of(code, SUBJECT, args);
    }

    /**
     * Uses exactly the given providers, without looking anything up: the explicit choice.
     *
     * @param providers  the providers, not null
     * @return the adapters, not null
     */
    public static Adapters of(Collection<? extends AdapterProvider> providers) {
        return new Adapters(List.copyOf(providers), List.of());
    }

    /**
     * Discovers providers with the context class loader, honouring the system property
     * {@value #PROVIDERS_PROPERTY}.
     *
     * @return the adapters, not null
     */
    public static Adapters discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        String property = System.getProperty(PROVIDERS_PROPERTY, "");
        List<String> names = property.isBlank() ? List.of()
                : java.util.Arrays.stream(property.split(",")).map(String::trim).filter(n -> !n.isEmpty())
                        .collect(Collectors.toList());
        return discover(loader != null ? loader : Adapters.class.getClassLoader(), names);
    }

    /**
     * Discovers providers with {@link ServiceLoader}, keeping only the named ones when names are
     * given.
     *
     * @param loader  the class loader to search, not null
     * @param names  the providers to keep; empty for all, not null
     * @return the adapters, not null
     */
    public static Adapters discover(ClassLoader loader, Collection<String> names) {
        Objects.requireNonNull(loader, "loader");
        Set<String> wanted = new TreeSet<>(names);
        List<Finding> problems = new ArrayList<>();
        List<AdapterProvider> found = new ArrayList<>();
        java.util.Iterator<AdapterProvider> it = ServiceLoader.load(AdapterProvider.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                problems.add(problem(ProblemCode.ADAPTER_LOAD_FAILED, "provider", "?", "reason", String.valueOf(e)));
            }
        }
        found.sort(Comparator.comparing(p -> p.getClass().getName()));
        if (!wanted.isEmpty()) {
            List<AdapterProvider> chosen = new ArrayList<>();
            for (AdapterProvider p : found) {
                if (wanted.contains(safeName(p))) {
                    chosen.add(p);
                }
            }
            Set<String> missing = new TreeSet<>(wanted);
            chosen.forEach(p -> missing.remove(safeName(p)));
            missing.forEach(m -> problems.add(problem(ProblemCode.ADAPTER_NOT_FOUND, "provider", m)));
            if (missing.isEmpty()) {
                found = chosen;
            }
        }
        return new Adapters(found, problems);
    }

    private static String safeName(AdapterProvider p) {
        try {
            return p.name();
        } catch (RuntimeException e) {
            return p.getClass().getName();
        }
    }

    /**
     * Returns the providers in use, ordered by name.
     *
     * @return the providers, unmodifiable, not null
     */
    public List<AdapterProvider> providers() {
        return providers;
    }

    /**
     * Returns what went wrong during discovery: providers that failed to load, incompatible
     * SPI versions, duplicate names, ambiguities, explicit choices not found.
     *
     * @return the problems, unmodifiable, not null
     */
    public List<Finding> problems() {
        return problems;
    }

    /**
     * Returns the kinds some reader can read.
     *
     * @return the kinds, in name order, not null
     */
    public Set<DocumentKind> readableKinds() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(readers.keySet()));
    }

    /**
     * Returns the reader of a kind: the one of the first provider by name that offers it.
     *
     * @param kind  the kind, not null
     * @return the reader, or empty if none reads this kind
     */
    public Optional<FeedReader<?>> reader(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<FeedReader<?>> candidates = readers.get(kind);
        return candidates == null ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /**
     * Returns the reader of a kind whose values are of the given type.
     *
     * @param <T>  the value type
     * @param kind  the kind, not null
     * @param type  the value type, not null
     * @return the reader, or empty if none reads this kind into this type
     */
    @SuppressWarnings("unchecked") // checked against valueType()
    public <T> Optional<FeedReader<T>> reader(DocumentKind kind, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return reader(kind).filter(r -> type.equals(r.valueType())).map(r -> (FeedReader<T>) r);
    }

    /**
     * Returns the sink that writes values of a kind in a format.
     *
     * @param <T>  the value type
     * @param kind  the kind, not null
     * @param format  the format, such as {@code "json"}, not null
     * @param type  the value type, not null
     * @return the sink, or empty if none writes this kind in this format
     */
    @SuppressWarnings("unchecked") // checked against valueType()
    public <T> Optional<ReportSink<T>> sink(DocumentKind kind, String format, Class<T> type) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(type, "type");
        List<ReportSink<?>> candidates = sinks.get(sinkKey(kind, format));
        if (candidates == null || !type.equals(candidates.get(0).valueType())) {
            return Optional.empty();
        }
        return Optional.of((ReportSink<T>) candidates.get(0));
    }
}
