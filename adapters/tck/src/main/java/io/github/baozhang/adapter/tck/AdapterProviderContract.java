package io.github.baozhang.adapter.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.baozhang.adapter.spi.AdapterProvider;
import io.github.baozhang.adapter.spi.Adapters;
import io.github.baozhang.adapter.spi.DocumentKind;
import io.github.baozhang.adapter.spi.FeedReader;
import io.github.baozhang.adapter.spi.ReportSink;
import io.github.baozhang.adapter.spi.SpiVersion;
import io.github.baozhang.problem.Finding;
import io.github.baozhang.problem.ProblemCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for an {@link AdapterProvider}: its discovery. Extend it once per provider
 * and say what the provider claims:
 *
 * <pre>{@code
 * class AcmeProviderTckTest extends AdapterProviderContract {
 *     protected AdapterProvider provider() { return new AcmeAdapterProvider(); }
 *     protected Set<DocumentKind> readerKinds() { return Set.of(FixedWidthWorkerRowReader.KIND); }
 *     protected Set<DocumentKind> sinkKinds() { return Set.of(FixedWidthWorkerRowReader.KIND); }
 * }
 * }</pre>
 *
 * <p>What is checked: {@link Adapters#discover()} finds the provider through
 * {@link java.util.ServiceLoader} — from {@code provides} in {@code module-info.java} when the
 * tests run on the module path, from {@code META-INF/services} on the class path — and an
 * explicit choice by its name keeps it alone; it has a public no-argument constructor; its name
 * can be named in {@value Adapters#PROVIDERS_PROPERTY}; it states an SPI version this SPI
 * supports; its readers and sinks are of exactly the kinds it claims, one reader per kind and one
 * sink per kind and format; {@link Adapters} serves each kind with them; discovery reports no
 * problem about it; and it is registered both ways: a {@code META-INF/services} entry and, when
 * the module has a {@code module-info.class}, a {@code provides} clause.
 */
public abstract class AdapterProviderContract {

    private static final String SERVICE_FILE = "META-INF/services/" + AdapterProvider.class.getName();

    /** Creates the contract; subclasses have a no-argument constructor. */
    protected AdapterProviderContract() {
    }

    /**
     * Returns a new instance of the provider under test, as ServiceLoader would make it.
     *
     * @return the provider, not null
     */
    protected abstract AdapterProvider provider();

    /**
     * Returns the kinds the provider claims to read.
     *
     * @return the kinds, not null
     */
    protected abstract Set<DocumentKind> readerKinds();

    /**
     * Returns the kinds the provider claims to write, in any format.
     *
     * @return the kinds, not null
     */
    protected abstract Set<DocumentKind> sinkKinds();

    /**
     * Returns whether the provider may offer kinds beyond those claimed. The default, false,
     * requires exactly the claimed kinds; an adapter whose list of kinds grows elsewhere (and is
     * pinned by its own tests) may return true to check only that every claimed kind is offered.
     *
     * @return true to allow kinds beyond the claimed ones
     */
    protected boolean offersMoreThanClaimed() {
        return false;
    }

    /**
     * Returns the class loader discovery searches: by default the one that loaded the provider,
     * which on the module path sees every module of the boot layer.
     *
     * @return the loader, not null
     */
    protected ClassLoader loader() {
        ClassLoader l = provider().getClass().getClassLoader();
        return l != null ? l : ClassLoader.getSystemClassLoader();
    }

    private Optional<AdapterProvider> discovered(Adapters adapters) {
        Class<?> type = provider().getClass();
        return adapters.providers().stream().filter(p -> p.getClass() == type).findFirst();
    }

    /** ServiceLoader finds the provider, and an explicit choice by its name keeps it alone. */
    @Test
    public void discoveryFindsTheProvider() {
        Adapters all = Adapters.discover(loader(), List.of());
        assertTrue(discovered(all).isPresent(), () -> provider().getClass().getName() + " not found by discovery in "
                + (provider().getClass().getModule().isNamed() ? "module " + provider().getClass().getModule().getName()
                        : "the class path") + "; found " + all.providers() + ", problems " + all.problems());
        String name = provider().name();
        Adapters chosen = Adapters.discover(loader(), List.of(name));
        assertEquals(List.of(provider().getClass()),
                chosen.providers().stream().map(Object::getClass).collect(Collectors.toList()),
                "an explicit choice of " + name);
        assertFalse(chosen.problems().stream().anyMatch(f -> f.code() == ProblemCode.ADAPTER_NOT_FOUND), chosen.problems()::toString);
    }

    /** Discovery reports no failure, incompatibility or duplicate about this provider. */
    @Test
    public void discoveryReportsNoProblemAboutTheProvider() {
        Set<ProblemCode> serious = EnumSet.of(ProblemCode.ADAPTER_LOAD_FAILED, ProblemCode.ADAPTER_SPI_INCOMPATIBLE,
                ProblemCode.ADAPTER_DUPLICATE_NAME);
        String name = provider().name();
        String type = provider().getClass().getName();
        List<Finding> mine = new ArrayList<>();
        for (Finding f : Adapters.discover(loader(), List.of()).problems()) {
            String about = f.arguments().getOrDefault("provider", "");
            String reason = f.arguments().getOrDefault("reason", "");
            if (serious.contains(f.code()) && (about.equals(name) || about.equals(type) || reason.contains(type))) {
                mine.add(f);
            }
        }
        assertEquals(List.of(), mine, "discovery problems about " + name);
    }

    /**
     * The provider is a public class with a public no-argument constructor, as ServiceLoader
     * needs, and a new instance says the same as this one.
     *
     * @throws ReflectiveOperationException if it has no such constructor
     */
    @Test
    public void theProviderHasAPublicNoArgumentConstructor() throws ReflectiveOperationException {
        Class<? extends AdapterProvider> type = provider().getClass();
        assertTrue(Modifier.isPublic(type.getModifiers()), type + " is public");
        assertFalse(Modifier.isAbstract(type.getModifiers()), type + " is not abstract");
        AdapterProvider fresh = type.getConstructor().newInstance();
        assertEquals(provider().name(), fresh.name());
        assertEquals(provider().spiVersion(), fresh.spiVersion());
    }

    /** The name is not blank and can be named in the comma-separated system property. */
    @Test
    public void theNameCanBeChosenExplicitly() {
        String name = provider().name();
        assertNotNull(name, "name()");
        assertFalse(name.isBlank(), "name() is blank");
        assertEquals(name.trim(), name, "name() has surrounding white space");
        assertFalse(name.contains(","), "name() contains a comma, the separator of " + Adapters.PROVIDERS_PROPERTY);
    }

    /** The provider states an SPI version that this SPI supports. */
    @Test
    public void theProviderStatesASupportedSpiVersion() {
        String version = provider().spiVersion();
        assertNotNull(version, "spiVersion()");
        assertTrue(SpiVersion.isCompatible(version),
                () -> "spiVersion() " + version + " is not supported by SPI " + SpiVersion.CURRENT);
    }

    /** The readers and sinks are of exactly the kinds claimed, one per kind (and format). */
    @Test
    public void theKindsAreWhatTheProviderClaims() {
        AdapterProvider p = provider();
        List<DocumentKind> read = new ArrayList<>();
        for (FeedReader<?> r : p.readers()) {
            assertNotNull(r.kind(), "a reader's kind()");
            assertNotNull(r.valueType(), "a reader's valueType()");
            read.add(r.kind());
        }
        assertKinds(readerKinds(), read, "reader kinds");
        assertEquals(read.size(), new TreeSet<>(read).size(), "one reader per kind: " + read);
        List<String> written = new ArrayList<>();
        Set<DocumentKind> sinkKinds = new TreeSet<>();
        for (ReportSink<?> s : p.sinks()) {
            assertNotNull(s.kind(), "a sink's kind()");
            assertNotNull(s.format(), "a sink's format()");
            assertNotNull(s.valueType(), "a sink's valueType()");
            written.add(s.kind() + " as " + s.format());
            sinkKinds.add(s.kind());
        }
        assertKinds(sinkKinds(), sinkKinds, "sink kinds");
        assertEquals(written.size(), new TreeSet<>(written).size(), "one sink per kind and format: " + written);
    }

    private void assertKinds(Set<DocumentKind> claimed, java.util.Collection<DocumentKind> offered, String what) {
        Set<DocumentKind> offeredSet = new TreeSet<>(offered);
        if (offersMoreThanClaimed()) {
            assertTrue(offeredSet.containsAll(claimed), () -> what + ": claimed " + new TreeSet<>(claimed) + ", offered " + offeredSet);
        } else {
            assertEquals(new TreeSet<>(claimed), offeredSet, what);
        }
    }

    /** With this provider alone, {@link Adapters} serves every kind it claims with its readers and sinks. */
    @Test
    public void adaptersServeTheClaimedKinds() {
        AdapterProvider p = provider();
        Adapters alone = Adapters.of(List.of(p));
        assertEquals(List.of(), alone.problems(), "problems with this provider alone");
        for (FeedReader<?> r : p.readers()) {
            Optional<?> served = alone.reader(r.kind(), r.valueType());
            assertTrue(served.isPresent(), () -> "no reader served for " + r.kind());
        }
        for (ReportSink<?> s : p.sinks()) {
            assertTrue(alone.sink(s.kind(), s.format(), s.valueType()).isPresent(), () -> "no sink served for " + s.kind());
        }
    }

    /**
     * The provider is registered both ways: in {@code META-INF/services} of its own jar or
     * classes directory, and in {@code provides} of its {@code module-info.class} when it has one.
     *
     * @throws IOException if the registrations cannot be read
     */
    @Test
    public void theProviderIsRegisteredInModuleInfoAndMetaInfServices() throws IOException {
        Class<?> type = provider().getClass();
        URL root = type.getProtectionDomain().getCodeSource().getLocation();
        assertNotNull(root, "the provider's code source");
        String base = root.toString();
        if (base.endsWith(".jar")) {
            base = "jar:" + base + "!/";
        } else if (!base.endsWith("/")) {
            base = base + "/";
        }
        List<String> listed = readServiceFile(new URL(base + SERVICE_FILE));
        assertTrue(listed.contains(type.getName()), () -> SERVICE_FILE + " in " + root + " lists " + type.getName() + "; it lists " + listed);
        Optional<ModuleDescriptor> descriptor = moduleDescriptor(new URL(base + "module-info.class"));
        descriptor.ifPresent(d -> {
            Set<String> provided = d.provides().stream().filter(pr -> pr.service().equals(AdapterProvider.class.getName()))
                    .flatMap(pr -> pr.providers().stream()).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(provided.contains(type.getName()),
                    () -> "module " + d.name() + " provides " + AdapterProvider.class.getName() + " with " + type.getName() + "; it provides " + provided);
        });
    }

    private static List<String> readServiceFile(URL url) throws IOException {
        try (InputStream in = url.openStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> names = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
            return Collections.unmodifiableList(names);
        } catch (java.io.FileNotFoundException e) {
            return List.of();
        }
    }

    private static Optional<ModuleDescriptor> moduleDescriptor(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return Optional.of(ModuleDescriptor.read(in));
        } catch (java.io.FileNotFoundException e) {
            return Optional.empty();
        }
    }
}
